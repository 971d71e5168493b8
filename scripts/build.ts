/**
 * `npm run build`: every build step in order, each named and timed. A failing step stops the build with its name and
 * a non-zero exit. Steps call their tools' JavaScript APIs; only the declarations run as a child process (TypeScript 7's
 * compiler is a native binary without one).
 *
 *   clean          removes dist/
 *   vite add-ons   dist/addons/<name>.js: the parts only some pages load (validator, structured data), each self-contained
 *   vite cdn       dist/nutrient-interaction.js (self-contained, minified, pinning the add-ons by hash), topics/, schema,
 *                  CSS, embed files
 *   channel        dist/channel/: each topic signed (Ed25519), keys.json, changes.atom (scripts/channel.ts)
 *   vite npm       dist/index.js and element.js (Lit left as an import), topics as chunks
 *   declarations   dist/*.d.ts (tsc -p tsconfig.build.json)
 *   manifest       dist/custom-elements.json (the analyzer, configured by custom-elements-manifest.config.mjs)
 *   framework types  JSX, React, Vue, Svelte, VS Code and JetBrains data from the manifest
 *   sri            dist/sri.json and dist/SRI.md
 *   vocabulary     dist/vocabulary.json: languages, audiences, heading levels, slug rule and attribute names, for the
 *                  layers that cannot import src/vocabulary.ts (the WordPress plugin's PHP and editor script)
 *   prerender      dist/snippets/
 *   site           dist/site/: a page per topic and language, its handout, frame and oEmbed file, and the catalog
 *                  (scripts/site.ts)
 *   channel (wp)   dist/channel/wordpress/: the WordPress plugin's cards of every topic and language, each bundle
 *                  and the manifest signed (scripts/channel-wordpress.ts; after prerender, which loads Lit's renderer)
 *   wordpress      dist/wordpress/nutrient-interaction.zip
 *
 * The build writes only under dist/: test/node/package.test.ts and .ci/run check the work tree is unchanged after it.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ADDONS } from './addon-files.js';

type Step = [name: string, run: () => unknown];

// Each step loads its own tools, so its time includes theirs and a failing import names its step.
const viteBuild = (mode: string) => async () => (await import('vite')).build({ configFile: 'vite.config.ts', mode, logLevel: 'warn' });

const STEPS: Step[] = [
  ['clean', () => rmSync('dist', { recursive: true, force: true })],
  // Before the script, which carries their hashes.
  [
    'vite add-ons',
    async () => {
      for (const name of ADDONS) await viteBuild(`addon-${name}`)();
      return ADDONS.join(', ');
    },
  ],
  ['vite cdn', viteBuild('cdn')],
  ['channel', async () => (await import('./channel.js')).writeChannel()],
  ['vite npm', viteBuild('npm')],
  ['declarations', () => promisify(execFile)('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'])],
  // @ts-expect-error the analyzer's CLI as a function (the package ships no types for it)
  ['manifest', async () => (await import('@custom-elements-manifest/analyzer/cli.js')).cli({ argv: ['analyze', '--quiet'], cwd: process.cwd() })],
  // @ts-expect-error plain JS build script
  ['framework types', async () => (await import('./framework-types.mjs')).writeFrameworkTypes()],
  // @ts-expect-error plain JS build script
  ['sri', async () => Object.keys((await import('./sri.mjs')).writeSri()).join(', ')],
  ['vocabulary', async () => (await import('./vocabulary.js')).writeVocabulary()],
  ['prerender', async () => (await import('./prerender.js')).writeSnippets()],
  ['site', async () => (await import('./site.js')).writeSite()],
  ['channel (wp)', async () => (await import('./channel-wordpress.js')).writeWordpressChannel()],
  ['wordpress', async () => (await import('./build-wordpress.js')).buildWordpressPlugin()],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const started = performance.now();
for (const [name, run] of STEPS) {
  const t = performance.now();
  try {
    const said = await run();
    console.log(`build: ${name.padEnd(16)} ${seconds(performance.now() - t).padStart(8)}${typeof said === 'string' ? `  ${said}` : ''}`);
  } catch (e) {
    const detail = e as { message?: string; stdout?: string; stderr?: string };
    console.error(`build: step "${name}" failed after ${seconds(performance.now() - t)}`);
    console.error([detail.stdout, detail.stderr, detail.message ?? String(e)].filter(Boolean).join('\n'));
    process.exit(1);
  }
}
console.log(`build: done in ${seconds(performance.now() - started)}`);
