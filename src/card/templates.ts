/**
 * The card as plain template functions: the element renders them into the page, and the build renders the very same
 * functions to HTML for the prerendered snippets (scripts/prerender.ts). Markup here must stay within what WordPress
 * keeps in a post for authors without unfiltered_html: headings, p, ul/ol/li, dl, details/summary, a, sup, strong,
 * span, div, time, and class/id/lang/dir/role/aria-* attributes; no style attributes, no event-handler attributes.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
// Event handling is delegated by the element, so these templates render the same on a server as in the page.
import type { Audience, Change, Claim, Finding, Rating, Reference, Summary, Text } from '../data/schema.js';
import { citesOf } from '../data/cites.js';
import { safeHref } from '../data/safe-href.js';
import { LABELS, type Labels } from '../i18n/labels.js';
import { HEADING_LEVELS } from '../vocabulary.js';

export const SECTION_IDS = ['guidelines', 'research', 'disclaimer', 'references'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface CardOptions {
  audience: Audience;
  /** Level of the question heading (2–5); the card's other headings use the next level. */
  headingLevel: number;
  /** Sections shown open. */
  open?: ReadonlySet<SectionId>;
  /** Prerendered cards say which wording they hold (in about the room the choice takes once the script runs). */
  audienceNote?: string;
  followUpHref?: string;
  followUpLabel?: string;
  /** Host name of a source the publisher did not bundle: its review claims are not shown as fact. */
  source?: string;
  /** Interface strings in the summary's language; English when unset. */
  labels?: Labels;
  /** Leave closed sections empty: the element fills them in once the card has painted. */
  closedEmpty?: boolean;
  /** A line under the title in the reader's language, e.g. that this card stands in for a translation not yet written. */
  notice?: { text: string; lang: string };
  /** The change that made the version shown, when it replaced an older one on the page: a line under the title. */
  update?: Change;
}

// The strings of the card being drawn: rendering is synchronous, so one card's labels never leak into another's.
let L: Labels = LABELS;

/** Ids are prefixed with the topic so two cards on one page, and the host page's own ids, never collide. */
export const idFor = (slug: string, part: string) => `ni-${slug}-${part}`;

export function card(s: Summary, o: CardOptions): TemplateResult {
  const level = clampLevel(o.headingLevel);
  const t = (text: Text) => text[o.audience];
  const numbers = numberReferences(s);
  const cite = (claim: { cites: string[] }) => cites(s.slug, claim.cites, numbers);
  const id = (part: string) => idFor(s.slug, part);
  L = o.labels ?? LABELS;
  return html`<article class="ni-card" slot="card" lang=${s.lang} dir="auto" aria-labelledby=${id('title')} data-audience=${o.audience} data-version=${s.version ?? nothing}>
${heading(level, html`${t(s.title)}`, id('title'), 'ni-title')}
${meta(s, o.source)}
${o.notice ? html`<p class="ni-notice" lang=${o.notice.lang}>${o.notice.text}</p>` : nothing}
${o.update ? dated('ni-update', o.update.safety ? L.safetyCorrection : L.updated, o.update.date, o.update.summary) : nothing}
${s.withdrawn ? dated('ni-withdrawn', L.withdrawn, s.withdrawn.date, s.withdrawn.reason) : body(s, o, level, t, cite, id, numbers)}
${followUp(o.followUpHref, o.followUpLabel)}
</article>`;
}

/** A line that says what happened to this summary and when: an update, or its withdrawal (which replaces the card). */
function dated(cls: string, what: string, date: string, text: string) {
  return html`<p class=${cls} role="note"><strong>${what}</strong> <time datetime=${date}>${formatDate(date, L)}</time>: ${text}</p>`;
}

