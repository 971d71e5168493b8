/**
 * After a build: Subresource Integrity hashes for the files a page loads from a CDN, written to dist/sri.json, and the
 * README's CDN snippet rewritten to carry them (between the sri markers), so the documented snippet always matches.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const FILES = ['nutrient-interaction.js', 'embed-host.js'];
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = Object.fromEntries(
  FILES.map((f) => [f, `sha384-${createHash('sha384').update(readFileSync(`dist/${f}`)).digest('base64')}`]),
);
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);

const base = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
const snippet = `<script type="module" src="${base}/nutrient-interaction.js"
        integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
<nutrient-interaction topic="k2-d3"></nutrient-interaction>`;
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(
  /(<!-- sri:start -->\n```html\n)[\s\S]*?(\n```\n<!-- sri:end -->)/,
  (_, start, end) => `${start}${snippet}${end}`,
);
if (updated !== readme) writeFileSync('README.md', updated);
console.log(`sri: ${FILES.map((f) => `${f} ${sri[f]}`).join(', ')}`);
