import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { isLoaded, LoadError, loadSummary, releaseSummary, summaryUrl, type LoadErrorCode } from './data/load.js';
import type { Audience, Claim, EvidenceLevel, Finding, Reference, ReviewStatus, Summary, Text } from './data/schema.js';
import { citesOf } from './data/cites.js';
import { onAudienceChosen, readAudience, rememberAudience } from './audience-store.js';
import { jsonLdScript, medicalWebPage } from './structured-data.js';
import { styles } from './nutrient-interaction.styles.js';

export type SectionId = 'guidelines' | 'research' | 'disclaimer' | 'references';

const SECTIONS: { id: SectionId; label: string }[] = [
  { id: 'guidelines', label: 'Guidelines' },
  { id: 'research', label: 'Research' },
  { id: 'disclaimer', label: 'Disclaimer' },
  { id: 'references', label: 'References' },
];

const STATUS_LABEL: Record<ReviewStatus, string> = {
  submitted: 'Submitted',
  'under-review': 'Under review',
  approved: 'Approved',
};

const EVIDENCE_LABEL: Record<Audience, Record<EvidenceLevel, string>> = {
  clinician: { strong: 'Strong evidence', moderate: 'Moderate evidence', limited: 'Limited evidence', conflicting: 'Conflicting evidence' },
  patient: { strong: 'Well proven', moderate: 'Fairly good proof', limited: 'Early or small studies only', conflicting: 'Studies disagree' },
};

const RETRYABLE: LoadErrorCode[] = ['network', 'offline', 'timeout', 'http'];

/**
 * An accessible card that explains how two nutrients (or a nutrient and a drug) interact, in patient or clinician
 * wording, with collapsible Guidelines / Research / Disclaimer sections and numbered citations.
 *
 * @summary Evidence summary of a nutrient interaction, in patient or clinician wording.
 *
 * @fires nutrient-interaction-load - The summary was loaded and rendered. `detail: { slug }`.
 * @fires nutrient-interaction-error - The summary could not be shown. `detail: { code, message }`.
 * @fires nutrient-interaction-audience-change - The reader chose another audience. `detail: { audience }`.
 * @fires nutrient-interaction-toggle - A section was opened or closed. `detail: { section, open }`.
 *
 * @slot - Fallback content, shown before the script runs and if the summary cannot be loaded.
 * @slot follow-up - A call to action after the summary, e.g. a link to ask a follow-up question.
 *
 * @cssproperty --nutrient-interaction-accent - Links, focus ring and the selected audience. Default `#0b5cad`.
 * @cssproperty --nutrient-interaction-bg - Card background. Default `#fff`.
 * @cssproperty --nutrient-interaction-fg - Text colour. Default `#1f2328`.
 * @cssproperty --nutrient-interaction-muted - Secondary text (dates, labels). Default `#57606a`.
 * @cssproperty --nutrient-interaction-border - Card and section borders. Default `#d0d7de`.
 * @cssproperty --nutrient-interaction-warning-bg - Safety note background. Default `#fff8e5`.
 * @cssproperty --nutrient-interaction-warning-border - Safety note border. Default `#b35900`.
 * @cssproperty --nutrient-interaction-radius - Corner radius. Default `8px`.
 * @cssproperty --nutrient-interaction-font - Font. Default: inherited from the page.
 * @cssproperty --nutrient-interaction-spacing - Inner padding of the card. Default `1rem`.
 *
 * @csspart base - The card.
 * @csspart title - The question heading.
 * @csspart audience - The audience choice.
 * @csspart safety - The safety note.
 * @csspart section - Each collapsible section.
 * @csspart section-toggle - The button that opens or closes a section.
 * @csspart section-content - The content of an open section.
 * @csspart follow-up - The call to action after the summary.
 */
export class NutrientInteraction extends LitElement {
  static override styles = styles;

