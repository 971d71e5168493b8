import { bundledKey, LIMITS, SLUG_MAX, SLUG_PATTERN } from '../data/format.js';
import { LoadError } from './load-error.js';
import { TOPIC_HASHES } from './topic-hashes.js';
import { bundledTopicsUrl } from '../data/topics-url.js';
import { bundledTopic } from './bundled-topics.js';

export const limits = { ...LIMITS };

const MOVED = ' If a bundler moved the script, call setBasePath(topicsFolder).';

let basePath: string | undefined;

/**
 * Where bundled topics live when the script's own URL does not tell (a bundler moved the module): a URL or path of the
 * folder that holds `<slug>.json`.
 */
export function setBasePath(path: string | undefined): void {
  basePath = path;
}

function topicsBase(): URL {
  return basePath ? new URL(basePath.replace(/\/?$/, '/'), document.baseURI) : bundledTopicsUrl();
}

/**
 * Where a summary lives: `src` (any http(s) URL) wins over `topic` (a bundled slug, next to the script; other
 * languages than English in their own folder, `es/<slug>.json`).
 */
export function summaryUrl(topic: string | undefined, src: string | undefined, lang = 'en'): URL {
  if (src) {
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      throw new LoadError('no-source', 'The src is not a valid URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LoadError('no-source', 'Summaries load only over http(s).');
    // Credentials in a URL would be sent, retried and logged: refuse them (and never echo them back).
    if (url.username || url.password) throw new LoadError('no-source', 'The src must not contain a user name or password.');
    return url;
  }
  if (!topic) throw new LoadError('no-source', 'No topic or src was given.');
  if (!SLUG_PATTERN.test(topic) || topic.length > SLUG_MAX) throw new LoadError('invalid-topic', 'The topic name is not valid.');
  return new URL(`${bundledKey(topic, lang)}.json`, topicsBase());
}

/** Interface strings for a language other than English: `topics/<lang>/_ui.json`, beside its topics. */
export const labelsUrl = (lang: string): URL => new URL(`${lang}/_ui.json`, topicsBase());

/** The catalog (`index.json`, beside the topics): every topic's names, languages and rating, for the finder. */
export const catalogUrl = (): URL => new URL('index.json', topicsBase());

/** The summary format's JSON Schema, which checks files the build has not (`_schema.json`, beside the topics). */
export const schemaUrl = (): URL => new URL('_schema.json', topicsBase());

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when the last one gives up, the request is cancelled. */
  waiters: number;
  settled: boolean;
}

// One request per URL per page, however many widgets show it. Failures are dropped so a later try can succeed.
const cache = new Map<string, Entry>();
// A bundled topic is checked against its hash, the same file named by `src` is not: they never share an answer.
const cacheKey = (url: URL, slug?: string) => `${slug ?? ''} ${url.href}`;

export interface LoadOptions {
  /** The caller's interest: once every caller's signal has fired, the shared request is cancelled. */
  signal?: AbortSignal;
  /** The bundled file this URL is for (`k2-d3`, `es/k2-d3`); its hash is checked when the build recorded one. */
  slug?: string;
  /** Hashes of files the script does not list itself (a translation's topics, pinned through its _ui.json). */
  hashes?: Promise<Record<string, string> | undefined>;
  fetchImpl?: typeof fetch;
}

/**
 * Loads a bundled or remote JSON file and hands it to `parse` (which throws a LoadError for a bad one), with `pinned`
 * true when its bytes matched the hash the build recorded; one request per URL. Rejects with a LoadError, or the
 * signal's reason.
 */
export function loadJson<T>(
  url: URL,
  { signal, slug, hashes, fetchImpl = fetch }: LoadOptions,
  parse: (json: unknown, pinned: boolean) => T | Promise<T>,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const key = cacheKey(url, slug);
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const e: Entry = { controller, waiters: 0, settled: false, promise: fetchJson(url, slug, hashes, fetchImpl, controller.signal).then(([json, pinned]) => parse(json, pinned)) };
    e.promise.then(
      () => (e.settled = true),
      () => {
        e.settled = true;
        if (cache.get(key) === e) cache.delete(key);
      },
    );
    cache.set(key, (entry = e));
  }
  const shared = entry;
  shared.waiters++;
  if (!signal) return shared.promise as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    const giveUp = () => {
      reject(signal.reason);
      if (--shared.waiters <= 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
    };
    signal.addEventListener('abort', giveUp, { once: true });
    shared.promise.then(
      (v) => (signal.removeEventListener('abort', giveUp), resolve(v as T)),
      (e) => (signal.removeEventListener('abort', giveUp), reject(e)),
    );
  });
}

