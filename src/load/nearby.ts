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

// Elements connected together are measured together: one layout read in a microtask, not one per element. It runs
// before the first frame, so a visible widget starts its request before it paints.
const toCheck = new Set<Element>();
function checkSoon(el: Element): void {
  if (!toCheck.size) {
    queueMicrotask(() => {
      const reach = innerHeight * 2.5;
      for (const w of toCheck) {
        if (!waiting.has(w)) continue;
        const { top, bottom } = w.getBoundingClientRect();
        if (w.checkVisibility() && top < reach && bottom > -reach) fire(w);
      }
      toCheck.clear();
    });
  }
  toCheck.add(el);
}

/** Runs `callback` once `el` is near the viewport (at once if it already is). */
export function whenNear(el: Element, callback: () => void): void {
  waiting.set(el, callback);
  observer.observe(el);
  checkSoon(el);
}

export function cancelNear(el: Element): void {
  waiting.delete(el);
  observer.unobserve(el);
}