  // Declared without decorators: the decorator helpers would add bytes to every page that embeds the widget.
  static override properties = {
    topic: { reflect: true },
    src: { reflect: true },
    audience: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    independent: { type: Boolean, reflect: true },
    followUpHref: { attribute: 'follow-up-href' },
    followUpLabel: { attribute: 'follow-up-label' },
    structuredData: { attribute: 'structured-data', type: Boolean },
    loading: {},
    _summary: { state: true },
    _error: { state: true },
    _open: { state: true },
    _printing: { state: true },
  };

  /** Bundled topic to show, e.g. `k2-d3`. Resolved to `topics/<topic>.json` next to the script. */
  topic?: string;

  /** URL of a summary JSON file; overrides `topic`. */
  src?: string;

  /** Wording to show: `patient` (default) or `clinician`. Updated when the reader chooses. */
  audience: Audience = 'patient';

  /** Heading level of the question (2–5); section headings use the next level. */
  headingLevel = 2;

  /** `light`, `dark` or `auto` (follows the reader's system). Unset: follows the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /** Keep this widget's audience to itself: not remembered, not shared with other widgets. */
  independent = false;

  /** Link for the follow-up call to action (http(s) only). */
  followUpHref?: string;

  /** Text of the follow-up link. */
  followUpLabel = 'Have a follow-up question?';

  /** `lazy` (default): fetch when the widget comes within about 1.5 screens of the viewport. `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Add schema.org MedicalWebPage JSON-LD to the page (light DOM) once the summary loads. */
  structuredData = false;

  private _summary?: Summary;
  private _error?: LoadError;
  private _open = new Set<SectionId>();
  private _printing = false;

  // Counts loads; only the answer to the latest one may render (a late answer, even for the same URL, is dropped).
  #loadId = 0;
  // The pending request this widget counts as waiting for (released when it stops waiting).
  #holding?: string;
  /** @internal Set by the shared IntersectionObserver. */
  _near = false;
  /** @internal The load waiting for the widget to come near the viewport. */
  _deferred?: () => void;
  #unsubscribe?: () => void;
  #jsonLd?: HTMLScriptElement;
  readonly #printQuery = matchMedia('print');

  override connectedCallback(): void {
    // Before super: the position check is then queued ahead of the first render, so a visible widget's fetch starts
    // before it draws its placeholder.
    checkNear(this);
    super.connectedCallback();
    if (!this.independent) {
      // A reader's earlier choice beats the publisher's starting point.
      const remembered = readAudience();
      if (remembered) this.audience = remembered;
      this.#unsubscribe = onAudienceChosen((audience) => (this.audience = audience));
    }
    if (this._deferred) nearby.observe(this);
    else if (this.hasUpdated && !this._summary && !this._error) this.#load();
    this.#printQuery.addEventListener('change', this.#onPrint);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    nearby.unobserve(this);
    if (this.#holding) {
      // Removed mid-request: stop waiting (and cancel the request if no other widget wants it); reload if re-added.
      this.#release();
      this.#loadId++;
    }
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#printQuery.removeEventListener('change', this.#onPrint);
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  // Printing shows every section. beforeprint needs the DOM ready before it returns, hence the synchronous update.
  #onPrint = (e: Event): void => {
    const printing = e.type === 'beforeprint' || (e.type === 'change' && this.#printQuery.matches);
    if (printing === this._printing) return;
    this._printing = printing;
    if (this.hasUpdated) this.performUpdate();
  };

  override willUpdate(changed: PropertyValues<this>): void {
    // Fetch before the first render rather than after it, so content arrives sooner.
    if (!this.hasUpdated || changed.has('topic') || changed.has('src')) this.#load();
    else if (changed.has('structuredData')) this.#updateStructuredData();
  }

  #release(): void {
    if (this.#holding) releaseSummary(this.#holding);
    this.#holding = undefined;
  }

  #load(): void {
    const id = ++this.#loadId;
    this.#release();
    this._deferred = undefined;
    this._summary = undefined;
    this._error = undefined;
    this.#updateStructuredData();
    let url: URL;
    try {
      url = summaryUrl(this.topic || undefined, this.src || undefined);
    } catch (e) {
      this.#fail(e);
      return;
    }
    const href = url.href;
    // Far below the fold, wait until the reader scrolls near; a summary another widget already has costs nothing.
    if (!this._near && this.loading !== 'eager' && !isLoaded(url)) {
      this._deferred = () => this.#load();
      nearby.observe(this);
      return;
    }
    this.#holding = href;
    loadSummary(url).then(
      (summary) => {
        if (this.#loadId !== id) return;
        this.#holding = undefined;
        this._summary = summary;
        this.#updateStructuredData();
        emit(this, 'nutrient-interaction-load', { slug: summary.slug });
      },
      (e) => {
        if (this.#loadId !== id) return;
        this.#holding = undefined;
        this.#fail(e);
      },
    );
  }

  #updateStructuredData(): void {
    this.#jsonLd?.remove();
    this.#jsonLd = this.structuredData && this._summary ? jsonLdScript(medicalWebPage(this._summary)) : undefined;
    if (this.#jsonLd) this.append(this.#jsonLd);
  }

  #fail(e: unknown): void {
    const error = e instanceof LoadError ? e : new LoadError('invalid', 'The summary could not be shown.', String(e));
    this._error = error;
    console.warn(`<nutrient-interaction>: ${error.message}`, error.detail ?? '');
    emit(this, 'nutrient-interaction-error', { code: error.code, message: error.message });
  }

  get #audience(): Audience {
    return this.audience === 'clinician' ? 'clinician' : 'patient';
  }

