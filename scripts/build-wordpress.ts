/**
 * Last step of `npm run build`: the WordPress plugin, dist/wordpress/nutrient-interaction.zip.
 *
 * The zip holds one folder, nutrient-interaction/, with the plugin source from wordpress/ (version stamped from
 * package.json), the built widget and its topics from dist/ (assets/, so the element finds assets/topics/ next to
 * itself and nothing is loaded from a CDN), and the prerendered card of every catalog topic in each audience and
 * heading level 2–5, in each of its languages (prerendered/<slug>/<audience>-h<level>.html, and prerendered/es/… for
 * Spanish), which the block and the shortcode print.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { ADDONS } from './addon-files.js';
import { prerenderElement, type Lang } from './prerender.js';
import { bundledKey } from '../src/data/format.js';

const SOURCE = 'wordpress';
const ROOT = 'nutrient-interaction';
const OUT = 'dist/wordpress/nutrient-interaction.zip';
const AUDIENCES = ['patient', 'clinician'] as const;
const LEVELS = [2, 3, 4, 5] as const;
// Fixed timestamps: the same inputs give the same zip.
const MTIME = new Date('2020-01-01T00:00:00Z');

const text = (s: string) => new TextEncoder().encode(s);
const fail = (message: string): never => {
  throw new Error(`build-wordpress: ${message}`);
};

/** Replaces exactly one match, so a changed source file cannot silently skip the version stamp. */
function stamp(file: string, source: string, pattern: RegExp, replacement: string): string {
  const matches = source.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1) fail(`${file}: expected one ${pattern} to stamp the version, found ${matches?.length ?? 0}`);
  return source.replace(pattern, replacement);
}

/** Writes the plugin zip from wordpress/ and the built dist/; returns what it wrote. Throws on a broken input. */
export function buildWordpressPlugin(): string {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const files = new Map<string, Uint8Array>();

  // 1. The plugin source.
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  for (const path of walk(SOURCE)) {
    const name = relative(SOURCE, path);
    let source = readFileSync(path, 'utf8');
    if (name === 'nutrient-interaction.php') {
      source = stamp(name, source, /^( \* Version:\s+)\S+$/m, `$1${version}`);
      source = stamp(name, source, /(define\( 'NUTRIENT_INTERACTION_VERSION', ')[^']+(' \);)/, `$1${version}$2`);
    } else if (name === 'readme.txt') {
      source = stamp(name, source, /^(Stable tag:\s+)\S+$/m, `$1${version}`);
    } else if (name === 'block/block.json') {
      source = stamp(name, source, /("version":\s*")[^"]+(")/, `$1${version}$2`);
    }
    files.set(name, text(source));
  }

  // 2. The built widget, its integrity hash and its topics.
  const widget = readFileSync('dist/nutrient-interaction.js');
  const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8')) as Record<string, string>;
  const hash = `sha384-${createHash('sha384').update(widget).digest('base64')}`;
  if (sri['nutrient-interaction.js'] !== hash) fail('dist/sri.json does not match dist/nutrient-interaction.js: run scripts/sri.mjs after vite');
  files.set('assets/nutrient-interaction.js', widget);
  // The card's layout rules (no colours), so a prerendered card is readable and tappable before, or without, the script.
  files.set('assets/nutrient-interaction.css', readFileSync('dist/nutrient-interaction.css'));
  // The parts the script loads only when a page needs them (pinned by the script itself).
  for (const name of ADDONS) files.set(`assets/addons/${name}.js`, readFileSync(`dist/addons/${name}.js`));
  files.set('assets/sri.json', text(`${JSON.stringify({ 'nutrient-interaction.js': hash }, null, 2)}\n`));
  for (const f of readdirSync('dist/topics', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))) {
    files.set(`assets/topics/${f.split('\\').join('/')}`, readFileSync(`dist/topics/${f}`));
  }

  // 3. The prerendered cards, checked against the contract the plugin's allowed list is written for.
  const catalog = JSON.parse(readFileSync('dist/topics/index.json', 'utf8')) as { topics: { slug: string }[] };
  if (!catalog.topics?.length) fail('dist/topics/index.json lists no topics');
  for (const { slug, languages } of catalog.topics as { slug: string; languages: Lang[] }[]) {
    for (const [lang, audience, headingLevel] of languages.flatMap((l) => AUDIENCES.flatMap((a) => LEVELS.map((h) => [l, a, h] as const)))) {
      {
        const html = prerenderElement(slug, { audience, headingLevel, lang });
        const where = `${slug} ${lang} ${audience} h${headingLevel}`;
        // The opening tag, its attributes with the element's defaults (patient, level 2) filled in.
        const open = /^<nutrient-interaction\b([^>]*)>/.exec(html)?.[1] ?? fail(`${where}: does not start with <nutrient-interaction>`);
        const attrs: Record<string, string> = { audience: 'patient', 'heading-level': '2', ...Object.fromEntries([...open.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])) };
        for (const [name, value] of [['topic', slug], ['audience', audience], ['heading-level', String(headingLevel)]] as const) {
          if (attrs[name] !== value) fail(`${where}: the element has ${name}="${attrs[name]}", not "${value}"`);
        }
        if (!html.trimEnd().endsWith('</nutrient-interaction>')) fail(`${where}: does not end with </nutrient-interaction>`);
        const banned = /<(script|style|template|iframe|object|embed)\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:/i.exec(html);
        if (banned) fail(`${where}: contains ${banned[0]}, which the plugin does not allow`);
        files.set(`prerendered/${bundledKey(slug, lang)}/${audience}-h${headingLevel}.html`, text(html));
      }
    }
  }

  // 4. The zip: one top folder, as WordPress's "Upload Plugin" expects.
  const tree: Zippable = {};
  for (const [name, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    tree[`${ROOT}/${name.split('\\').join('/')}`] = [data, { mtime: MTIME }];
  }
  mkdirSync('dist/wordpress', { recursive: true });
  const zip = zipSync(tree, { level: 9 });
  writeFileSync(OUT, zip);
  const prerendered = [...files.keys()].filter((f) => f.startsWith('prerendered/')).length;
  return `${OUT} (${(zip.length / 1024).toFixed(1)} KB, ${files.size} files, ${prerendered} prerendered cards)`;
}

if (process.argv[1]?.endsWith('build-wordpress.ts')) console.log(`wordpress: ${buildWordpressPlugin()}`);
