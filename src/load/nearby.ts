/**
 * Calls back once an element comes within about 1.5 screens of the viewport. Knows nothing of the widget: it is given
 * an element and a function.
 */
const waiting = new Map<Element, () => void>();

const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) if (e.isIntersecting) fire(e.target);
  },
  { rootMargin: '150% 0px' },
);

function fire(el: Element): void {
  const callback = waiting.get(el);
  cancelNear(el);
  callback?.();
}

/** Runs `callback` once `el` is near the viewport (at the first frame if it already is). */
export function whenNear(el: Element, callback: () => void): void {
  waiting.set(el, callback);
  observer.observe(el);
}

export function cancelNear(el: Element): void {
  waiting.delete(el);
  observer.unobserve(el);
}
