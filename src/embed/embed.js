// The iframe page: one widget configured from the query string, reporting its height to the embedding page so a
// small host script (embed-host.js) can size the iframe. No inline script or style, so it runs under a strict CSP.
const params = new URLSearchParams(location.search);
const widget = document.createElement('nutrient-interaction');
for (const name of ['topic', 'src', 'audience', 'theme', 'heading-level', 'follow-up-href', 'follow-up-label']) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
document.documentElement.style.background = 'transparent';
document.body.style.margin = '0';
widget.style.margin = '0';
document.body.append(widget);

// Only a height crosses the frame boundary; the target is '*' because the embedding site is not known in advance.
let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(widget.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'nutrient-interaction:resize', height }, '*');
}).observe(widget);
