import type { Audience } from '../data/schema.js';
import type { Labels } from '../i18n/labels.js';
import { languageOf } from '../vocabulary.js';
import { FINDER_TAG, type CatalogTopic, type FinderKit } from './kit.js';
import { namesOf, normalize, suggest, type Name } from './match.js';
import { finderStrings } from './strings.js';
import { finderTemplate } from './templates.js';
import { adoptFinderStyles } from './nutrient-interaction-finder.styles.js';

let instances = 0;

/**
 * `<nutrient-interaction-finder>`: the reader lists the supplements and medicines they take and gets the card of every
 * topic that names one, or, for a name the catalog does not know, a plain "not in our catalog". Its children (the
 * prerendered A–Z list of topics, for readers without JavaScript) stay until the catalog has loaded, and come back if
 * it cannot. Attributes: `lang` (else the page's), `audience` (`patient` or `clinician`, for the cards), and `channel` and
 * `updates`, which its cards take as theirs.
 */
export function finderClass(kit: FinderKit): CustomElementConstructor {
  return class NutrientInteractionFinder extends HTMLElement {
    static observedAttributes = ['lang', 'audience'];
    #id = `nif-${++instances}`;
    #root = document.createElement('div');
    #topics: CatalogTopic[] | undefined;
    #names = new Map<string, Name>();
    #labels: Labels | undefined;
    #error: string | undefined;
    #query = '';
    #open = false;
    #active = -1;
    #chosen: string[] = [];
    #abort: AbortController | undefined;

    connectedCallback(): void {
      adoptFinderStyles();
      this.#root.className = 'nif';
      if (this.#root.parentNode !== this) this.append(this.#root);
      void this.#load();
    }

    disconnectedCallback(): void {
      this.#abort?.abort();
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      // Before the first connection the attributes are only being read in; the wording only redraws the cards.
      if (!this.#abort || old === value) return;
      if (name === 'lang') void this.#load();
      else this.#draw();
    }

    /** The card language: the element's own `lang`, else the nearest one of the page's. */
    get #lang(): string {
      return languageOf((this.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || 'en');
    }

    async #load(): Promise<void> {
      this.#abort?.abort();
      const abort = (this.#abort = new AbortController());
      const lang = this.#lang;
      try {
        const [catalog, labels] = await Promise.all([kit.loadCatalog(abort.signal), kit.loadLabels(lang)]);
        if (abort.signal.aborted) return;
        this.#topics = catalog.topics;
        this.#names = namesOf(catalog.topics, lang);
        this.#labels = labels;
        this.#error = undefined;
      } catch (e) {
        if (abort.signal.aborted) return;
        console.warn(`<${FINDER_TAG}>:`, e);
        this.#error = finderStrings(languageOf(lang)).failed;
      }
      // The prerendered list stands in until the finder can work, and again if it cannot.
      for (const child of this.children) if (child !== this.#root) (child as HTMLElement).hidden = !this.#error;
      this.#draw();
    }

    #suggestions(): Name[] {
      const chosen = new Set(this.#chosen.map(normalize));
      return suggest(this.#names, this.#query, this.#lang).filter((n) => !chosen.has(normalize(n.name)));
    }

    #pick = (typed: string): void => {
      const name = typed.trim();
      if (name && !this.#chosen.some((c) => normalize(c) === normalize(name))) this.#chosen.push(this.#names.get(normalize(name))?.name ?? name);
      this.#query = '';
      this.#open = false;
      this.#active = -1;
      this.#draw();
    };

    #remove = (index: number): void => {
      this.#chosen.splice(index, 1);
      this.#draw();
      this.querySelector<HTMLInputElement>('.nif-input')?.focus();
    };

    #input = (e: Event): void => {
      this.#query = (e.target as HTMLInputElement).value;
      this.#open = true;
      this.#active = -1;
      this.#draw();
    };

    #key = (e: KeyboardEvent): void => {
      const suggestions = this.#suggestions();
      const count = suggestions.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!count) return;
        this.#open = true;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        this.#active = this.#active < 0 && step < 0 ? count - 1 : (this.#active + step + count) % count;
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const active = this.#open ? suggestions[this.#active] : undefined;
        // Part of a name ("warf") is not a name the catalog lacks: show what it matches, first one active, to choose
        // from. Only a name that matches nothing is added as "not in our catalog".
        if (active || !count || this.#names.has(normalize(this.#query))) return this.#pick(active?.name ?? this.#query);
        this.#open = true;
        this.#active = 0;
      } else if (e.key === 'Escape') {
        if (this.#open && count) this.#open = false;
        else this.#query = '';
        this.#active = -1;
      } else return;
      this.#draw();
    };

    #close = (): void => {
      if (!this.#open) return;
      this.#open = false;
      this.#active = -1;
      this.#draw();
    };

    #draw(): void {
      const lang = languageOf(this.#lang);
      const audience: Audience = this.getAttribute('audience') === 'clinician' ? 'clinician' : 'patient';
      const bySlug = new Map((this.#topics ?? []).map((t) => [t.slug, t]));
      const chosen = this.#chosen.map((name) => ({
        name,
        topics: (this.#names.get(normalize(name))?.slugs ?? []).flatMap((slug) => bySlug.get(slug) ?? []),
      }));
      kit.render(
        finderTemplate(kit, {
          id: this.#id,
          lang,
          audience,
          cardAttributes: { channel: this.getAttribute('channel') ?? undefined, updates: this.getAttribute('updates') ?? undefined },
          s: finderStrings(lang),
          labels: this.#labels,
          error: this.#error,
          query: this.#query,
          suggestions: this.#suggestions(),
          open: this.#open,
          active: this.#active,
          chosen,
          on: { input: this.#input, key: this.#key, pick: this.#pick, remove: this.#remove, close: this.#close },
        }),
        this.#root,
      );
    }
  };
}

/** Defines the element with the script's kit (a page may load the add-on's caller twice: the first definition wins). */
export function defineFinder(kit: FinderKit): void {
  if (!customElements.get(FINDER_TAG)) customElements.define(FINDER_TAG, finderClass(kit));
}
