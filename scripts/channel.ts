/**
 * The signed update channel (a step of scripts/build.ts), beside the built topics:
 *   dist/channel/<lang>/<slug>.json       each topic's exact bytes as shipped (dist/topics/)
 *   dist/channel/<lang>/<slug>.json.sig   a detached Ed25519 signature of those bytes, base64
 *   dist/channel/keys.json                { keys: [{ id, publicKey }] }: the public keys a script of this build accepts
 *   dist/channel/changes.atom             every change of every topic, safety corrections marked, for publishers
 *
 * The signing key: the PKCS#8 PEM file NI_SIGNING_KEY names. Without one, the build makes a development key in .keys/
 * (ignored by git), says so loudly, and marks it in keys.json ("development": true): nothing signed with it is a
 * release. No private key is ever committed; the public keys a release accepts (to rotate keys, the old and the new)
 * are in keys/channel-keys.json.
 *
 *   npm run sign-topic -- <file>      signs one file (a correction released without a new script) with the same key
 *
 * The WordPress plugin's cards (dist/channel/wordpress/) and the command that publishes corrections into a copy of the
 * channel are in scripts/channel-wordpress.ts.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Summary } from '../src/data/schema.js';
import { LANGUAGES } from '../src/vocabulary.js';

export const DEV_KEY_FILE = '.keys/development-signing-key.pem';

export interface SigningKey {
  privateKey: KeyObject;
  /** The raw 32-byte public key, base64. */
  publicKey: string;
  id: string;
  /** Made by this machine's build, not a release key. */
  development: boolean;
}

