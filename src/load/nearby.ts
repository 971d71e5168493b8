/**
 * Calls back once an element comes within about 1.5 screens of the viewport. Knows nothing of the widget: it is given
 * an element and a function.
 */
const waiting = new Map<Element, () => void>();
const unmeasured = new Set<Element>();
const MARGIN = 1.5;

const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) if (e.isIntersecting) fire(e.target);
  },
  { rootMargin: `${MARGIN * 100}% 0px` },
);

function fire(el: Element): void {
  const callback = waiting.get(el);
  cancelNear(el);
  callback?.();
}

// An observer reports only after the next frame: a widget already in the first screens would wait a whole frame (on a
// phone, 100 ms or more) for news the layout has now. One measurement for every element that asked in this task, once
// they have all drawn, so the page is laid out once, not once per widget.
function measure(): void {
  const margin = MARGIN * innerHeight;
  for (const el of unmeasured) {
    const { top, bottom, left, right } = el.getBoundingClientRect();
    // Not in a closed <details>, a hidden="until-found" or a display:none subtree, nor off to a side. (Browsers
    // without checkVisibility, such as Safari before 17.4, fetch a hidden widget in the first screens early.)
    if (el.checkVisibility?.() !== false && bottom >= -margin && top <= innerHeight + margin && right >= 0 && left <= innerWidth) fire(el);
    else observer.observe(el);
  }
  unmeasured.clear();
}

/** Runs `callback` once `el` is near the viewport (in a microtask if it already is). */
export function whenNear(el: Element, callback: () => void): void {
  waiting.set(el, callback);
  if (!unmeasured.size) queueMicrotask(measure);
  unmeasured.add(el);
}

export function cancelNear(el: Element): void {
  waiting.delete(el);
  unmeasured.delete(el);
  observer.unobserve(el);
}
