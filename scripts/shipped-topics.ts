/**
 * Topic files exactly as the build ships them, shared by the CDN build (topics/ beside the script, and the hashes the
 * script carries) and the npm build (topics as modules, scripts/bundled-topics-plugin.ts), so both pin the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { runtimeSchema } from './json-schema.js';

// English at the top and other languages in their folders (es/<slug>.json, and es/_ui.json for the interface):
// re-serialised (smaller on the wire, and proves each file parses).
const readTopics = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f.replaceAll('\\', '/'), json: JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown }));

// SHA-256 cut to 128 bits: still out of reach for forging a file, at half the bytes in every reader's script.
const topicHash = (source: string) => createHash('sha256').update(source).digest().subarray(0, 16).toString('base64');

/**
 * The files as shipped (`file` relative to the topics folder, catalog included), and the hashes that pin them. The
 * script carries one hash, of `_pins.json`, which lists the English topics, the schema and each language's _ui.json; a
 * language's _ui.json gets a `hashes` list of that language's topics. So every file is pinned through the script, which
 * stays the same size however many topics there are, and English readers carry no bytes for other languages.
 */
export function shippedTopics(dir = 'src/data/topics') {
  // The format's schema ships beside the topics and is pinned like them, for the files the build has not checked.
  const files = [...readTopics(dir), { file: '_schema.json', json: runtimeSchema() as unknown }];
  // A pinned topic is not validated again in the browser, so nothing may be left for the validator to fill in.
  for (const f of files) if (f.file.endsWith('.json') && !/(^|\/)_|index\.json/.test(f.file) && !(f.json as { lang?: unknown }).lang) throw new Error(`${dir}/${f.file}: "lang" is missing`);
  const key = (file: string) => file.slice(0, -5);
  // index.json is the catalog; _*.json are not topics (_schema.json; a language's _ui.json holds its interface strings).
  const isTopic = (file: string) => file !== 'index.json' && !/(^|\/)_/.test(file);
  const hash = (f: { json: unknown }) => topicHash(JSON.stringify(f.json));
  // The pins: the hash of every English topic, of the schema and of each language's _ui.json (which pins its topics).
  const pins: Record<string, string> = {};
  for (const f of files) {
    if ((isTopic(f.file) && !f.file.includes('/')) || f.file === '_schema.json') pins[key(f.file)] = hash(f);
    // The catalog too, for the finder, which shows its names; under a key no topic name can take (a slug never starts
    // with "_"), so topic="index" is still not a topic.
    if (f.file === 'index.json') pins._index = hash(f);
    if (f.file.endsWith('/_ui.json')) {
      const lang = f.file.split('/')[0];
      const hashes = Object.fromEntries(files.filter((t) => isTopic(t.file) && t.file.startsWith(`${lang}/`)).map((t) => [key(t.file), hash(t)]));
      f.json = { ...(f.json as object), hashes };
      pins[key(f.file)] = hash(f);
    }
  }
  const pinsFile = { file: '_pins.json', json: { hashes: pins } as unknown };
  files.push(pinsFile);
  // The script pins one file, the pins: its size does not grow with the catalog.
  const scriptHashes = { _pins: hash(pinsFile) };
  return { files: files.map(({ file, json }) => ({ file, source: JSON.stringify(json) })), scriptHashes };
}

/** The module that replaces src/load/topic-hashes.ts: in the build, and in the dev and test servers alike. */
export const topicHashesModule = (dir = 'src/data/topics') => `export const TOPIC_HASHES = ${JSON.stringify(shippedTopics(dir).scriptHashes)};\n`;

/**
 * For the dev and test servers: the body of `<dir>/<file>` exactly as the build ships it (the bytes the hashes are
 * of), or undefined when `file` is not a shipped topic file. So development and the tests check the hashes too.
 */
export function shippedTopicSource(file: string, dir = 'src/data/topics'): string | undefined {
  return shippedTopics(dir).files.find((f) => f.file === file)?.source;
}
