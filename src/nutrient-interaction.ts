import { html, nothing, render } from 'lit/html.js';
import type { Audience, Summary } from './data/schema.js';
import { card, clampLevel, SECTION_IDS, type SectionId } from './card/templates.js';
import { onAudienceChosen, readAudience, rememberAudience } from './audience-store.js';
import { jsonLdScript, medicalWebPage } from './structured-data.js';
import { SummaryController, type LoadState } from './load/summary-controller.js';
import { LoadError, RETRYABLE } from './load/load-error.js';
import { LABELS, type Labels } from './i18n/labels.js';
import { emit } from './events.js';
import { adoptCardStyles, hostStyles } from './nutrient-interaction.styles.js';

type Attribute = (typeof ATTRIBUTES)[number];
const ATTRIBUTES = ['topic', 'src', 'audience', 'lang', 'heading-level', 'theme', 'independent', 'follow-up-href', 'follow-up-label', 'structured-data', 'loading'] as const;

export type { SectionId };

/**
 * An evidence summary of how two nutrients (or a nutrient and a drug) interact, in patient or clinician wording. The
 * card lives in the page (light DOM): prerendered HTML inside the element shows before any script runs; the element
 * then adds the audience choice and loads the other wording. Without prerendered content it loads and draws the card.
 *
 * @tagname nutrient-interaction
 * @summary Evidence summary of a nutrient interaction, in patient or clinician wording.
 *
 * @attr topic - Bundled topic to show, e.g. `k2-d3`.
 * @attr src - URL of a summary JSON file; overrides `topic`. Its review status is shown as unknown.
 * @attr {'patient' | 'clinician'} audience - Wording to show. The reader's remembered choice wins.
 * @attr {'en' | 'es'} lang - Language of the card. Unset: the nearest `lang` of the page, through shadow roots (Spanish for `es`, `es-MX`…), else English.
 * @attr {number} heading-level - Level of the question heading (2–5).
 * @attr {'light' | 'dark' | 'auto'} theme - Colours; unset follows the page's color-scheme.
 * @attr {boolean} independent - Keep this widget's audience to itself.
 * @attr follow-up-href - Link for a follow-up call to action (http(s) only).
 * @attr follow-up-label - Text of the follow-up link.
 * @attr {'lazy' | 'eager'} loading - `lazy` (default) fetches near the viewport.
 * @attr {boolean} structured-data - Add schema.org MedicalWebPage JSON-LD to the page.
 *
 * @fires nutrient-interaction-load - The summary was loaded and rendered. `detail: { slug }`.
 * @fires nutrient-interaction-error - The summary could not be shown. `detail: { code, message }`.
 * @fires nutrient-interaction-audience-change - The wording changed (the reader chose, here or in another tab). `detail: { audience }`.
 * @fires nutrient-interaction-toggle - A section was opened or closed. `detail: { section, open }`.
 *
 * @slot - Fallback content: shown before the summary loads (with no prerendered card) and if it cannot be loaded.
 * @slot card - The card itself (`<article class="ni-card">`), prerendered or drawn by the element.
 * @slot follow-up - A call to action after the card.
 *
 * @cssproperty --nutrient-interaction-accent - Links, focus ring, the selected audience. Default `#0b5cad` (dark `#6cb6ff`).
 * @cssproperty --nutrient-interaction-bg - Card background. Default `#fff` (dark `#161b22`).
 * @cssproperty --nutrient-interaction-fg - Text colour. Default `#1f2328` (dark `#e6edf3`).
 * @cssproperty --nutrient-interaction-muted - Secondary text. Default `#57606a` (dark `#9da7b3`).
 * @cssproperty --nutrient-interaction-border - Card and section borders. Default `#d0d7de` (dark `#3d444d`).
 * @cssproperty --nutrient-interaction-warning-bg - Safety note background. Default `#fff8e5` (dark `#2b2111`).
 * @cssproperty --nutrient-interaction-warning-border - Safety note accent. Default `#b35900` (dark `#d29922`).
 * @cssproperty --nutrient-interaction-radius - Corner radius. Default `8px`.
 */