/** Everything under the title and meta line: the bottom line, the audience choice, the safety note, the sections. */
function body(s: Summary, o: CardOptions, level: number, t: (text: Text) => string, cite: (claim: { cites: string[] }) => unknown, id: (part: string) => string, numbers: Map<string, number>) {
  return html`${s.bottomLine ? html`<div class="ni-bottom-line" role="note" aria-labelledby=${id('bottom-line')}>
<p><strong id=${id('bottom-line')}>${L.bottomLine[o.audience]}:</strong> ${t(s.bottomLine.text)}${cite(s.bottomLine)}</p>
${s.rating ? rating(s.rating, o.audience, t, cite) : nothing}
</div>` : nothing}
${o.audienceNote ? html`<p class="ni-audience">${o.audienceNote}</p>` : audienceChoice(s.slug, o)}
<div class="ni-safety" role="note" aria-labelledby=${id('safety')}>
${heading(level + 1, html`${t(s.safety.heading)}`, id('safety'), 'ni-safety-heading')}
<ul>${s.safety.points.map((p) => html`<li>${t(p.text)}${cite(p)}</li>`)}</ul>
</div>
${SECTION_IDS.map((section) => html`<details class="ni-section" id=${id(section)} data-section=${section} ?open=${!!o.open?.has(section)}>
<summary>${L.sections[section]}${section === 'references' ? ` (${s.references.length})` : ''}</summary>
<div class="ni-section-body">${o.closedEmpty && !o.open?.has(section) ? nothing : sectionBody(section, s, o, level + 1, numbers)}</div>
</details>`)}`;
}

/**
 * Patients read the action in the topic's plain words; clinicians the two axes (action level and evidence grade), then
 * the severity (docs/rating.md). A summary without the axes (an older file, or a publisher's own) shows its
 * severity alone. A major severity is marked for both.
 */
function rating(r: Rating, audience: Audience, t: (text: Text) => string, cite: (claim: { cites: string[] }) => unknown) {
  const a = r.actionLevel;
  const pair = (label: string, value: string) => html`${label} <strong>${value}</strong>`;
  const severity = pair(a ? ` · ${L.severity}` : L.rating, L.ratings[r.level]);
  const labels = a ? [pair(L.action, L.actions[a]), r.evidence ? pair(` · ${L.evidenceGrade}`, L.grades[r.evidence]) : nothing, severity] : severity;
  return html`<p class="ni-rating ni-rating-${a ?? r.level} ni-severity-${r.level}">${a && audience === 'patient' ? pair(L.inShort, t(r.action)) : html`${labels} — ${t(r.action)}`}${cite(r)}</p>`;
}

function meta(s: Summary, source?: string) {
  const { status, lastUpdated, editorialPolicyUrl } = s.review;
  const policy = source ? undefined : safeHref(editorialPolicyUrl);
  // Middle dots keep the facts apart in any styling, or none.
  return html`<p class="ni-meta">
${source
    ? html`<span class="ni-status ni-status-unknown">${L.reviewStatus} <strong>${L.unknownStatus}</strong></span> ·
<span>${L.source} <strong>${source}</strong></span>`
    : html`<span class="ni-status ni-status-${status}">${L.reviewStatus} <strong>${L.status[status]}</strong></span>`} ·
${s.version ? html`<span class="ni-version">${L.version} ${s.version}</span> ·` : nothing}
<span>${L.lastUpdated} <time datetime=${lastUpdated}>${formatDate(lastUpdated, L)}</time></span>
${policy ? html`· <a href=${policy} rel="noopener">${L.editorialPolicy}</a>` : nothing}
</p>`;
}

function audienceChoice(slug: string, o: CardOptions) {
  const choice = (value: Audience) =>
    html`<label><input type="radio" name=${idFor(slug, 'audience')} value=${value} .checked=${o.audience === value} /> ${L.audiences[value]}</label>`;
  return html`<p class="ni-audience" role="radiogroup" aria-labelledby=${idFor(slug, 'audience-label')}>
<span id=${idFor(slug, 'audience-label')}>${L.audienceLegend}:</span> ${choice('patient')} ${choice('clinician')}
</p>`;
}

function sectionBody(section: SectionId, s: Summary, o: CardOptions, level: number, numbers: Map<string, number>) {
  const t = (text: Text) => text[o.audience];
  const cite = (claim: { cites: string[] }) => cites(s.slug, claim.cites, numbers);
  const para = (c: Claim) => html`<p>${t(c.text)}${cite(c)}</p>`;
  switch (section) {
    case 'guidelines':
      return html`${s.guidelines.summary.map(para)}
${s.guidelines.keyPoints.length ? html`${heading(level, html`${L.keyPoints}`)}
<ul>${s.guidelines.keyPoints.map((c) => html`<li>${t(c.text)}${cite(c)}</li>`)}</ul>` : nothing}
${s.guidelines.doses.length ? html`${heading(level, html`${L.doses[o.audience]}`)}
<dl class="ni-doses">${s.guidelines.doses.map((d) => html`<dt>${t(d.label)}</dt><dd>${t(d.value)}${cite(d)}</dd>`)}</dl>` : nothing}`;
    case 'research':
      return s.research.map(
        (theme) => html`${heading(level, html`${t(theme.heading)}`)}
<ul class="ni-findings">${theme.findings.map((f) => finding(f, o.audience, cite))}</ul>`,
      );
    case 'disclaimer':
      return html`<p>${t(s.disclaimer)}</p>
${heading(level, html`${L.about.heading}`)}
<p>${L.about.text} ${o.source ? L.about.external : L.about.status[s.review.status]}</p>`;
    case 'references':
      return html`<ol class="ni-references">${[...s.references]
        .sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!)
        .map((r) => reference(s.slug, r, numbers.get(r.id)!))}</ol>`;
  }
}