/** The key NI_SIGNING_KEY names, else this machine's development key (made once, in an ignored folder). */
export function signingKey(env = process.env, devKeyFile = DEV_KEY_FILE): SigningKey {
  const path = env.NI_SIGNING_KEY;
  let pem: string;
  if (path) pem = readFileSync(path, 'utf8');
  else {
    if (!existsSync(devKeyFile)) {
      mkdirSync(dirname(devKeyFile), { recursive: true });
      writeFileSync(devKeyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    }
    pem = readFileSync(devKeyFile, 'utf8');
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${path ?? devKeyFile}: not an Ed25519 private key`);
  const raw = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x!, 'base64url');
  return { privateKey, publicKey: raw.toString('base64'), id: keyId(raw), development: !path };
}

/** A key's id: the first 64 bits of the SHA-256 of its raw bytes, base64url. */
export const keyId = (raw: Buffer) => createHash('sha256').update(raw).digest().subarray(0, 8).toString('base64url');

export const signBytes = (bytes: Buffer, key: SigningKey) => sign(null, bytes, key.privateKey).toString('base64');

/** Writes `<file>.sig` beside a file; returns the signature. */
export function signFile(file: string, key = signingKey()): string {
  const signature = signBytes(readFileSync(file), key);
  writeFileSync(`${file}.sig`, signature);
  return signature;
}

/** The feed's name for a safety correction, in the entry's language (English for a language not listed here). */
const SAFETY_LABEL: Record<string, string> = { en: 'Safety correction', es: 'Corrección de seguridad' };

const xml = (s: string) => s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);

/**
 * The Atom feed of every change, newest first; `base` is the channel's public address. Each entry is in its topic's
 * language; a safety correction carries the category `safety-correction` and a warning sign before its title.
 */
export function changesFeed(topics: { lang: string; summary: Summary }[], base: string): string {
  const entries = topics
    .flatMap(({ lang, summary }) => (summary.changes ?? []).map((change) => ({ lang, summary, change })))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.summary.slug.localeCompare(b.summary.slug) || a.lang.localeCompare(b.lang));
  const updated = `${entries[0]?.change.date ?? '1970-01-01'}T00:00:00Z`;
  const entry = ({ lang, summary, change }: (typeof entries)[number]) => `  <entry xml:lang="${xml(lang)}">
    <id>urn:nutrient-interaction:${xml(lang)}:${xml(summary.slug)}:${change.version}</id>
    <title>${change.safety ? '\u26a0 ' : ''}${xml(summary.title.patient)} (v${change.version})</title>
    <updated>${change.date}T00:00:00Z</updated>
    <link href="${xml(`${base}${lang}/${summary.slug}.json`)}"/>${change.safety ? `\n    <category term="safety-correction" label="${xml(SAFETY_LABEL[lang] ?? SAFETY_LABEL.en)}"/>` : ''}
    <summary>${xml(change.summary)}</summary>
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>nutrient-interaction: changes to the topics</title>
  <id>urn:nutrient-interaction:changes</id>
  <updated>${updated}</updated>
  <link rel="self" href="${xml(`${base}changes.atom`)}"/>
  <author><name>nutrient-interaction</name></author>
${entries.map(entry).join('\n')}
</feed>
`;
}

/** The channel's default address: the CDN path of this package's major version, which follows every release of it. */
export function defaultChannelBase(): string {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  return `https://cdn.jsdelivr.net/npm/${name}@${version.split('.')[0]}/dist/channel/`;
}

/** The keys a script of this build accepts: the release keys on record, and the one that signs this build's channel. */
export function acceptedKeys(key = signingKey(), trusted = 'keys/channel-keys.json'): { id: string; publicKey: string; development?: true }[] {
  const listed = (JSON.parse(readFileSync(trusted, 'utf8')) as { keys: { id: string; publicKey: string }[] }).keys;
  return [...listed.filter((k) => k.id !== key.id), { id: key.id, publicKey: key.publicKey, ...(key.development ? { development: true as const } : {}) }];
}

/** The module that replaces src/load/channel-keys.ts in the add-on the build ships. */
export const channelKeysModule = (keys: { id: string; publicKey: string }[], base: string) =>
  `export const CHANNEL_KEYS = ${JSON.stringify(keys.map(({ id, publicKey }) => ({ id, publicKey })))};\nexport const CHANNEL_BASE = ${JSON.stringify(base)};\n`;

/** Writes dist/channel/ from dist/topics/; returns a line for the build log. */
export function writeChannel(dist = 'dist', key = signingKey(), trusted = 'keys/channel-keys.json'): string {
  if (key.development) {
    console.warn('\n*** channel: signed with this machine\u2019s DEVELOPMENT key (.keys/): not a release. Set NI_SIGNING_KEY to a release key. ***\n');
  }
  const out = join(dist, 'channel');
  const topics: { lang: string; summary: Summary }[] = [];
  for (const lang of LANGUAGES) {
    const from = lang === LANGUAGES[0] ? join(dist, 'topics') : join(dist, 'topics', lang);
    if (!existsSync(from)) continue;
    mkdirSync(join(out, lang), { recursive: true });
    for (const file of readdirSync(from).filter((f) => f.endsWith('.json') && !f.startsWith('_') && f !== 'index.json')) {
      const bytes = readFileSync(join(from, file));
      writeFileSync(join(out, lang, file), bytes);
      writeFileSync(join(out, lang, `${file}.sig`), signBytes(bytes, key));
      topics.push({ lang, summary: JSON.parse(bytes.toString('utf8')) as Summary });
    }
  }
  writeFileSync(join(out, 'keys.json'), `${JSON.stringify({ keys: acceptedKeys(key, trusted) }, null, 2)}\n`);
  writeFileSync(join(out, 'changes.atom'), changesFeed(topics, defaultChannelBase()));
  return `dist/channel/: ${topics.length} topic files signed by ${key.id}${key.development ? ' (DEVELOPMENT key)' : ''}, keys.json, changes.atom`;
}

if (process.argv[1]?.endsWith('channel.ts') && process.argv[2] === 'sign') {
  const files = process.argv.slice(3);
  if (!files.length) {
    console.error('usage: npm run sign-topic -- <file> [<file>…]');
    process.exit(2);
  }
  const key = signingKey();
  if (key.development) console.warn(`sign-topic: signing with this machine's DEVELOPMENT key (${DEV_KEY_FILE}); set NI_SIGNING_KEY for a release`);
  for (const file of files) console.log(`${file}.sig  ${signFile(file, key)}  (key ${key.id})`);
}
