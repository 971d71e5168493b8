import type { Summary } from '../data/schema.js';
import type { Labels } from '../i18n/labels.js';
import { readTranslation } from '../i18n/read-translation.js';
import { LoadError } from './load-error.js';
import { bundledKey } from '../data/format.js';
import { isRequested, labelsUrl, loadJson, summaryUrl } from './fetch-summary.js';
import { loadSummary } from './load-summary.js';
import { cancelNear, whenNear } from './nearby.js';

/** The load lifecycle: nothing asked yet, waiting to come near the viewport, fetching, shown, or failed. */
export type LoadState =
  | { status: 'idle' }
  | { status: 'deferred' }
  | { status: 'pending' }
  | { status: 'complete'; summary: Summary; untranslated?: boolean }
  | { status: 'error'; error: LoadError };

export interface LoadRequest {
  topic?: string;
  src?: string;
  /** `en`, or a language whose topics and interface strings are bundled (`es`). */
  lang: string;
  /** Wait until the host is near the viewport (unless the page already holds this summary). */
  lazy: boolean;
}

/**
 * Owns one element's summary request: starts it (at once or when near), cancels it when the element leaves the page or
 * asks for something else, and drops answers to anything but the latest request. `onChange` hears every state change;
 * `settled` is true for the ones a page script should hear of (complete, error).
 */
export class SummaryController {
  state: LoadState = { status: 'idle' };
  /** Interface strings of the requested language once loaded (undefined: English, or not loaded). */
  labels?: Labels;
  #request?: LoadRequest;
  #abort?: AbortController;

  constructor(
    private readonly host: HTMLElement,
    private readonly onChange: (state: LoadState, settled: boolean) => void,
  ) {}

  /** Asks for a summary; a request equal to the current one (already started or done) changes nothing. */
  request(next: LoadRequest): void {
    const prev = this.#request;
    const same = prev && prev.topic === next.topic && prev.src === next.src && prev.lang === next.lang;
    this.#request = next;
    if (same && this.state.status !== 'idle' && !(this.state.status === 'deferred' && !next.lazy)) return;
    this.#start();
  }

  /** Tries the current request again (after a retryable failure). */
  retry(): void {
    this.#start();
  }

  connected(): void {
    // Re-added after leaving mid-request: pick up where it stopped.
    if (this.#request && this.state.status === 'idle') this.#start();
  }

  disconnected(): void {
    // Removed (perhaps in the same task it was added, as CMS re-renders do): nothing may stay open on its behalf.
    if (this.state.status === 'pending' || this.state.status === 'deferred') this.#set({ status: 'idle' }, false);
    this.#cancel();
  }

  #cancel(): void {
    cancelNear(this.host);
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #start(): void {
    this.#cancel();
    const req = this.#request;
    if (!req || !this.host.isConnected) return this.#set({ status: 'idle' }, false);
    if (req.lang === 'en') this.labels = undefined;
    let url: URL;
    try {
      url = summaryUrl(req.topic || undefined, req.src || undefined, req.lang);
    } catch (e) {
      return this.#set({ status: 'error', error: e as LoadError }, true);
    }
    if (req.lazy && !isRequested(url, slugOf(req))) {
      this.#set({ status: 'deferred' }, false);
      whenNear(this.host, () => this.#fetch(url, req));
      return;
    }
    this.#fetch(url, req);
  }

  #fetch(url: URL, req: LoadRequest): void {
    const abort = (this.#abort = new AbortController());
    const { signal } = abort;
    this.#set({ status: 'pending' }, false);
    // Interface strings come with the data, so English readers download none; without them the card still shows, in
    // its own language, with English labels. The translation file also carries its topics' hashes (the script pins
    // the file), so those cost English readers nothing either; a bundled translated topic needs it. It is one shared
    // request per language, not tied to this widget's signal: other widgets may be waiting on the same topic.
    const translation =
      req.lang === 'en' ? undefined : Promise.resolve().then(() => loadJson(labelsUrl(req.lang), { slug: `${req.lang}/_ui` }, readTranslation));
    const settle = async (state: LoadState) => {
      const t = await translation?.catch(() => undefined);
      if (abort !== this.#abort || signal.aborted) return;
      this.labels = t?.labels;
      this.#set(state, true);
    };
    const hashes = translation?.then((t) => t.hashes ?? {});
    // Awaited only where a hash is needed; a failed translation must not also surface as an unhandled rejection.
    hashes?.catch(() => {});
    let untranslated = false;
    loadSummary(url, { signal, slug: slugOf(req), hashes })
      .catch((e: unknown) => {
        // A bundled topic not yet translated: its English card stands in (the element says so in the reader's language).
        if (req.lang === 'en' || req.src || !(e instanceof LoadError) || e.code !== 'not-found') throw e;
        untranslated = true;
        return loadSummary(summaryUrl(req.topic, undefined), { signal, slug: req.topic });
      })
      .then(
        (summary) => settle({ status: 'complete', summary, untranslated }),
        (e: unknown) =>
          settle({ status: 'error', error: e instanceof LoadError ? e : new LoadError('invalid', 'The summary could not be shown.', String(e)) }),
      );
  }

  #set(state: LoadState, settled: boolean): void {
    this.state = state;
    this.onChange(state, settled);
  }
}

/** The bundled file a request names (checked against its hash), or undefined for a `src`. */
const slugOf = (req: LoadRequest) => (req.src ? undefined : bundledKey(req.topic!, req.lang));
