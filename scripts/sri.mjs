/**
 * After a build: Subresource Integrity hashes for the files a page loads from a CDN, and the snippets that use them.
 * Everything goes to dist/, never to a tracked file, so a build leaves the work tree as it was:
 *   dist/sri.json   { file: hash } (read by the prerenderer, the WordPress build and the demo's embed-code generator)
 *   dist/SRI.md     the README's CDN snippets with this version and its hashes filled in, published with the package
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const SRI_FILES = ['nutrient-interaction.js', 'nutrient-interaction.css', 'embed-host.js'];

/** Writes dist/sri.json and dist/SRI.md from the built files; returns the hashes. */
export function writeSri() {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const sri = Object.fromEntries(
    SRI_FILES.map((f) => [f, `sha384-${createHash('sha384').update(readFileSync(`dist/${f}`)).digest('base64')}`]),
  );
  writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);
  const base = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
  writeFileSync(
    'dist/SRI.md',
    `# ${name} ${version}: pinned CDN snippets

Each script and stylesheet below is pinned by its Subresource Integrity hash, so a browser refuses a changed copy.
The hashes are those of this version's files (also in \`sri.json\` beside this file); the snippets are the README's,
filled in. Every topic's complete prerendered snippet is in \`snippets/\`.

| File | Integrity |
| --- | --- |
${SRI_FILES.map((f) => `| \`${f}\` | \`${sri[f]}\` |`).join('\n')}

## Prerendered snippet (recommended): after the element with its card inside

\`\`\`html
<noscript><link rel="stylesheet" href="${base}/nutrient-interaction.css"
      integrity="${sri['nutrient-interaction.css']}" crossorigin="anonymous"></noscript>
<script type="module" src="${base}/nutrient-interaction.js"
        integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
\`\`\`

## Script tag only

\`\`\`html
<style>nutrient-interaction:not(:defined) { display: block; min-block-size: min(100vh, 60em) }</style>
<script type="module" src="${base}/nutrient-interaction.js"
        integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
<nutrient-interaction topic="k2-d3"></nutrient-interaction>
\`\`\`

## iframe embed: the host script that sizes each iframe

\`\`\`html
<script src="${base}/embed-host.js"
        integrity="${sri['embed-host.js']}" crossorigin="anonymous" defer></script>
\`\`\`
`,
  );
  return sri;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sri = writeSri();
  console.log(`sri: ${SRI_FILES.map((f) => `${f} ${sri[f]}`).join(', ')}`);
}
