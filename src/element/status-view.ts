import { html, nothing, type TemplateResult } from 'lit/html.js';
import { LABELS, type Labels } from '../card/labels.js';
import { LoadError, RETRYABLE } from '../load/load-error.js';

export interface StatusView {
  /** The interface strings of the card's language, once loaded. */
  labels?: Labels;
  lang: string;
  error?: LoadError;
  /** A card for what is asked is in the page (prerendered or drawn). */
  hasCard: boolean;
  /** The card in the page is another topic's (the topic changed and the new one failed). */
  stale: boolean;
  /** The publisher put fallback content inside the element. */
  fallback: boolean;
  retry: () => void;
  slotChange: () => void;
}

/** The element's shadow tree: the card's slot, a loading or error message in its place, the fallback, the follow-up. */
export function statusView(v: StatusView): TemplateResult {
  const L = v.labels ?? LABELS;
  // Until a translation's strings arrive, the element's own words are English: say so to screen readers.
  const lang = v.labels ? v.lang : 'en';
  return html`<slot name="card" ?hidden=${v.stale}></slot>
    ${v.error ? errorView(v.error, v.hasCard, L, lang, v.retry) : nothing}
    ${!v.hasCard && !v.error && !v.fallback ? html`<div class="ni-loading" role="status" lang=${lang}>${L.loading}</div>` : nothing}
    <slot ?hidden=${v.hasCard} @slotchange=${v.slotChange}></slot>
    <slot name="follow-up"></slot>`;
}

function errorView(error: LoadError, hasCard: boolean, L: Labels, lang: string, retry: () => void): TemplateResult {
  // With the card already in the page, only the other wording is missing: a short note, not a replacement.
  return html`<div class=${hasCard ? 'ni-note' : 'ni-error'} role="alert" lang=${lang}>
    ${hasCard ? nothing : html`<p class="ni-error-title">${L.failed}</p>`}
    <p>${hasCard ? L.otherWordingFailed : ''} ${L.errors?.[error.code] ?? error.message}</p>
    ${RETRYABLE.includes(error.code) ? html`<button type="button" @click=${retry}>${L.retry}</button>` : nothing}
  </div>`;
}

/**
 * What a failure to draw is: only a Trusted Types refusal ("This document requires 'TrustedHTML' assignment") is the
 * page's policy (`blocked`); any other exception is this card failing to draw (`render`).
 */
export function drawFailure(e: unknown): LoadError {
  const text = String(e);
  return /trusted/i.test(text)
    ? new LoadError('blocked', 'This page\u2019s security policy does not allow the summary to be drawn.', text)
    : new LoadError('render', 'This summary could not be drawn.', text);
}

/** The message for a failure to draw, made without Lit (which just failed to draw). */
export function drawFailureMessage(error: LoadError, labels: Labels | undefined, lang: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.lang = labels ? lang : 'en';
  p.textContent = labels?.errors?.[error.code] ?? error.message;
  return p;
}
