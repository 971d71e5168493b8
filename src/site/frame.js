// The frame page of a hosted topic (site/<lang>/<slug>/embed/), which oEmbed consumers show in an iframe. It reports
// its height to the embedding page, in two protocols:
//   - WordPress's (wp-embed.js): the page added "#?secret=…" to this frame's address; a message carrying that secret
//     un-hides the frame (WordPress shows the blockquote link until then) and sets its height (200–1000 px). The page
//     says "ready" when it starts listening, and the frame answers with its height again.
//   - embed-host.js's, for iframes pasted by hand.
// WordPress sandboxes the frame without allow-popups, so a link that would open a new tab cannot: it asks the page to
// open this topic's hosted page instead, the one destination WordPress lets a frame navigate to (its own host).
(() => {
  if (parent === window) return;
  const secret = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'nutrient-interaction:resize', height }, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  // Also now and on load: WordPress hides the frame until it reports, and Chromium runs no resize observers in a frame
  // it does not show.
  report();
  addEventListener('load', report);
  if (!secret) return;
  // wp-embed.js may start listening after the first report (WordPress prints it at the end of the page); it says
  // "ready" to each frame once it does, and the height goes again.
  addEventListener('message', (event) => {
    if (event.source !== parent || event.data?.message !== 'ready' || event.data.secret !== secret) return;
    last = 0;
    report();
  });
  const page = document.querySelector('link[rel="canonical"]')?.href;
  addEventListener('click', (event) => {
    const link = event.composedPath().find((n) => n instanceof HTMLAnchorElement);
    if (!page || !link || link.target !== '_blank') return;
    event.preventDefault();
    parent.postMessage({ message: 'link', value: page, secret }, '*');
  });
})();
