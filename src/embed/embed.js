// The iframe page: one widget configured from the query string, reporting its height to the embedding page so a
// small host script (embed-host.js) can size the iframe. No inline script or style, so it runs under its strict CSP.
//
// Anyone can link to this page with any query string, and it is served from the CDN's (or the publisher's) origin, so
// the query string is hostile: it must not be able to make this origin show words it did not ship.
//   - topic=: a bundled topic (the element checks the name). The normal case.
//   - src=: refused, unless the copy of embed.html that serves it lists the address in
//     <meta name="nutrient-interaction-allowed-src" content="https://data.example.org/ https://x.example/one.json">
//     (origins or URL prefixes ending in "/", or exact files). Data from such an address is marked
//     data-source="external" on the widget, which then does not show a review status.
//   - follow-up-href / follow-up-label: only http(s), only inside a frame (opened on its own, the page would show a
//     link of the linker's choosing under this origin).
//   - Links never navigate this frame: they open in a new tab without an opener or referrer.
const ALLOWED_SRC = 'nutrient-interaction-allowed-src';
const params = new URLSearchParams(location.search);
const framed = parent !== window;

/** The allowed data addresses this copy of embed.html lists, as URLs (entries that are not http(s) are ignored). */
function allowedSources() {
  const meta = document.head.querySelector(`meta[name="${ALLOWED_SRC}"]`);
  return (meta?.content ?? '').split(/\s+/).flatMap((entry) => {
    const url = httpUrl(entry);
    return url && !url.search && !url.hash ? [url] : [];
  });
}

/** An absolute http(s) URL without credentials, or undefined. */
function httpUrl(value, base) {
  try {
    const url = new URL(value, base);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The src as an allowed absolute URL, or undefined: same origin as an entry, and inside its path ("/…/" prefix) or the file itself. */
function allowedSrc(src) {
  const url = httpUrl(src, location.href);
  if (!url) return undefined;
  const ok = allowedSources().some(
    (a) => a.origin === url.origin && (a.pathname.endsWith('/') ? url.pathname.startsWith(a.pathname) : url.pathname === a.pathname),
  );
  return ok ? url.href : undefined;
}

// Attributes this page sets itself, after its own checks (above and below), never straight from the query string; an
// address (channel) is not taken from it at all: the frame asks the default channel for updates.
const SPECIAL = ['topic', 'src', 'follow-up-href', 'follow-up-label', 'channel'];

// Invisible and text-direction characters have no place in a short link label.
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;

function build() {
  const src = params.get('src');
  let external;
  if (src !== null) {
    external = allowedSrc(src);
    if (!external) {
      console.warn(`nutrient-interaction embed: src "${src}" is not listed in <meta name="${ALLOWED_SRC}"> of this embed.html; only bundled topics (topic=) can be shown.`);
      const message = document.createElement('p');
      message.textContent = 'This embed can only show the summaries that come with it. It cannot show data from another address.';
      message.style.cssText = 'margin:0;padding:1rem;font:1rem/1.5 system-ui,sans-serif';
      return message;
    }
  }
  const widget = document.createElement('nutrient-interaction');
  if (external) {
    widget.setAttribute('src', external);
    widget.dataset.source = 'external';
  } else if (params.get('topic') !== null) widget.setAttribute('topic', params.get('topic'));
  // Every other attribute of the element is passed as given: the element checks each value, and none of them loads
  // from or links to an address. The list is the element's own (embed.html loads its script first, so it is defined),
  // so a new attribute needs no edit here, unless it takes an address: then it joins SPECIAL and is checked above.
  for (const name of customElements.get('nutrient-interaction')?.observedAttributes ?? []) {
    const value = SPECIAL.includes(name) ? null : params.get(name);
    if (value !== null) widget.setAttribute(name, value);
  }
  const href = params.get('follow-up-href');
  const followUp = href === null ? undefined : httpUrl(href);
  if (followUp && framed) {
    widget.setAttribute('follow-up-href', followUp.href);
    const label = params.get('follow-up-label');
    if (label && label.length <= 80 && !INVISIBLE.test(label)) widget.setAttribute('follow-up-label', label);
  } else if (href !== null) {
    console.warn('nutrient-interaction embed: follow-up-href is used only inside an iframe, and only as an absolute http(s) URL.');
  }
  widget.style.margin = '0';
  return widget;
}

const content = build();
document.documentElement.style.background = 'transparent';
document.body.style.margin = '0';
document.body.append(content);

// Links open in a new tab, never in this frame: the frame keeps showing the summary, and the linked page gets neither
// a handle on this window nor a referrer. Links to a place in this page (citation numbers) are left to the widget.
addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((n) => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    const url = httpUrl(link.href);
    if (url && url.origin === location.origin && url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    if (url) window.open(url.href, '_blank', 'noopener,noreferrer');
  },
  true,
);

// Only a height crosses the frame boundary; the target is '*' because the embedding site is not known in advance.
let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(content.getBoundingClientRect().height);
  if (height === last || !framed) return;
  last = height;
  parent.postMessage({ type: 'nutrient-interaction:resize', height }, '*');
}).observe(content);
