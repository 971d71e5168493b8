import type { Summary } from '../data/schema.js';
import { SCHEMA_VERSION } from '../data/format.js';
import { readCapped } from '../load/fetch-summary.js';
import { register } from './registry.js';

/** A public key the script accepts for the channel: raw 32-byte Ed25519, base64 (as in channel/keys.json). */
export interface ChannelKey {
  id: string;
  publicKey: string;
}

export interface ChannelAsk {
  /** The channel's address, ending in `/` (`<base><lang>/<slug>.json` and its `.sig`). */
  base: string;
  lang: string;
  slug: string;
  /** The version shown now: only a higher one is taken. */
  version: number;
  keys: readonly ChannelKey[];
}

const asked = new Map<string, Promise<Summary | undefined>>();
const bytesOf = (base64: string) => Uint8Array.from(atob(base64.trim()), (c) => c.charCodeAt(0));

/**
 * The channel add-on: the newer version of a topic, if the channel has one that is signed by a key the script accepts,
 * for the same topic and language, and of a higher version than the one shown; else undefined. Whatever is refused
 * (a bad or unknown signature, an older or equal version, another topic, a file over the size cap, a failed request)
 * is refused with one console warning naming why, and what is shown stays. A browser without Ed25519 in WebCrypto
 * keeps what it shows, without a warning. One check per topic, language and shown version per page.
 */
export function newerVersion(ask: ChannelAsk): Promise<Summary | undefined> {
  const url = `${ask.base}${ask.lang}/${ask.slug}.json`;
  const key = `${url} ${ask.version}`;
  let promise = asked.get(key);
  if (!promise) {
    promise = check(url, ask).catch((e: unknown) => {
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
    keys = await Promise.all(ask.keys.map((k) => crypto.subtle.importKey('raw', bytesOf(k.publicKey), { name: 'Ed25519' }, false, ['verify'])));
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
  if (!Number.isInteger(topic.version) || topic.version! <= ask.version) throw new Error(`it is version ${topic.version}, not newer than the version shown (${ask.version})`);
  return topic;
}

register('channel', { newerVersion });