export class NutrientInteraction extends HTMLElement {
  // A plain custom element that renders with lit-html: LitElement's reactive machinery would cost every reader
  // 2.5 KB more, and every property here is an attribute anyway.
  static observedAttributes = ATTRIBUTES;

  /**
   * Registers the element under `tag` in `registry` (a scoped registry, say), unless that name is taken there: a page
   * may load the script twice, and the first definition wins. A registry takes one class under one name only, so a
   * second tag needs a subclass (`class MyCard extends NutrientInteraction {}`).
   */
  static define(tag = 'nutrient-interaction', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Bundled topic to show, e.g. `k2-d3`. */
  declare topic?: string;

  /** URL of a summary JSON file; overrides `topic`. Its review status is shown as unknown. */
  declare src?: string;

  /** Wording to show: `patient` (default) or `clinician`. The reader's remembered choice wins. */
  get audience(): Audience {
    return this.getAttribute('audience') === 'clinician' ? 'clinician' : 'patient';
  }
  set audience(value: Audience) {
    this.#set('audience', value);
  }

  /** `en` or `es`: the language of the card. Unset: the nearest `lang` of the page (`es`, `es-MX`… choose Spanish), else English. */
  declare lang: string;

  /** The card's language: `es` when this element's or the nearest ancestor's `lang` (through shadow roots) is Spanish, otherwise `en`. */
  get language(): 'en' | 'es' {
    return /^es\b/i.test(nearestLang(this)) ? 'es' : 'en';
  }

  /** Heading level of the question (2–5); the card's other headings use the next level. */
  get headingLevel(): number {
    return clampLevel(this.getAttribute('heading-level') ?? 2);
  }
  set headingLevel(value: number) {
    this.#set('heading-level', String(value));
  }

  /** `light`, `dark` or `auto` (follows the reader's system). Unset: follows the page's `color-scheme`. */
  declare theme?: 'light' | 'dark' | 'auto';

  /** Keep this widget's audience to itself: not remembered, not shared with other widgets. */
  get independent(): boolean {
    return this.hasAttribute('independent');
  }
  set independent(value: boolean) {
    this.toggleAttribute('independent', !!value);
  }

  /** Link for the follow-up call to action (http(s) only). */
  declare followUpHref?: string;

  /** Text of the follow-up link. Default: "Have a follow-up question?". */
  declare followUpLabel?: string;

  /** `lazy` (default): fetch when the widget comes within about 1.5 screens of the viewport. `eager`: at once. */
  get loading(): 'lazy' | 'eager' {
    return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy';
  }
  set loading(value: 'lazy' | 'eager') {
    this.#set('loading', value);
  }

  /** Add schema.org MedicalWebPage JSON-LD to the page once the summary loads (skipped if the snippet carries it). */
  get structuredData(): boolean {
    return this.hasAttribute('structured-data');
  }
  set structuredData(value: boolean) {
    this.toggleAttribute('structured-data', !!value);
  }

  #set(name: Attribute, value: string | undefined | null): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  readonly #load = new SummaryController(this, (state, settled) => {
    this.#requestUpdate();
    if (settled) this.#settled(state);
  });
  #open = new Set<SectionId>();
  #unsubscribe?: () => void;
  #jsonLd?: HTMLScriptElement;
  #jsonLdFor?: Summary;
  #renderFailed = false;
  #marker?: Comment;
  #waitForPaint = false;
  #update?: Promise<boolean>;
  #wantsRequest = true;
  // The first card is drawn with its closed sections empty and filled in once it has painted: the reader sees it
  // sooner, and a closed section shows nothing anyway (find-in-page and print find it filled a frame later).
  #filled?: Promise<boolean>;
  #full = false;
  #shown?: Summary;
  /** The topic or src the card in the page was drawn (or prerendered) for. */
  #cardSource?: string;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [hostStyles()];
    // Listeners on the element itself: they go when it goes, so nothing to remove on disconnect.
    this.addEventListener('toggle', this.#onToggle, true);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('change', this.#onChange);
  }

  /** Resolves once pending changes are drawn (the first card's closed sections included, which follow its first paint). */
  get updateComplete(): Promise<boolean> {
    return (this.#update ?? Promise.resolve(true)).then(() => this.#filled ?? true);
  }

  attributeChangedCallback(name: Attribute, old: string | null, value: string | null): void {
    if (old === value) return;
    if (name === 'topic' || name === 'src' || name === 'loading' || name === 'lang') this.#wantsRequest = true;
    if (name === 'independent' && this.isConnected) this.#subscribe(!this.independent);
    this.#requestUpdate();
  }

  connectedCallback(): void {
    adoptCardStyles(this);
    this.#adoptPrerendered();
    this.#subscribe(!this.independent);
    this.#load.connected();
    this.#requestUpdate();
  }

  disconnectedCallback(): void {
    this.#load.disconnected();
    this.#subscribe(false);
  }

  /** The card in the page: prerendered, or drawn by the element. */
  get #card(): HTMLElement | null {
    return this.querySelector(':scope > .ni-card');
  }

  // Prerendered content: show it in the card slot as it is, remember which sections the reader already opened, and
  // fetch the summary only after the page has painted (it is needed for the other wording, not for reading).
  #adoptPrerendered(): void {
    const pre = this.#card;
    if (!pre || this.#marker) return;
    pre.slot = 'card';
    this.#cardSource = this.src || this.topic;
    // Its closed sections are already in the page: the live card draws them at once.
    this.#full = true;
    this.#open = new Set([...pre.querySelectorAll<HTMLDetailsElement>('details[data-section]')].filter((d) => d.open).map((d) => d.dataset.section as SectionId));
    this.#waitForPaint = pre.dataset.audience === this.audience && pre.lang === this.language;
  }

  // Changes are drawn together once per task, as Lit's own elements do.
  #requestUpdate(): void {
    this.#update ??= Promise.resolve().then(() => {
      this.#update = undefined;
      this.#draw();
      return true;
    });
  }

  /** `fill`: draw the card on screen whole, even while another summary loads or after it failed to. */
  #draw(fill = false): void {
    if (this.#wantsRequest) {
      this.#wantsRequest = false;
      const request = () => this.#load.request({ topic: this.topic, src: this.src, lang: this.language, lazy: this.loading !== 'eager' });
      // After the next frame: the prerendered card paints first, undisturbed by the request.
      if (this.#waitForPaint) afterPaint(request);
      else request();
      this.#waitForPaint = false;
    }
    // Lit renders through innerHTML; under a Trusted Types policy that does not allow ours, say so instead of throwing.
    try {
      render(this.#shadowTemplate(), this.shadowRoot!, { host: this });
      this.#renderCard(fill);
    } catch (e) {
      if (this.#renderFailed) return;
      this.#renderFailed = true;
      // Only a Trusted Types refusal is the page's policy ("This document requires 'TrustedHTML' assignment"); any
      // other exception is this card failing to draw, and says so.
      const refused = /trusted/i.test(String(e));
      const error = refused
        ? new LoadError('blocked', 'This page\u2019s security policy does not allow the summary to be drawn.', String(e))
        : new LoadError('render', 'This summary could not be drawn.', String(e));
      console.warn(`<nutrient-interaction>: ${error.message}${refused ? ' Allow Trusted Types policy nutrient-interaction-lit.' : ''}`, error.detail);
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      const L = this.#load.labels;
      p.lang = L ? this.language : 'en';
      p.textContent = L?.errors?.[error.code] ?? error.message;
      if (!this.#card) this.shadowRoot!.replaceChildren(p);
      emit(this, 'nutrient-interaction-error', { code: error.code, message: error.message });
    }
  }

  #subscribe(on: boolean): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!on) return;
    // A reader's earlier choice beats the publisher's starting point.
    const remembered = readAudience();
    if (remembered) this.audience = remembered;
    // Another tab's choice is news to this page: announce it. A choice made here was announced by its own widget.
    this.#unsubscribe = onAudienceChosen((audience, origin) => this.#setAudience(audience, false, origin === 'storage'));
  }

  // Both events follow what they announce: the card, or the error message, is on the page when they fire.
  #settled(state: LoadState): void {
    if (state.status === 'complete') {
      this.updateComplete.then(() => this.isConnected && emit(this, 'nutrient-interaction-load', { slug: state.summary.slug }));
    } else if (state.status === 'error') {
      console.warn(`<nutrient-interaction>: ${state.error.message}`, state.error.detail ?? '');
      this.updateComplete.then(() => this.isConnected && emit(this, 'nutrient-interaction-error', { code: state.error.code, message: state.error.message }));
    }
  }

  #shadowTemplate() {
    const { state } = this.#load;
    const L: Labels = this.#load.labels ?? LABELS;
    // Until a translation's strings arrive, the element's own words are English: say so to screen readers.
    const lang = L === LABELS ? 'en' : this.language;
    // A card of another topic (the topic or src changed, and the new one failed) is not this one's other wording: hide it
    // and say that the asked-for summary could not be shown.
    const stale = state.status === 'error' && !!this.#card && this.#cardSource !== (this.src || this.topic);
    const hasCard = state.status === 'complete' || (!!this.#card && !stale);
    const fallback = !hasCard && [...this.childNodes].some((n) => !(n instanceof HTMLElement && (n.slot || n.localName === 'script')) && (n instanceof Element || !!n.textContent?.trim()));
    return html`<slot name="card" ?hidden=${stale}></slot>
      ${state.status === 'error' ? this.#renderError(state.error, hasCard, L, lang) : nothing}
      ${!hasCard && state.status !== 'error' && !fallback ? html`<div class="ni-loading" role="status" lang=${lang}>${L.loading}</div>` : nothing}
      <slot ?hidden=${hasCard} @slotchange=${() => this.#requestUpdate()}></slot>
      <slot name="follow-up"></slot>`;
  }

  #renderError(error: LoadError, hasCard: boolean, L: Labels, lang: string) {
    // With the card already in the page, only the other wording is missing: a short note, not a replacement.
    return html`<div class=${hasCard ? 'ni-note' : 'ni-error'} role="alert" lang=${lang}>
      ${hasCard ? nothing : html`<p class="ni-error-title">${L.failed}</p>`}
      <p>${hasCard ? L.otherWordingFailed : ''} ${L.errors?.[error.code] ?? error.message}</p>
      ${RETRYABLE.includes(error.code) ? html`<button type="button" @click=${() => this.#load.retry()}>${L.retry}</button>` : nothing}
    </div>`;
  }

  // The card is drawn into the page with the same templates the build prerenders; Lit updates only what changed.
  #renderCard(fill: boolean): void {
    const { state } = this.#load;
    const summary = state.status === 'complete' ? state.summary : fill && this.#shown;
    if (!summary) return;
    if (state.status === 'complete') this.#cardSource = this.src || this.topic;
    this.#shown = summary;
    const pre = this.#card;
    const template = card(summary, {
      audience: this.audience,
      headingLevel: this.headingLevel,
      open: this.#open,
      followUpHref: this.followUpHref,
      followUpLabel: this.followUpLabel,
      source: this.src ? new URL(this.src, document.baseURI).host : undefined,
      labels: this.#load.labels,
      closedEmpty: !this.#full,
    });
    const first = !this.#marker;
    // Lit keeps its place at the node it renders before: a marker of our own, so the prerendered card can go.
    this.#marker ??= this.insertBefore(document.createComment(''), pre);
    const note = first ? pre?.querySelector<HTMLElement>('.ni-audience') : null;
    const noteHeight = note?.getBoundingClientRect().height;
    render(template, this, { host: this, renderBefore: this.#marker });
    if (first && pre) {
      pre.remove();
      // The choice takes the place of the prerendered audience note; keep its room so nothing below moves.
      const choice = this.#card?.querySelector<HTMLElement>('.ni-audience');
      if (choice && noteHeight) choice.style.minBlockSize = `${noteHeight}px`;
    }
    this.#updateStructuredData(summary);
    this.#filled ??= new Promise((resolve) => afterPaint(() => resolve(this.#fill())));
  }

  #fill(): true {
    if (!this.#full) {
      this.#full = true;
      this.#draw(true);
    }
    return true;
  }

  #updateStructuredData(summary: Summary): void {
    // A snippet that carries its own JSON-LD keeps it; ours follows the summary shown.
    const want = this.structuredData && !this.querySelector(':scope > script[type="application/ld+json"]:not([data-ni])');
    if (want && this.#jsonLdFor === summary) return;
    this.#jsonLd?.remove();
    this.#jsonLd = want ? jsonLdScript(medicalWebPage(summary)) : undefined;
    this.#jsonLdFor = want ? summary : undefined;
    if (this.#jsonLd) {
      this.#jsonLd.dataset.ni = '';
      this.append(this.#jsonLd);
    }
  }

  #setAudience(audience: Audience, byReader: boolean, announce = byReader): void {
    if (audience === this.audience) return;
    this.audience = audience;
    if (byReader && !this.independent) rememberAudience(audience);
    if (announce) emit(this, 'nutrient-interaction-audience-change', { audience });
  }

  #onChange = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    if (input.type === 'radio' && input.closest('.ni-audience')) {
      this.#setAudience(input.value === 'clinician' ? 'clinician' : 'patient', true);
      // The choice no longer needs the prerendered note's room once the reader has used it.
      input.closest<HTMLElement>('.ni-audience')!.style.minBlockSize = '';
    }
  };

  #onToggle = (e: Event): void => {
    const details = e.target as HTMLDetailsElement;
    const section = details.dataset?.section as SectionId | undefined;
    if (!section || !SECTION_IDS.includes(section) || details.open === this.#open.has(section)) return;
    if (details.open) {
      this.#fill();
      this.#open.add(section);
    } else this.#open.delete(section);
    emit(this, 'nutrient-interaction-toggle', { section, open: details.open });
  };

  #onClick = (e: MouseEvent): void => {
    const link = (e.target as Element).closest?.('a.ni-cite');
    if (!link || !this.contains(link)) return;
    // Go to the reference without changing the host page's URL.
    e.preventDefault();
    this.toggleSection('references', true);
    const target = this.querySelector<HTMLElement>(`[id="${link.getAttribute('href')!.slice(1)}"]`);
    if (!target) return;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  };

  /** Opens or closes a section; `force` sets the state instead of flipping it. */
  toggleSection(id: SectionId, force?: boolean): void {
    const details = this.#card?.querySelector<HTMLDetailsElement>(`details[data-section="${id}"]`);
    if (!details) return;
    const open = force ?? !details.open;
    details.open = open;
    // The toggle event comes later; keep state and event in step now.
    this.#onToggle({ target: details } as unknown as Event);
  }
}

// The nearest lang of an element; inside another component's shadow root, found through the component's host.
function nearestLang(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return el.closest('[lang]')?.getAttribute('lang') ?? (host ? nearestLang(host) : '');
}

// Once the page has painted, or after 100 ms at most: a tab in the background paints nothing.
function afterPaint(callback: () => void): void {
  let done = false;
  const once = () => done || ((done = true), callback());
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}

// Plain string attributes, reflected both ways.
for (const [prop, attr] of [['topic', 'topic'], ['src', 'src'], ['theme', 'theme'], ['followUpHref', 'follow-up-href'], ['followUpLabel', 'follow-up-label']]) {
  Object.defineProperty(NutrientInteraction.prototype, prop, {
    get(this: HTMLElement) {
      return this.getAttribute(attr) ?? undefined;
    },
    set(this: HTMLElement, value: unknown) {
      if (value == null) this.removeAttribute(attr);
      else this.setAttribute(attr, String(value));
    },
  });
}
