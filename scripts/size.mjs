/**
 * Bytes every reader downloads: the CDN bundle (all JavaScript for one widget, Lit included) and a topic file.
 * `npm run size` prints them; the package test fails when the bundle passes its budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sourceMapJs from 'source-map-js';

const { SourceMapConsumer } = sourceMapJs;

/**
 * All JavaScript for one widget, Lit included, brotli-compressed: 12 KB. What only some pages need is not in it but in
 * add-ons the script loads, pinned, when a page needs one (src/addons/: the validator for files the build did not check,
 * the JSON-LD writer, the <div data-nutrient-interaction> upgrade), and the script pins one file (topics/_pins.json), not
 * every topic, so it does not grow with the catalog. `npm run size` shows where each byte goes.
 */
// Plus 600 B for the update check (issue 24): the channel add-on's pin, the element asking it after the card has
// painted, and the update and withdrawal lines with their strings; the check itself is in the add-on.
// Plus 150 B for the rating's two axes (issue 25, docs/rating.md): the clinician's action, evidence and severity labels
// in English (other languages bring theirs in _ui.json) and the line that shows them.
// Plus 160 B for the finder's loader (issue 26): the check for a <nutrient-interaction-finder> on the page, loadFinder,
// and what the script lends the finder add-on (its Lit, the pinned catalog and interface strings); the finder itself is
// the add-on, within FINDER_BUDGET_BROTLI.
export const BUDGET_BROTLI = 12 * 1024 + 600 + 150 + 160;

/** The finder add-on (dist/addons/finder.js), on top of the script: 4 KB. */
export const FINDER_BUDGET_BROTLI = 4 * 1024;

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A problem message when `brotli` is over the budget, else undefined. */
export function overBudget({ brotli }, budget = BUDGET_BROTLI) {
  return brotli > budget ? `${brotli} B brotli is over the ${budget} B budget by ${brotli - budget} B` : undefined;
}

/** Which part of the script each source file belongs to, for `parts()`. */
const PARTS = [
  ['Lit', /node_modules\/lit-html\//],
  ['pins', /src\/load\/topic-hashes\.ts$/],
  ['styles', /src\/nutrient-interaction\.styles\.ts$/],
  ['add-on loader', /src\/(load\/addon[\w-]*|trusted-types)\.ts$/],
  ['loader', /src\/(load\/|data\/(format|topics-url)\.ts|vocabulary\.ts)/],
  ['card', /src\/(card|i18n)\/|src\/data\/(cites|safe-href)\.ts$/],
  ['element', /src\//],
];

/**
 * Where the script's bytes go, by part. Each stretch of the minified file belongs to the source its source map names
 * (a stretch with no mapping, to the one before it). Brotli has no per-byte cost, so each part's text is compressed on
 * its own and the results are scaled to add up to the whole file's size: a fair share, not what removing the part
 * would save (parts share words, and compress better together).
 */
export function parts(code, sourceMap) {
  const lines = code.split('\n');
  const offsets = [0];
  for (const line of lines) offsets.push(offsets.at(-1) + line.length + 1);
  const text = new Map(PARTS.map(([name]) => [name, '']));
  const consumer = new SourceMapConsumer(sourceMap);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  let part = 'element';
  let at = 0;
  for (const m of mappings) {
    const pos = offsets[m.generatedLine - 1] + m.generatedColumn;
    text.set(part, text.get(part) + code.slice(at, pos));
    at = pos;
    if (m.source) part = PARTS.find(([, re]) => re.test(m.source))?.[0] ?? 'element';
  }
  text.set(part, text.get(part) + code.slice(at));
  const alone = [...text].map(([name, t]) => [name, t.length, measure(Buffer.from(t)).brotli]);
  const total = measure(Buffer.from(code)).brotli;
  const sum = alone.reduce((n, [, , b]) => n + b, 0);
  return alone.map(([name, raw, b]) => ({ name, raw, brotli: Math.round((b * total) / sum) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = readFileSync('dist/nutrient-interaction.js', 'utf8');
  console.log('dist/nutrient-interaction.js by part (brotli share, raw):');
  for (const p of parts(code, JSON.parse(readFileSync('dist/nutrient-interaction.js.map', 'utf8')))) {
    console.log(`  ${p.name.padEnd(13)} ${String(p.brotli).padStart(5)} B  ${String(p.raw).padStart(6)} B raw`);
  }
  for (const file of ['dist/nutrient-interaction.js', 'dist/topics/k2-d3.json', 'dist/topics/_pins.json', ...readdirSync('dist/addons').filter((f) => f.endsWith('.js')).map((f) => `dist/addons/${f}`)]) {
    const m = measure(readFileSync(file));
    console.log(`${file}: ${m.raw} B raw, ${m.gzip} B gzip, ${m.brotli} B brotli`);
  }
  const problem = overBudget(measure(readFileSync('dist/nutrient-interaction.js')));
  console.log(problem ?? `within the ${BUDGET_BROTLI} B brotli budget`);
  if (problem) process.exit(1);
}
