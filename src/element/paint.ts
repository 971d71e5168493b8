/** Calls `callback` once the page has painted, or after 100 ms at most: a tab in the background paints nothing. */
export function afterPaint(callback: () => void): void {
  let done = false;
  const once = () => done || ((done = true), callback());
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}
