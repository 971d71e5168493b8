/**
 * A click on a citation number goes to its reference in the card (opening References first) without changing the host
 * page's URL.
 */
export function followCitation(e: MouseEvent, card: HTMLElement | null, openReferences: () => void): void {
  const link = (e.target as Element).closest?.('a.ni-cite');
  if (!link || !card?.contains(link)) return;
  e.preventDefault();
  openReferences();
  const target = card.querySelector<HTMLElement>(`[id="${link.getAttribute('href')!.slice(1)}"]`);
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}
