import type { TemplateResult } from 'lit';
import type { Audience } from '../data/schema.js';
import type { Labels } from '../i18n/labels.js';
import type { CatalogTopic, FinderKit } from './kit.js';
import type { Name } from './match.js';
import type { FinderStrings } from './strings.js';

/** Everything one drawing of the finder needs. */
export interface FinderView {
  id: string;
  lang: string;
  audience: Audience;
  /** The finder's own `channel` and `updates`, given to its cards (where corrections come from, or none). */
  cardAttributes: { channel?: string | undefined; updates?: string | undefined };
  s: FinderStrings;
  labels?: Labels | undefined;
  error?: string | undefined;
  query: string;
  suggestions: Name[];
  open: boolean;
  active: number;
  /** What the reader added, each with the topics that list it (none: not in the catalog). */
  chosen: { name: string; topics: CatalogTopic[] }[];
  on: {
    input: (e: Event) => void;
    key: (e: KeyboardEvent) => void;
    pick: (name: string) => void;
    remove: (index: number) => void;
    close: () => void;
  };
}

/**
 * The finder, drawn with the script's own Lit (FinderKit): a combobox with its listbox (the WAI-ARIA 1.2 pattern), the
 * reader's list, a status line, and the cards of every topic that lists one of the names, each once.
 */
export function finderTemplate({ html, nothing }: Pick<FinderKit, 'html' | 'nothing'>, v: FinderView): TemplateResult {
  if (v.error) return html`<p class="nif-error" role="alert">${v.error}</p>`;
  const id = (part: string) => `${v.id}-${part}`;
  const topics = [...new Map(v.chosen.flatMap((c) => c.topics).map((t) => [t.slug, t])).values()];
  // The live region always says where the list stands: nothing chosen yet, how many summaries match, or none (only
  // names the catalog does not know), so a screen reader hears the result of every change.
  const status = topics.length === 1 ? v.s.one : topics.length ? v.s.many.replace('{n}', String(topics.length)) : v.chosen.length ? v.s.none : v.s.empty;
  const rated = (t: CatalogTopic) => {
    const a = t.rating?.actionLevel;
    if (!a || !v.labels) return nothing;
    return html`<p class="nif-rated nif-rated-${a}">${a === 'none' ? v.labels.actions.none : html`${v.s.rated} <strong>${v.labels.actions[a]}</strong>`}</p>`;
  };
  const expanded = v.open && v.suggestions.length > 0;
  return html`<div class="nif-combo">
<label for=${id('input')}>${v.s.label}</label>
<p class="nif-hint" id=${id('hint')}>${v.s.hint}</p>
<input class="nif-input" id=${id('input')} type="text" role="combobox" autocomplete="off" spellcheck="false"
  aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${id('list')} aria-describedby=${id('hint')}
  aria-activedescendant=${expanded && v.active >= 0 ? id(`option-${v.active}`) : nothing}
  .value=${v.query} @input=${v.on.input} @keydown=${v.on.key} @blur=${v.on.close} />
<ul class="nif-list" id=${id('list')} role="listbox" aria-label=${v.s.suggestions} ?hidden=${!expanded}>${expanded
    ? v.suggestions.map(
        (n, i) => html`<li role="option" id=${id(`option-${i}`)} aria-selected=${i === v.active ? 'true' : 'false'}
  @mousedown=${(e: Event) => e.preventDefault()} @click=${() => v.on.pick(n.name)}>${n.name}</li>`,
      )
    : nothing}</ul>
</div>
${v.chosen.length
    ? html`<ul class="nif-chosen" aria-label=${v.s.chosen}>${v.chosen.map(
        (c, i) => html`<li><span>${c.name}${c.topics.length ? nothing : html`: <em>${v.s.notInCatalog}</em>`}</span>
<button type="button" class="nif-remove" aria-label=${`${v.s.remove} ${c.name}`} @click=${() => v.on.remove(i)}>×</button></li>`,
      )}</ul>`
    : nothing}
<p class="nif-status" role="status">${status}</p>
${topics.length
    ? html`<ul class="nif-results">${topics.map(
        (t) => html`<li>${rated(t)}<nutrient-interaction topic=${t.slug} audience=${v.audience} lang=${v.lang}
  channel=${v.cardAttributes.channel ?? nothing} updates=${v.cardAttributes.updates ?? nothing}></nutrient-interaction></li>`,
      )}</ul>`
    : nothing}`;
}
