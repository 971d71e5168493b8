import type { Summary } from '../data/schema.js';
import { SCHEMA_VERSION } from '../data/format.js';
import { readCapped } from '../load/fetch-summary.js';
import { register } from './registry.js';
import { CHANNEL_BASE, CHANNEL_KEYS } from '../load/channel-keys.js';

/** A public key the script accepts for the channel: raw 32-byte Ed25519, base64 (as in channel/keys.json). */
export interface ChannelKey {
  id: string;
  publicKey: string;
}

export interface ChannelAsk {
  /** The channel's address, ending in `/` (`<base><lang>/<slug>.json` and its `.sig`). Default: the build's. */
  base?: string;
  lang: string;
  slug: string;
  /** The version shown now: only a higher one is taken. */
  version: number;
  /** Default: the keys this build accepts. */
  keys?: readonly ChannelKey[];
}

const asked = new Map<string, Promise<Summary | undefined>>();
/** The highest version of each topic (`lang/slug`) taken on this page: an older one after it is a replay. */
const seen = new Map<string, number>();

/**
 * The channel of a script served from a CDN path with its exact version (`…/nutrient-interaction@1.4.2/dist/`) is that
 * of its major version (`…@1/dist/channel/`), which every release of it updates; a copy served from anywhere else asks
 * the channel beside it (its own origin, which the page's CSP already allows), updated when the copy is.
 */
const besideScript = () => new URL(/* @vite-ignore */ '../channel/', import.meta.url).href.replace(/@(\d+)\.\d+\.\d+[^/]*\//, '@$1/');
const bytesOf = (base64: string) => Uint8Array.from(atob(base64.trim()), (c) => c.charCodeAt(0));

/**
 * The channel add-on: the newer version of a topic, if the channel has one that is signed by a key the script accepts,
 * for the same topic and language, and of a higher version than the one shown; else undefined. Whatever is refused
 * (a bad or unknown signature, an older or equal version, another topic, a file over the size cap, a failed request)
 * is refused with one console warning naming why, and what is shown stays. A browser without Ed25519 in WebCrypto
 * keeps what it shows, without a warning. One check per topic, language and shown version per page.
 */
export function newerVersion(ask: ChannelAsk): Promise<Summary | undefined> {
  const base = ask.base || CHANNEL_BASE || besideScript();
  const url = `${base.replace(/\/?$/, '/')}${ask.lang}/${ask.slug}.json`;
  const topic = `${ask.lang}/${ask.slug}`;
  const shown = Math.max(ask.version, seen.get(topic) ?? 0);
  const key = `${url} ${shown}`;
  let promise = asked.get(key);
  if (!promise) {
    promise = check(url, { ...ask, version: shown }).then((newer) => (newer && seen.set(topic, newer.version!), newer)).catch((e: unknown) => {
      console.warn(`<nutrient-interaction>: the update ${url} was not taken: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    });
    asked.set(key, promise);
  }
  return promise;
}

async function check(url: string, ask: ChannelAsk): Promise<Summary | undefined> {
  let keys: CryptoKey[];
  try {
    keys = await Promise.all((ask.keys ?? CHANNEL_KEYS).map((k) => crypto.subtle.importKey('raw', bytesOf(k.publicKey), { name: 'Ed25519' }, false, ['verify'])));
  } catch {
    return undefined; // No Ed25519 here: the pinned version stays.
  }
  const options: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };
  const timeout = AbortSignal.timeout(15_000);
  const [bytes, signature] = await Promise.all(
    [url, `${url}.sig`].map(async (u) => {
      const response = await fetch(u, { ...options, signal: timeout });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${u}`);
      return readCapped(response, timeout);
    }),
  );
  const sig = bytesOf(new TextDecoder().decode(signature));
  let signed = false;
  for (const k of keys) signed ||= await crypto.subtle.verify({ name: 'Ed25519' }, k, sig, bytes as Uint8Array<ArrayBuffer>);
  if (!signed) throw new Error('its signature does not match a key this script accepts (changed, or signed by another key)');
  const topic = JSON.parse(new TextDecoder().decode(bytes)) as Summary;
  if (topic.schemaVersion !== SCHEMA_VERSION || topic.slug !== ask.slug || topic.lang !== ask.lang) throw new Error('it is another topic or format');
  // The same version is the usual answer: nothing to say. An older one is a replay.
  if (topic.version === ask.version) return undefined;
  if (!Number.isInteger(topic.version) || topic.version! < ask.version) throw new Error(`it is version ${topic.version}, older than the version shown (${ask.version})`);
  return topic;
}

register('channel', { newerVersion });
