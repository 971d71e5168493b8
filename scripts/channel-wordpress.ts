/**
 * The WordPress part of the signed channel (a step of scripts/build.ts, after the prerender step), beside what
 * scripts/channel.ts writes:
 *   dist/channel/wordpress/<lang>/<slug>.json       { slug, lang, version, summaryLang, cards: { "<audience>-h<level>": html } }:
 *                                                   the plugin's cards of that topic and language (scripts/wordpress-cards.ts,
 *                                                   the same function the plugin zip is built with), drawn from the summary
 *                                                   of version `version` in `summaryLang` (English where the topic is not
 *                                                   translated yet)
 *   dist/channel/wordpress/<lang>/<slug>.json.sig   its detached Ed25519 signature, base64 (the channel's key)
 *   dist/channel/wordpress/index.json (+ .sig)      { format: 1, topics: { "<lang>/<slug>": version } }: the one file a
 *                                                   site's daily check reads (wordpress/includes/channel.php); it fetches
 *                                                   a bundle only when its version is higher than the site's
 *
 * A correction released without a new plugin or script: copy the published channel (dist/channel/ of the release, or
 * the folder it is served from), then
 *
 *   npm run channel -- <channel-folder> <corrected topic file>…
 *
 * writes into that folder, signed with the channel's key (NI_SIGNING_KEY): each topic's copy and signature
 * (<lang>/<slug>.json), its WordPress bundles (for its language, and for an English topic each language it is not
 * translated into yet), the manifest with the new versions, and changes.atom again. Publish the folder as it is.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { changesFeed, defaultChannelBase, DEV_KEY_FILE, signBytes, signingKey, type SigningKey } from './channel.js';
import { cardLanguages, parseSummary, wordpressCards } from './wordpress-cards.js';
import { bundledKey } from '../src/data/format.js';
import { LANGUAGES, type Lang } from '../src/vocabulary.js';
import type { Summary } from '../src/data/schema.js';

export interface WordpressBundle {
  slug: string;
  lang: string;
  version: number;
  summaryLang: string;
  cards: Record<string, string>;
}

export interface WordpressManifest {
  format: 1;
  topics: Record<string, number>;
}

/** The bundle of one topic's cards in one language, drawn from `summary`. */
export function wordpressBundle(summary: Summary, lang: Lang): WordpressBundle {
  if (!Number.isInteger(summary.version) || summary.version! < 1) throw new Error(`channel: ${summary.lang}/${summary.slug} has no version, which the channel needs`);
  return { slug: summary.slug, lang, version: summary.version!, summaryLang: summary.lang, cards: wordpressCards(summary.slug, lang, summary) };
}

/** Writes a file and its `.sig` (the exact bytes, signed). */
function writeSigned(file: string, bytes: Buffer, key: SigningKey): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  writeFileSync(`${file}.sig`, signBytes(bytes, key));
}

const bytesOf = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);

/** Writes a bundle and its signature under `channel`/wordpress/; returns its manifest key. */
function writeBundle(channel: string, bundle: WordpressBundle, key: SigningKey): string {
  writeSigned(join(channel, 'wordpress', bundle.lang, `${bundle.slug}.json`), bytesOf(bundle), key);
  return `${bundle.lang}/${bundle.slug}`;
}

function writeManifest(channel: string, topics: Record<string, number>, key: SigningKey): void {
  const sorted = Object.fromEntries(Object.entries(topics).sort(([a], [b]) => a.localeCompare(b)));
  writeSigned(join(channel, 'wordpress', 'index.json'), bytesOf({ format: 1, topics: sorted } satisfies WordpressManifest), key);
}

/** Writes dist/channel/wordpress/ from dist/topics/ (the files the channel step signed); returns a line for the build log. */
export function writeWordpressChannel(dist = 'dist', key = signingKey()): string {
  const channel = join(dist, 'channel');
  const catalog = JSON.parse(readFileSync(join(dist, 'topics', 'index.json'), 'utf8')) as { topics: { slug: string; languages?: string[] }[] };
  const topics: Record<string, number> = {};
  for (const { slug, languages = [LANGUAGES[0]] } of catalog.topics) {
    for (const lang of LANGUAGES) {
      // Where the topic is not translated, the cards are the English summary's with the language's note.
      const from = languages.includes(lang) ? lang : LANGUAGES[0];
      const file = join(dist, 'topics', `${bundledKey(slug, from)}.json`);
      const summary = parseSummary(JSON.parse(readFileSync(file, 'utf8')), file);
      const bundle = wordpressBundle(summary, lang);
      topics[writeBundle(channel, bundle, key)] = bundle.version;
    }
  }
  writeManifest(channel, topics, key);
  return `dist/channel/wordpress/: ${Object.keys(topics).length} card bundles and index.json signed by ${key.id}${key.development ? ' (DEVELOPMENT key)' : ''}`;
}

/**
 * Adds corrected topics to a copy of the published channel (`channel`), signed with `key`: each topic's copy, its
 * WordPress bundles, the manifest and the change feed. Returns what it wrote, one line per file.
 */
export function publishCorrections(channel: string, files: string[], key = signingKey()): string[] {
  const manifestFile = join(channel, 'wordpress', 'index.json');
  const manifest: WordpressManifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { format: 1, topics: {} };
  const wrote: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const summary = parseSummary(JSON.parse(bytes.toString('utf8')), file);
    if (!(LANGUAGES as readonly string[]).includes(summary.lang)) throw new Error(`channel: ${file} is in "${summary.lang}", not one of ${LANGUAGES.join(', ')}`);
    const listed = manifest.topics[`${summary.lang}/${summary.slug}`];
    if (listed !== undefined && !(summary.version! > listed)) console.warn(`channel: ${file} is version ${summary.version}, not newer than the channel's ${listed}: sites keep theirs`);
    writeSigned(join(channel, summary.lang, `${summary.slug}.json`), bytes, key);
    wrote.push(`${summary.lang}/${summary.slug}.json (version ${summary.version})`);
    for (const lang of cardLanguages(summary)) {
      const bundle = wordpressBundle(summary, lang);
      manifest.topics[writeBundle(channel, bundle, key)] = bundle.version;
      wrote.push(`wordpress/${lang}/${summary.slug}.json (version ${bundle.version})`);
    }
  }
  writeManifest(channel, manifest.topics, key);
  wrote.push('wordpress/index.json');
  const topics = LANGUAGES.flatMap((lang) =>
    existsSync(join(channel, lang))
      ? readdirSync(join(channel, lang))
          .filter((f) => f.endsWith('.json'))
          .map((f) => ({ lang, summary: JSON.parse(readFileSync(join(channel, lang, f), 'utf8')) as Summary }))
      : [],
  );
  writeFileSync(join(channel, 'changes.atom'), changesFeed(topics, defaultChannelBase()));
  wrote.push('changes.atom');
  return wrote;
}

if (process.argv[1]?.endsWith('channel-wordpress.ts')) {
  const [channel, ...files] = process.argv.slice(2);
  if (!channel || !files.length || !existsSync(channel)) {
    console.error('usage: npm run channel -- <channel folder (a copy of the published channel)> <corrected topic file>…');
    process.exit(2);
  }
  const key = signingKey();
  if (key.development) console.warn(`channel: signing with this machine's DEVELOPMENT key (${DEV_KEY_FILE}); set NI_SIGNING_KEY for a release`);
  for (const line of publishCorrections(channel, files, key)) console.log(`${channel}/${line}  (key ${key.id})`);
}
