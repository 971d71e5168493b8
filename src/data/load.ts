import { validateSummary } from './validate.js';
import type { Summary } from './schema.js';
import { LIMITS, SCHEMA_VERSION, SLUG_PATTERN } from './format.js';

export type LoadErrorCode =
  | 'no-source'
  | 'invalid-topic'
  | 'not-found'
  | 'http'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'too-large'
  | 'not-json'
  | 'unsupported-version'
  | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const limits = LIMITS;

/**
 * Resolves where a summary lives. Bundled topics sit in `topics/` next to this module once built, so a copied
 * `dist/` works from any CDN path; `src` wins over `topic` when both are set.
 */
export function summaryUrl(topic: string | undefined, src: string | undefined): URL {
  if (src) {
    try {
      return new URL(src, document.baseURI);
    } catch {
      throw new LoadError('no-source', 'The src is not a valid URL.');
    }
  }
  if (!topic) throw new LoadError('no-source', 'No topic or src was given.');
  if (!SLUG_PATTERN.test(topic)) throw new LoadError('invalid-topic', 'The topic name is not valid.');
  return new URL(/* @vite-ignore */ `./topics/${topic}.json`, import.meta.url);
}

interface Entry {
  promise: Promise<Summary>;
  controller: AbortController;
  /** Widgets still waiting for this request; at zero, a pending request is cancelled. */
  users: number;
}

// One request per URL per page, however many widgets show it. Failures are dropped so a later try can succeed.
const cache = new Map<string, Entry>();

/** Loads and validates a summary, sharing one request per URL; call `release` when no longer interested. */
export function loadSummary(url: URL, fetchImpl: typeof fetch = fetch): Promise<Summary> {
  const key = url.href;
  let entry = cache.get(key);
  if (!entry) {
    const controller = new AbortController();
    const promise = fetchSummary(url, fetchImpl, controller);
    entry = { promise, controller, users: 0 };
    cache.set(key, entry);
    promise.catch(() => cache.get(key) === entry && cache.delete(key));
  }
  entry.users++;
  return entry.promise;
}

/** A widget stopped waiting for a pending `url` (removed, or switched topic): cancel it if nobody else waits. */
export function releaseSummary(url: string): void {
  const entry = cache.get(url);
  if (entry && --entry.users <= 0) {
    entry.controller.abort();
    cache.delete(url);
  }
}

/** Whether this page already asked for `url` (so showing it costs no new request). */
export function isLoaded(url: URL): boolean {
  return cache.has(url.href);
}

/** Requests still under way (for tests: nothing should linger after widgets go away). */
export function pendingRequests(): number {
  return cache.size;
}

/** Forgets cached summaries (for tests and for pages that swap content). */
export function clearSummaryCache(): void {
  cache.clear();
}

async function fetchSummary(url: URL, fetchImpl: typeof fetch, controller: AbortController): Promise<Summary> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LoadError('no-source', 'Summaries load only over http(s).');
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), limits.timeoutMs);
  let text: string;
  try {
    const response = await fetchImpl(url.href, { credentials: 'omit', signal: controller.signal });
    if (response.status === 404) throw new LoadError('not-found', 'There is no summary for this topic.', url.href);
    if (!response.ok) throw new LoadError('http', `The server answered with an error (HTTP ${response.status}).`, url.href);
    if (Number(response.headers.get('content-length')) > limits.maxBytes) throw tooLarge();
    text = await response.text();
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (controller.signal.reason?.name === 'TimeoutError') {
      throw new LoadError('timeout', 'The summary took too long to arrive.', url.href);
    }
    if (!navigator.onLine) throw new LoadError('offline', 'You seem to be offline.');
    throw new LoadError('network', 'The summary could not be downloaded.', String(e));
  } finally {
    clearTimeout(timer);
  }
  // Without a Content-Length, the decoded length (never more than the byte count) is the check.
  if (text.length > limits.maxBytes) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError('not-json', 'The summary file is damaged (it is not valid JSON).', url.href);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new LoadError('unsupported-version', 'This summary was written for another version of the widget.', `schemaVersion: ${String(version).slice(0, 20)}`);
  }
  const result = validateSummary(json);
  if (!result.ok) throw new LoadError('invalid', 'The summary file does not have the expected format.', result.problems.slice(0, 5).join('\n'));
  return result.value;
}

function tooLarge(): LoadError {
  return new LoadError('too-large', `The summary file is too large (over ${limits.maxBytes >> 10} KB).`);
}