  get #level(): number {
    const n = Math.round(Number(this.headingLevel));
    return n >= 2 && n <= 5 ? n : 2;
  }

  #t(text: Text): string {
    return text[this.#audience];
  }

  override render() {
    if (this._error) return this.#renderError(this._error);
    if (!this._summary) {
      // Publisher fallback content stays in place while loading; otherwise a placeholder of similar size.
      return this.#hasFallback()
        ? html`<slot></slot>`
        : html`<div part="base" class="card loading" role="status">Loading summary…</div>`;
    }
    return this.#renderSummary(this._summary);
  }

  #renderError(error: LoadError) {
    return html`<div part="base" class="card error" role="alert">
      <p class="error-title">This health summary could not be shown.</p>
      <p>${error.message}</p>
      ${RETRYABLE.includes(error.code)
        ? html`<button class="retry" type="button" @click=${() => this.#load()}>Try again</button>`
        : nothing}
      <slot></slot>
    </div>`;
  }

  #hasFallback(): boolean {
    return !!this.querySelector(':scope > :not(script, [slot])');
  }

  #renderSummary(s: Summary) {
    const level = this.#level;
    const numbers = numberReferences(s);
    const cite = (claim: { cites: string[] }) => this.#renderCites(claim.cites, numbers);
    return html`<article part="base" class="card" lang=${s.lang} dir="auto" aria-labelledby="title">
      <header>
        <div part="title" class="title" id="title" role="heading" aria-level=${level}>${this.#t(s.title)}</div>
        ${this.#renderMeta(s)}
      </header>
      ${this.#renderAudience()}
      <div part="safety" class="safety" role="note" aria-labelledby="safety-heading">
        <div class="safety-heading" id="safety-heading" role="heading" aria-level=${level + 1}>${this.#t(s.safety.heading)}</div>
        <ul>
          ${s.safety.points.map((p) => html`<li>${this.#t(p.text)}${cite(p)}</li>`)}
        </ul>
      </div>
      ${SECTIONS.map(({ id, label }) =>
        this.#renderSection(id, id === 'references' ? `${label} (${s.references.length})` : label, level + 1, () =>
          this.#renderSectionBody(id, s, numbers, level + 2),
        ),
      )}
      ${this.#renderFollowUp()}
    </article>`;
  }

  #renderFollowUp() {
    const href = safeHref(this.followUpHref);
    if (!href && !this.querySelector(':scope > [slot="follow-up"]')) return nothing;
    return html`<div part="follow-up" class="follow-up">
      <slot name="follow-up">${href ? html`<a href=${href}>${this.followUpLabel}</a>` : nothing}</slot>
    </div>`;
  }

  #renderMeta(s: Summary) {
    const { status, lastUpdated, editorialPolicyUrl } = s.review;
    const policy = safeHref(editorialPolicyUrl);
    return html`<p class="meta">
      <span class="status status-${status}">Review status: <strong>${STATUS_LABEL[status]}</strong></span>
      <span>Last updated <time datetime=${lastUpdated}>${formatDate(lastUpdated, s.lang)}</time></span>
      ${policy ? html`<a href=${policy} rel="noopener">Editorial policy</a>` : nothing}
    </p>`;
  }

  #renderAudience() {
    const choice = (value: Audience, label: string) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="audience"
          value=${value}
          .checked=${this.#audience === value}
          @change=${() => this.#choose(value)}
        />${label}</label
      >`;
    return html`<fieldset part="audience" class="audience">
      <legend>Which best describes you?</legend>
      <div class="choices">${choice('patient', 'Patient or caregiver')}${choice('clinician', 'Healthcare professional')}</div>
    </fieldset>`;
  }

  #choose(audience: Audience): void {
    if (audience === this.audience) return;
    this.audience = audience;
    if (!this.independent) rememberAudience(audience);
    emit(this, 'nutrient-interaction-audience-change', { audience });
  }

  #renderSection(id: SectionId, label: string, level: number, body: () => unknown) {
    const open = this._printing || this._open.has(id);
    return html`<section part="section" class="section">
      <div role="heading" aria-level=${level}>
        <button
          part="section-toggle"
          type="button"
          id=${`${id}-toggle`}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${id}-panel`}
          @click=${() => this.toggleSection(id)}
        >
          <span class="chevron" aria-hidden="true"></span>${label}
        </button>
      </div>
      <div part="section-content" class="panel" id=${`${id}-panel`} role="region" aria-labelledby=${`${id}-toggle`} ?hidden=${!open}>
        ${open ? body() : nothing}
      </div>
    </section>`;
  }

  /** Opens or closes a section; `force` sets the state instead of flipping it. */
  toggleSection(id: SectionId, force?: boolean): void {
    const open = force ?? !this._open.has(id);
    if (open === this._open.has(id)) return;
    const next = new Set(this._open);
    if (open) next.add(id);
    else next.delete(id);
    this._open = next;
    emit(this, 'nutrient-interaction-toggle', { section: id, open });
  }

  #renderSectionBody(id: SectionId, s: Summary, numbers: Map<string, number>, level: number) {
    const cite = (claim: { cites: string[] }) => this.#renderCites(claim.cites, numbers);
    const para = (c: Claim) => html`<p>${this.#t(c.text)}${cite(c)}</p>`;
    switch (id) {
      case 'guidelines':
        return html`${s.guidelines.summary.map(para)}
          ${s.guidelines.keyPoints.length
            ? html`<div class="subheading" role="heading" aria-level=${level}>Key points</div>
                <ul>
                  ${s.guidelines.keyPoints.map((c) => html`<li>${this.#t(c.text)}${cite(c)}</li>`)}
                </ul>`
            : nothing}
          ${s.guidelines.doses.length
            ? html`<div class="subheading" role="heading" aria-level=${level}>
                  ${this.#audience === 'patient' ? 'How much' : 'Typical intakes'}
                </div>
                <dl class="doses">
                  ${s.guidelines.doses.map(
                    (d) => html`<div><dt>${this.#t(d.label)}</dt><dd>${this.#t(d.value)}${cite(d)}</dd></div>`,
                  )}
                </dl>`
            : nothing}`;
      case 'research':
        return s.research.map(
          (theme) => html`<div class="subheading" role="heading" aria-level=${level}>${this.#t(theme.heading)}</div>
            <ul class="findings">
              ${theme.findings.map((f) => this.#renderFinding(f, numbers))}
            </ul>`,
        );
      case 'disclaimer':
        return html`<p>${this.#t(s.disclaimer)}</p>`;
      case 'references':
        return html`<ol class="references">
          ${[...s.references]
            .sort((a, b) => (numbers.get(a.id) ?? 1e9) - (numbers.get(b.id) ?? 1e9))
            .map((r) => this.#renderReference(r, numbers.get(r.id)))}
        </ol>`;
    }
  }

  #renderFinding(f: Finding, numbers: Map<string, number>) {
    return html`<li>
      <span class="evidence evidence-${f.evidence}">${EVIDENCE_LABEL[this.#audience][f.evidence]}</span>
      ${this.#t(f.text)}${this.#renderCites(f.cites, numbers)}
    </li>`;
  }

  #renderCites(ids: string[], numbers: Map<string, number>) {
    const ns = [...new Set(ids.map((id) => numbers.get(id)!))].sort((a, b) => a - b);
    if (!ns.length) return nothing;
    return html`<sup class="cites"
      >${ns.map(
        (n, i) =>
          html`${i ? ', ' : ''}<a href=${`#ref-${n}`} aria-label=${`Reference ${n}`} @click=${(e: Event) => this.#goToReference(e, n)}
              >${n}</a
            >`,
      )}</sup
    >`;
  }

  async #goToReference(e: Event, n: number): Promise<void> {
    // Fragment links cannot reach into shadow DOM (and must not change the host page's URL): move focus ourselves.
    e.preventDefault();
    this.toggleSection('references', true);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#ref-${n}`);
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  #renderReference(r: Reference, n: number | undefined) {
    const links: [string, string | undefined][] = [
      ['PubMed', r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : undefined],
      ['DOI', r.doi ? `https://doi.org/${r.doi}` : undefined],
      ['Source', safeHref(r.url)],
    ];
    return html`<li id=${n ? `ref-${n}` : nothing} value=${n ?? nothing} tabindex="-1">
      ${r.citation}
      ${links.map(([label, href]) =>
        href ? html` <a class="ref-link" href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="sr-only"> (opens in a new tab)</span></a>` : nothing,
      )}
    </li>`;
  }
}

