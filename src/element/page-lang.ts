/** The nearest `lang` of an element; inside another component's shadow root, found through the component's host. */
export function nearestLang(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return el.closest('[lang]')?.getAttribute('lang') ?? (host ? nearestLang(host) : '');
}
