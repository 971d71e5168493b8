import { render } from 'lit/html.js';
import type { Audience, Summary } from './data/schema.js';
import { channelFor } from './element/updates.js';
import type { SectionId } from './card/templates.js';
import { SummaryController } from './load/summary-controller.js';
import type { LoadError } from './load/load-error.js';
import { announce, emit } from './events.js';
import { loadAddon } from './load/addons.js';
import { ownPolicy } from './trusted-types.js';
import { adoptCardStyles, hostStyles } from './nutrient-interaction.styles.js';
import { OBSERVED, reflect } from './element/attributes.js';
import { drawFailed, hasFallback, statusView } from './element/status-view.js';
import { CardView } from './element/card-view.js';
import { AudienceSync } from './element/audience-sync.js';
import { followCitation } from './element/citations.js';
import { afterPaint } from './element/paint.js';
import { nearestLang } from './element/page-lang.js';
import { TAG_NAME } from './element/tag-name.js';
import { languageOf, type Lang } from './vocabulary.js';

export type { SectionId };

/** Where loading the summary stands, as in `@lit/task`. */
export type Status = 'initial' | 'pending' | 'complete' | 'error';

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
 * @fires nutrient-interaction-update - A newer version from the signed channel replaced the card (or withdrew it). `detail: { slug, version, safety, withdrawn }`.
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
  static observedAttributes = OBSERVED;

  /**
   * Registers the element under `tag` in `registry` (a scoped registry, say), unless that name is taken there: a page
   * may load the script twice, and the first definition wins. A registry takes one class under one name only, so a
   * second tag needs a subclass (`class MyCard extends NutrientInteraction {}`).
   */
  static define(tag = TAG_NAME, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  // Every property below reads its attribute and writes it back (element/attributes.ts).
  /** Bundled topic to show, e.g. `k2-d3`. */
  declare topic?: string;
  /** URL of a summary JSON file; overrides `topic`. Its review status is shown as unknown. */
  declare src?: string;
  /** Wording to show: `patient` (default) or `clinician`. The reader's remembered choice wins. */
  declare audience: Audience;
  /** `en` or `es`: the language of the card. Unset: the nearest `lang` of the page (`es`, `es-MX`… choose Spanish), else English. */
  declare lang: string;
  /** Heading level of the question (2–5, default 2); the card's other headings use the next level. */
  declare headingLevel: number;
  /** `light`, `dark` or `auto` (follows the reader's system). Unset: follows the page's `color-scheme`. */
  declare theme?: 'light' | 'dark' | 'auto';
  /** Keep this widget's audience to itself: not remembered, not shared with other widgets. */
  declare independent: boolean;
  /** Link for the follow-up call to action (http(s) only). */
  declare followUpHref?: string;
  /** Text of the follow-up link. Default: "Have a follow-up question?". */
  declare followUpLabel?: string;
  /** `lazy` (default): fetch when the widget comes within about 1.5 screens of the viewport. `eager`: at once. */
  declare loading: 'lazy' | 'eager';
  /** Add schema.org MedicalWebPage JSON-LD to the page once the summary loads (skipped if the snippet carries it). */
  declare structuredData: boolean;
  /** Where the signed update channel is (else the page's, `setChannel()`, else the CDN path of the package's major version). */
  declare channel?: string;
  /** `off`: never ask the channel for a newer version (for pages that may make no request beyond the pinned files). */
  declare updates: 'on' | 'off';

  readonly #load = new SummaryController(this, (state, settled) => {
    this.#requestUpdate();
    if (settled && state.status === 'error') console.warn(`<nutrient-interaction>: ${state.error.message}`, state.error.detail ?? '');
    // Each event follows what it announces: the card, or the error message, is on the page when it fires.
    if (settled) this.updateComplete.then(() => this.isConnected && (announce(this, state), state.status === 'complete' && this.#checkForUpdate(state.summary)));
  });
  readonly #view = new CardView(this, () => this.#draw(true));
  readonly #audience = new AudienceSync(this);
  /** Why the card could not be drawn (a Trusted Types refusal, or a bug), once it failed to. */
  #drawError?: LoadError;
  #waitForPaint = false;
  #update?: Promise<boolean>;
  #wantsRequest = true;
  /** The topic or src the card in the page was drawn (or prerendered) for. */
  #cardSource?: string;
  /** A newer version of the summary shown, from the signed channel. */
  #newer?: Summary;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [hostStyles()];
    // Listeners on the element itself: they go when it goes, so nothing to remove on disconnect.
    this.addEventListener('toggle', (e) => this.#toggled(e.target as HTMLDetailsElement), true);
    this.addEventListener('click', (e) => followCitation(e, this.#view.card, () => this.toggleSection('references', true)));
    this.addEventListener('change', (e) => this.#audience.chosen(e));
  }

  /** The card's language: that of this element's or the nearest ancestor's `lang` (through shadow roots) when it is one of LANGUAGES (`es-MX` → `es`), else `en`. */
  get language(): Lang {
    return languageOf(nearestLang(this));
  }

  /**
   * Where loading the summary stands: `initial` (not asked for yet, or waiting to come near the viewport), `pending`,
   * `complete` or `error` (see `error`). A prerendered card is on the page whatever the status.
   */
  get status(): Status {
    const { status } = this.#load.state;
    return this.#drawError ? 'error' : status === 'idle' || status === 'deferred' ? 'initial' : status;
  }

  /** Why the summary could not be shown, while `status` is `error`: `code` for scripts, `message` for people. */
  get error(): LoadError | undefined {
    const { state } = this.#load;
    return this.#drawError ?? (state.status === 'error' ? state.error : undefined);
  }

  /** Resolves once pending changes are drawn (the first card's closed sections included, which follow its first paint). */
  get updateComplete(): Promise<boolean> {
    return (this.#update ?? Promise.resolve(true)).then(() => this.#view.filled ?? true);
  }

  /** Loads the summary again (what the "Try again" button does after a network failure). */
  reload(): void {
    this.#drawError = undefined;
    this.#load.retry();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    if (name === 'topic' || name === 'src' || name === 'loading' || name === 'lang') this.#wantsRequest = true;
    if (name === 'independent' && this.isConnected) this.#audience.follow(!this.independent);
    this.#requestUpdate();
  }

  connectedCallback(): void {
    adoptCardStyles(this);
    if (this.#view.adopt(this.audience, this.language)) this.#waitForPaint = true;
    if (this.#view.card) this.#cardSource ??= this.#source;
    this.#audience.follow(!this.independent);
    this.#load.connected();
    this.#requestUpdate();
  }

  disconnectedCallback(): void {
    this.#load.disconnected();
    this.#audience.follow(false);
  }

  /** Opens or closes a section; `force` sets the state instead of flipping it. */
  toggleSection(id: SectionId, force?: boolean): void {
    const details = this.#view.card?.querySelector<HTMLDetailsElement>(`details[data-section="${id}"]`);
    if (!details) return;
    details.open = force ?? !details.open;
    // The toggle event comes later; keep state and event in step now.
    this.#toggled(details);
  }

  /** What the element is asked to show. */
  get #source(): string | undefined {
    return this.src || this.topic;
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
      this.#newer = undefined;
      const request = () => this.#load.request({ topic: this.topic, src: this.src, lang: this.language, lazy: this.loading !== 'eager' });
      // After the next frame: the prerendered card paints first, undisturbed by the request.
      if (this.#waitForPaint) afterPaint(request);
      else request();
      this.#waitForPaint = false;
    }
    if (this.#drawError) return;
    // Lit renders through innerHTML; under a Trusted Types policy that does not allow ours, say so instead of throwing.
    try {
      render(this.#statusView(), this.shadowRoot!, { host: this });
      this.#renderCard(fill);
    } catch (e) {
      this.#drawError = drawFailed(this, e, this.#load.labels, this.language, !this.#view.card);
    }
  }

  #statusView() {
    const { state } = this.#load;
    // A card of another topic (the topic or src changed, and the new one failed) is not this one's other wording: hide
    // it and say that the asked-for summary could not be shown.
    const shown = !!this.#view.card;
    const stale = state.status === 'error' && shown && this.#cardSource !== this.#source;
    const hasCard = state.status === 'complete' || (shown && !stale);
    return statusView({
      labels: this.#load.labels,
      lang: this.language,
      error: state.status === 'error' ? state.error : undefined,
      hasCard,
      stale,
      fallback: !hasCard && hasFallback(this),
      retry: () => this.reload(),
      slotChange: () => this.#requestUpdate(),
    });
  }

  #renderCard(fill: boolean): void {
    const { state } = this.#load;
    const loaded = state.status === 'complete' ? state.summary : undefined;
    const summary = loaded && this.#newer?.slug === loaded.slug && this.#newer.lang === loaded.lang ? this.#newer : loaded;
    if (summary) this.#cardSource = this.#source;
    const labels = this.#load.labels;
    // An English card standing in for a translation keeps English labels, under a note in the reader's language.
    const untranslated = state.status === 'complete' && state.untranslated;
    const shown = this.#view.draw(summary, fill, {
      audience: this.audience,
      headingLevel: this.headingLevel,
      followUpHref: this.followUpHref,
      followUpLabel: this.followUpLabel,
      source: this.src ? new URL(this.src, document.baseURI).host : undefined,
      labels: untranslated ? undefined : labels,
      notice: untranslated && labels?.untranslated ? { text: labels.untranslated, lang: this.language } : undefined,
      // Said only when the reader's page held an older text (not over a prerendered card of this very version).
      update: summary && summary === this.#newer && summary.version! > this.#view.preVersion ? summary.changes?.at(-1) : undefined,
    });
    // JSON-LD comes with an add-on that only pages asking for it load (and one that put it there, to take it away).
    if (shown && (this.structuredData || this.querySelector(':scope > script[data-ni]'))) {
      const summary = this.structuredData ? shown : undefined;
      loadAddon('structured-data').then((a) => a.syncStructuredData(this, summary, ownPolicy()), () => {});
    }
  }

  // After the card has painted and loaded: a newer version of a bundled topic, if the signed channel has one, replaces
  // it in place (open sections and wording kept), with a line that says what changed.
  #checkForUpdate(shown: Summary): void {
    if (this.src || this.updates === 'off' || !shown.version) return;
    const base = channelFor(this.channel);
    loadAddon('channel')
      .then((c) => c.newerVersion({ base, lang: shown.lang, slug: shown.slug, version: shown.version! }))
      .then((newer) => {
        const { state } = this.#load;
        if (!newer || state.status !== 'complete' || state.summary !== shown) return;
        this.#newer = newer;
        this.#requestUpdate();
        const safety = !!newer.changes?.at(-1)?.safety;
        this.updateComplete.then(() => emit(this, 'nutrient-interaction-update', { slug: newer.slug, version: newer.version!, safety, withdrawn: !!newer.withdrawn }));
      }, () => {});
  }

  #toggled(details: HTMLDetailsElement): void {
    const section = this.#view.toggled(details);
    if (section) emit(this, 'nutrient-interaction-toggle', { section, open: details.open });
  }
}

reflect(NutrientInteraction.prototype);
