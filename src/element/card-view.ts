import { render } from 'lit/html.js';
import type { Summary } from '../data/schema.js';
import { card, SECTION_IDS, type CardOptions, type SectionId } from '../card/templates.js';
import { adoptPrerendered } from './prerendered.js';
import { afterPaint } from './paint.js';

/**
 * The card in the page (light DOM): prerendered, then drawn by the element with the same templates the build
 * prerenders, Lit updating only what changed. It keeps which sections the reader opened across redraws.
 */
export class CardView {
  open = new Set<SectionId>();
  /** Resolves once the first drawn card's closed sections are filled in. */
  filled?: Promise<boolean>;
  #marker?: Comment;
  // The first card is drawn with its closed sections empty and filled in once it has painted: the reader sees it
  // sooner, and a closed section shows nothing anyway (find-in-page and print find it filled a frame later).
  #full = false;
  #shown?: Summary;
  /** The version of the prerendered card (0: none given). */
  preVersion = 0;

  /** `redraw` draws the card again with `fill` set, to fill in its closed sections. */
  constructor(
    private readonly host: HTMLElement,
    private readonly redraw: () => void,
  ) {}

  get card(): HTMLElement | null {
    return this.host.querySelector(':scope > .ni-card');
  }

  /** Takes a prerendered card, if any; true when it shows the wording and language asked for. */
  adopt(audience: string, lang: string): boolean {
    const pre = this.card;
    if (!pre || this.#marker) return false;
    const { open, current } = adoptPrerendered(pre, audience, lang);
    this.open = open;
    this.preVersion = Number(pre.dataset.version) || 0;
    // Its closed sections are already in the page: the live card draws them at once.
    this.#full = true;
    return current;
  }

  /**
   * Draws `summary`, or with `fill` the card last drawn (even while another summary loads or after it failed to).
   * Returns the summary shown, if any.
   */
  draw(summary: Summary | undefined, fill: boolean, options: Omit<CardOptions, 'open' | 'closedEmpty'>): Summary | undefined {
    summary ??= fill ? this.#shown : undefined;
    if (!summary) return;
    const pre = this.card;
    // A prerendered card newer than the script's copy (the server installed a correction) stays until the signed
    // channel brings that version: the page never goes back to an older text.
    if (!this.#marker && pre && (summary.version ?? 0) < this.preVersion) return;
    this.#shown = summary;
    const template = card(summary, { ...options, open: this.open, closedEmpty: !this.#full });
    const first = !this.#marker;
    // Lit keeps its place at the node it renders before: a marker of our own, so the prerendered card can go.
    this.#marker ??= this.host.insertBefore(document.createComment(''), pre);
    const noteHeight = first ? pre?.querySelector('.ni-audience')?.getBoundingClientRect().height : 0;
    render(template, this.host, { host: this.host, renderBefore: this.#marker });
    if (first && pre) {
      pre.remove();
      // The choice takes the place of the prerendered audience note; keep its room so nothing below moves.
      const choice = this.card?.querySelector<HTMLElement>('.ni-audience');
      if (choice && noteHeight) choice.style.minBlockSize = `${noteHeight}px`;
    }
    this.filled ??= new Promise((resolve) => afterPaint(() => resolve(this.fill())));
    return summary;
  }

  /** Fills in the closed sections now (a reader opened one, or the first card has painted). */
  fill(): true {
    if (!this.#full) {
      this.#full = true;
      this.redraw();
    }
    return true;
  }

  /** Records a section the reader opened or closed; the section, or undefined when nothing changed. */
  toggled(details: HTMLDetailsElement): SectionId | undefined {
    const section = details.dataset?.section as SectionId | undefined;
    if (!section || !SECTION_IDS.includes(section) || details.open === this.open.has(section)) return;
    if (details.open) {
      this.fill();
      this.open.add(section);
    } else this.open.delete(section);
    return section;
  }
}
