import { SECTION_IDS, type SectionId } from '../card/templates.js';

/**
 * Takes a prerendered card into the card slot as it is, and tells which sections the reader already opened and whether
 * it shows the wording and language asked for (then the summary is fetched only after the page has painted: it is
 * needed for the other wording, not for reading).
 */
export function adoptPrerendered(card: HTMLElement, audience: string, lang: string): { open: Set<SectionId>; current: boolean } {
  card.slot = 'card';
  const open = [...card.querySelectorAll<HTMLDetailsElement>('details[data-section]')].filter((d) => d.open).map((d) => d.dataset.section as SectionId);
  return { open: new Set(open.filter((id) => SECTION_IDS.includes(id))), current: card.dataset.audience === audience && card.lang === lang };
}
