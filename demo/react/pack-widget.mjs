// Packs the repository's package (npm pack builds it first) into ./nutrient-interaction.tgz, the file package.json
// depends on: the app then installs it the way it would install it from the registry.
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = execFileSync('npm', ['pack', '--json', '--pack-destination', here], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
// The build's own output comes first; npm's JSON is last.
const [{ filename }] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1));
renameSync(new URL(filename, import.meta.url), new URL('nutrient-interaction.tgz', import.meta.url));
console.log(`packed ${filename} as demo/react/nutrient-interaction.tgz`);
