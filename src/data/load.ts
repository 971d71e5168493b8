import { validateSummary } from './validate.js';
import type { Summary } from './schema.js';

export type LoadErrorCode = 'no-source' | 'invalid-topic' | 'not-found' | 'http' | 'network' | 'not-json' | 'invalid';

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

export const TOPIC_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Resolves where a summary lives. Bundled topics sit in `topics/` next to this module once built, so a copied
 * `dist/` works from any CDN path; `src` wins over `topic` when both are set.
 */
export function summaryUrl(topic: string | undefined, src: string | undefined): URL {
  if (src) {
    try {
      return new URL(src, document.baseURI);
    } catch {
      throw new LoadError('no-source', `The src "${src}" is not a valid URL.`);
    }
  }
  if (!topic) throw new LoadError('no-source', 'No topic or src was given.');
  if (!TOPIC_PATTERN.test(topic)) {
    throw new LoadError('invalid-topic', `"${topic.slice(0, 80)}" is not a valid topic name.`);
  }
  return new URL(/* @vite-ignore */ `./topics/${topic}.json`, import.meta.url);
}

// One request per URL per page, however many elements show it. Failures are dropped so a later try can succeed.
const cache = new Map<string, Promise<Summary>>();

export function loadSummary(url: URL, fetchImpl: typeof fetch = fetch): Promise<Summary> {
  const key = url.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchSummary(url, fetchImpl);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/** Whether a request for this URL was already made on this page (so showing it costs no new request). */
export function isLoaded(url: URL): boolean {
  return cache.has(url.href);
}

/** Forgets cached summaries (for tests and for pages that swap content). */
export function clearSummaryCache(): void {
  cache.clear();
}

async function fetchSummary(url: URL, fetchImpl: typeof fetch): Promise<Summary> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LoadError('no-source', 'Summaries can only be loaded over http(s).');
  }
  let response: Response;
  try {
    response = await fetchImpl(url.href, { credentials: 'omit' });
  } catch (e) {
    throw new LoadError('network', 'The summary could not be downloaded. Check your connection and reload the page.', String(e));
  }
  if (response.status === 404) throw new LoadError('not-found', 'There is no summary for this topic.', url.href);
  if (!response.ok) throw new LoadError('http', `The server answered with an error (HTTP ${response.status}).`, url.href);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new LoadError('not-json', 'The summary file is damaged (it is not valid JSON).', url.href);
  }
  const result = validateSummary(json);
  if (!result.ok) {
    throw new LoadError('invalid', 'The summary file does not have the expected format.', result.problems.slice(0, 5).join('\n'));
  }
  return result.value;
}