// Each level reads differently at a glance: filled dots for strength, a split dot for disagreement.
const EVIDENCE_MARK = { strong: '●●●', moderate: '●●○', limited: '●○○', conflicting: '◐' };

function finding(f: Finding, audience: Audience, cite: (c: { cites: string[] }) => unknown) {
  return html`<li><span class="ni-evidence ni-evidence-${f.evidence}"><span aria-hidden="true">${EVIDENCE_MARK[f.evidence]}</span> ${L.evidence[audience][f.evidence]}:</span> ${f.text[audience]}${cite(f)}</li>`;
}

function cites(slug: string, ids: string[], numbers: Map<string, number>) {
  const ns = [...new Set(ids.map((id) => numbers.get(id)!))].sort((a, b) => a - b);
  if (!ns.length) return nothing;
  // No-break spaces keep a citation list on one line.
  return html`<sup class="ni-cites">${ns.map(
    (n, i) => html`${i ? ',\u00a0' : ''}<a class="ni-cite" href=${`#${idFor(slug, `ref-${n}`)}`} aria-label=${`${L.reference} ${n}`}>${n}</a>`,
  )}</sup>`;
}

function reference(slug: string, r: Reference, n: number) {
  const links: [string, string | undefined][] = [
    ['PubMed', r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : undefined],
    ['DOI', r.doi ? `https://doi.org/${r.doi}` : undefined],
    [L.sourceLink, safeHref(r.url)],
  ];
  return html`<li id=${idFor(slug, `ref-${n}`)} value=${n} tabindex="-1">${r.citation}${links.map(([label, href]) =>
    href ? html` <a class="ni-ref-link" href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="ni-sr-only"> ${L.opensInNewTab}</span></a>` : nothing,
  )}</li>`;
}

function followUp(href: string | undefined, label: string | undefined) {
  const safe = safeHref(href);
  return safe ? html`<p class="ni-follow-up"><a href=${safe}>${label || L.followUp}</a></p>` : nothing;
}

/** A real heading element: levels beyond 6 stay 6. Static tags keep the template free of static-html's bytes. */
export function heading(level: number, content: TemplateResult, id?: string, cls?: string) {
  const i = id ?? nothing;
  const c = cls ?? nothing;
  switch (Math.min(level, 6)) {
    case 2:
      return html`<h2 id=${i} class=${c}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${c}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${c}>${content}</h6>`;
  }
}

/** A heading level within HEADING_LEVELS: a number beyond them takes the nearest; anything else, the first. */
export function clampLevel(value: unknown): number {
  const n = Math.round(Number(value));
  const [min, max] = [HEADING_LEVELS[0], HEADING_LEVELS.at(-1)!];
  return n > max ? max : n >= min ? n : min;
}

/** Numbers references in the order a reader first meets their citations; uncited ones go last. */
export function numberReferences(s: Summary): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { cites: ids } of citesOf(s)) for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  for (const r of s.references) if (!numbers.has(r.id)) numbers.set(r.id, numbers.size + 1);
  return numbers;
}

/**
 * A YYYY-MM-DD date as the labels' language writes it in full ("November 29, 2026"), the same for every reader.
 * English unless told: never the language of whichever card was drawn last.
 */
export function formatDate(isoDate: string, labels: Labels = LABELS): string {
  const [year, month, day] = isoDate.split('-');
  const name = labels.months.split(' ')[+month! - 1];
  // The month goes in last: its name may hold a D or a Y.
  return name ? labels.date.replace('D', String(+day!)).replace('Y', year!).replace('M', name) : isoDate;
}