/** Whether this page already holds or is fetching `url` as `slug` (so showing it costs no new request). */
export function isRequested(url: URL, slug?: string): boolean {
  return cache.has(cacheKey(url, slug));
}

/** Requests still under way (nothing should linger after widgets go away). */
export function pendingRequests(): number {
  return [...cache.values()].filter((e) => !e.settled).length;
}

/** Forgets cached summaries (for tests and for pages that swap content). */
export function clearSummaryCache(): void {
  cache.clear();
}

/**
 * Starts loading the pins now, on a page that will need them (a built script with widgets on the page): they then
 * arrive with, not after, the first topic (which a preload may have fetched long before the element runs).
 */
export function warmPins(): void {
  if (TOPIC_HASHES._pins) loadPins().catch(() => {});
}

const loadPins = (signal?: AbortSignal) =>
  loadJson(new URL('_pins.json', topicsBase()), { slug: '_pins', signal }, (json) => (json as { hashes: Record<string, string> }).hashes);

async function fetchJson(
  url: URL,
  slug: string | undefined,
  hashes: LoadOptions['hashes'],
  fetchImpl: typeof fetch,
  signal: AbortSignal,
): Promise<[json: unknown, pinned: boolean]> {
  const built = !!TOPIC_HASHES._pins;
  // The hash a bundled file must have: the script pins the pins file, which pins the English topics, the schema and each
  // translation's _ui.json, which pins that language's topics (`hashes`). Fetched alongside the file, not before it.
  const listed =
    slug && built ? (slug === '_pins' ? Promise.resolve(TOPIC_HASHES._pins) : (hashes ?? loadPins(signal)).then((h) => (h && Object.hasOwn(h, slug) ? h[slug] : undefined))) : undefined;
  listed?.catch(() => {});
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), limits.timeoutMs);
  const both = AbortSignal.any([signal, timeout.signal]);
  let bytes: Uint8Array;
  try {
    // Same credentials mode as <link rel="preload" as="fetch" crossorigin>, so a preloaded copy is used, not fetched
    // again; no referrer, so the host page's address (and its query) never travels with the request.
    // (A topic the npm build carries as a module comes from the app's own chunks instead: see bundled-topics.ts.)
    const response = await (bundledTopic?.(url, both) ?? fetchImpl(url.href, { signal: both, credentials: 'same-origin', referrerPolicy: 'no-referrer' }));
    // A topic this build ships, missing: the folder is wrong, not the topic.
    // (Pins that are missing too say the same.)
    if (response.status === 404) throw new LoadError('not-found', `There is no summary for this topic.${(await listed?.then((h) => !!h, () => true)) ? MOVED : ''}`, url.href);
    if (!response.ok) throw new LoadError('http', `The server answered with an error (HTTP ${response.status}).`, url.href);
    bytes = await readCapped(response, both);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (signal.aborted) throw signal.reason;
    if (timeout.signal.aborted) throw new LoadError('timeout', 'The summary took too long to arrive.', url.href);
    if (!navigator.onLine) throw new LoadError('offline', 'You seem to be offline.');
    throw new LoadError('network', 'The summary could not be downloaded.', String(e));
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // A bundler that moved the script answers topic requests with its own HTML page: say so (checked before the hash,
    // so a wrong folder never reads as a changed file).
    throw new LoadError('not-json', `The summary file is not valid JSON.${slug ? MOVED : ''}`, url.href);
  }
  // Pins or a translation that could not be loaded reject with their own error (retryable when it is).
  const expected = await listed;
  if (slug && built && !expected) throw new LoadError('not-found', 'There is no summary for this topic.', url.href);
  // (No WebCrypto outside secure contexts: such a file is checked like any other, not trusted as pinned.)
  if (!expected || !globalThis.crypto?.subtle) return [json, false];
  // The build records the first 128 bits of each file's SHA-256.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>), 0, 16);
  if (btoa(String.fromCharCode(...digest)) !== expected) {
    throw new LoadError('integrity', 'The summary file does not match this version of the widget.', url.href);
  }
  return [json, true];
}

/** The body, counted as it arrives (after any content decoding) and cut off past the size limit. */
export async function readCapped(response: Response, signal: AbortSignal): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length')) > limits.maxBytes) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limits.maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    if (signal.aborted) throw signal.reason;
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) bytes.set(c, (at += c.byteLength) - c.byteLength);
  return bytes;
}

function tooLarge(): LoadError {
  return new LoadError('too-large', `The summary file is too large (over ${limits.maxBytes >> 10} KB).`);
}
