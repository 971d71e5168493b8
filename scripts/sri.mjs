/**
 * After a build: Subresource Integrity hashes for the files a page loads from a CDN, written to dist/sri.json, and
 * every snippet a publisher copies rewritten to carry them, so no documented script tag is ever unpinned:
 *   README.md             the script-tag snippet (between the sri markers), the prerendered one (sri-prerendered)
 *                         and the embed-host.js snippet (sri-host)
 *   demo/embed-code.js    the embed-code generator's CDN folder and hashes (between the sri comment markers)
 * A missing marker is an error: a snippet that silently stopped being rewritten would go stale.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const FILES = ['nutrient-interaction.js', 'nutrient-interaction.css', 'embed-host.js'];
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = Object.fromEntries(
  FILES.map((f) => [f, `sha384-${createHash('sha384').update(readFileSync(`dist/${f}`)).digest('base64')}`]),
);
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);

const base = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;

/** Replaces what stands between `start` and `end` in `file` (markers kept); throws when they are missing. */
function rewrite(file, start, end, content) {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`sri: ${file} lacks the ${start} … ${end} markers`);
  const updated = `${text.slice(0, from + start.length)}${content}${text.slice(to)}`;
  if (updated !== text) writeFileSync(file, updated);
}

rewrite(
  'README.md',
  '<!-- sri:start -->\n',
  '<!-- sri:end -->',
  `\`\`\`html
<style>nutrient-interaction:not(:defined) { display: block; min-block-size: min(100vh, 60em) }</style>
<script type="module" src="${base}/nutrient-interaction.js"
        integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
<nutrient-interaction topic="k2-d3"></nutrient-interaction>
\`\`\`
`,
);
rewrite(
  'README.md',
  '<!-- sri-prerendered:start -->\n',
  '<!-- sri-prerendered:end -->',
  `\`\`\`html
<nutrient-interaction topic="k2-d3">
<article class="ni-card" slot="card" lang="en" dir="auto" aria-labelledby="ni-k2-d3-title" data-audience="patient">
<h2 id="ni-k2-d3-title" class="ni-title">Should I take vitamin K2 with vitamin D?</h2>
…review status and date, what to do, the safety note, then Guidelines, Research, Disclaimer and References…
</article>
</nutrient-interaction>
<noscript><link rel="stylesheet" href="${base}/nutrient-interaction.css"
      integrity="${sri['nutrient-interaction.css']}" crossorigin="anonymous"></noscript>
<script type="module" src="${base}/nutrient-interaction.js"
        integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
\`\`\`
`,
);
rewrite(
  'README.md',
  '<!-- sri-host:start -->\n',
  '<!-- sri-host:end -->',
  `\`\`\`html
<script src="${base}/embed-host.js"
        integrity="${sri['embed-host.js']}" crossorigin="anonymous" defer></script>
\`\`\`
`,
);
rewrite(
  'demo/embed-code.js',
  '// sri:start\n',
  '// sri:end',
  `const CDN = '${base}';
const SRI = ${JSON.stringify(sri)};
`,
);
console.log(`sri: ${FILES.map((f) => `${f} ${sri[f]}`).join(', ')}`);
