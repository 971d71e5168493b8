/**
 * Last step of `npm run build`: the WordPress plugin, dist/wordpress/nutrient-interaction.zip.
 *
 * The zip holds one folder, nutrient-interaction/, with the plugin source from wordpress/ (version stamped from
 * package.json), the built widget and its topics from dist/ (assets/, so the element finds assets/topics/ next to
 * itself and nothing is loaded from a CDN), vocabulary.json (dist/vocabulary.json: the languages, audiences, heading
 * levels, slug rule and attribute names the PHP and the block editor read), and the prerendered card of every catalog
 * topic in each audience, heading level and language of src/vocabulary.ts (prerendered/<slug>/<audience>-h<level>.html,
 * and prerendered/<lang>/… for the other languages; scripts/wordpress-cards.ts), which the block and the shortcode
 * print. A topic not yet translated into a language has there the English card with that language's note, as the
 * element shows it. channel.json: the signed channel's default address and the public keys the plugin's daily check
 * (includes/channel.php) accepts for corrections.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { ADDONS } from './addon-files.js';
import { wordpressCards } from './wordpress-cards.js';
import { acceptedKeys, defaultChannelBase } from './channel.js';
import { bundledKey } from '../src/data/format.js';
import { LANGUAGES } from '../src/vocabulary.js';
import { VOCABULARY_FILE, type Vocabulary } from './vocabulary.js';
import { finderFragment } from './site.js';
import { siteUrl } from './site-url.js';

const SOURCE = 'wordpress';
const ROOT = 'nutrient-interaction';
const OUT = 'dist/wordpress/nutrient-interaction.zip';
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

  // 3. The vocabulary the PHP and the editor script read (scripts/vocabulary.ts, an earlier build step).
  const vocabulary = JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as Vocabulary;
  if (vocabulary.languages.join() !== LANGUAGES.join()) fail(`${VOCABULARY_FILE} is not from this src/vocabulary.ts: run the vocabulary step first`);
  files.set('vocabulary.json', readFileSync(VOCABULARY_FILE));

  // 4. The prerendered cards (scripts/wordpress-cards.ts, which the channel's WordPress bundles use too), checked
  // against the contract the plugin's allowed list is written for.
  const catalog = JSON.parse(readFileSync('dist/topics/index.json', 'utf8')) as { topics: { slug: string }[] };
  if (!catalog.topics?.length) fail('dist/topics/index.json lists no topics');
  for (const { slug } of catalog.topics) {
    // Every language, not just the topic's: where it has no translation the card is the English one with a note.
    for (const lang of LANGUAGES) {
      for (const [name, html] of Object.entries(wordpressCards(slug, lang))) files.set(`prerendered/${bundledKey(slug, lang)}/${name}.html`, text(html));
    }
  }
  // The finder's A–Z list in each language, linking to the hosted pages (the shortcode [nutrient_interaction_finder]).
  for (const lang of LANGUAGES) files.set(`finder/${lang}.html`, text(`${finderFragment(lang, siteUrl())}\n`));

  // 5. The signed channel the daily check reads (includes/channel.php): its default address and the public keys a
  // release accepts (the same as the script's, scripts/channel.ts).
  files.set('channel.json', text(`${JSON.stringify({ base: defaultChannelBase(), keys: acceptedKeys() }, null, 2)}\n`));

  // 6. The zip: one top folder, as WordPress's "Upload Plugin" expects.
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
