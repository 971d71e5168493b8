import { html, nothing, type TemplateResult } from 'lit/html.js';
import { LABELS, type Labels } from '../i18n/labels.js';
import { LoadError, policyRefused, RETRYABLE } from '../load/load-error.js';
import { emit } from '../events.js';

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

/** Whether the publisher put fallback content in the element (anything but the card, a slotted part or a script). */
export function hasFallback(host: HTMLElement): boolean {
  return [...host.childNodes].some((n) => !(n instanceof HTMLElement && (n.slot || n.localName === 'script')) && (n instanceof Element || !!n.textContent?.trim()));
}

/**
 * Reports a failure to draw (Lit threw) and returns it. Only a Trusted Types refusal ("This document requires
 * 'TrustedHTML' assignment") is the page's policy (`blocked`); any other exception is this card failing to draw
 * (`render`). With no card in the page, the message takes its place, made without Lit (which just failed).
 */
export function drawFailed(host: HTMLElement, e: unknown, labels: Labels | undefined, lang: string, replace: boolean): LoadError {
  const text = String(e);
  const blocked = /trusted/i.test(text);
  const error = blocked
    ? policyRefused(text)
    : new LoadError('render', 'This summary could not be drawn.', text);
  console.warn(`<nutrient-interaction>: ${error.message}${blocked ? ' Allow Trusted Types policy nutrient-interaction-lit.' : ''}`, text);
  if (replace) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.lang = labels ? lang : 'en';
    p.textContent = labels?.errors?.[error.code] ?? error.message;
    host.shadowRoot!.replaceChildren(p);
  }
  emit(host, 'nutrient-interaction-error', { code: error.code, message: error.message });
  return error;
}