function markNear(el: NutrientInteraction): void {
  nearby.unobserve(el);
  el._near = true;
  el._deferred?.();
  el._deferred = undefined;
}

// One observer for every widget: reports those within ~1.5 screens of the viewport.
const nearby = new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && markNear(e.target as NutrientInteraction)), {
  rootMargin: '150% 0px',
});

// Widgets connected together are measured together: one layout read in a microtask, not one per widget.
const toCheck = new Set<NutrientInteraction>();
function checkNear(el: NutrientInteraction): void {
  if (!toCheck.size) {
    queueMicrotask(() => {
      const reach = innerHeight * 2.5;
      // Not drawn yet, each widget is 0 px tall; every one above will grow by at least its 36rem placeholder.
      let growth = 0;
      for (const w of toCheck) {
        const { top, bottom } = w.getBoundingClientRect();
        if (w.checkVisibility() && top + growth < reach && bottom > -reach) markNear(w);
        growth += 576;
      }
      toCheck.clear();
    });
  }
  toCheck.add(el);
}

// Outside the class so the manifest analyzer lists only the documented @fires events.
function emit(el: HTMLElement, type: string, detail: unknown): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Numbers references in the order a reader first meets their citations; uncited ones go last. */
function numberReferences(s: Summary): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { cites } of citesOf(s)) for (const id of cites) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  for (const r of s.references) if (!numbers.has(r.id)) numbers.set(r.id, numbers.size + 1);
  return numbers;
}

/** Only http(s) URLs ever become links. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function formatDate(isoDate: string, lang: string): string {
  // A date-only value: format it in UTC so no reader sees the day before.
  const date = new Date(`${isoDate}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
