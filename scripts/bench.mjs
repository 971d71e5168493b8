/**
 * Benchmark (not a test): the widget against the same content as static HTML (the floor) and as an iframe embed,
 * in one run, in headless Chromium with an emulated ~40 ms round trip and 4x CPU slowdown.
 * Prints a table and writes docs/performance.md. Run after `npm run build`:  npm run bench [-- --runs 7]
 */
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BUDGET_BROTLI, measure } from './size.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const DEBUG = process.argv.includes('--debug');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const RTT_MS = 40;
const CPU_SLOWDOWN = 4;
const DOWN_BPS = (10 * 1024 * 1024) / 8; // 10 Mbit/s
if (!existsSync('dist/nutrient-interaction.js')) throw new Error('run npm run build first');

// --- pages --------------------------------------------------------------------------------------------------------
const ARTICLE_TOP = `<h1>Should you take vitamin K2 with your vitamin D?</h1>
<p>${'Walk down any supplement aisle and you will find bottles that pair vitamin D with vitamin K2. '.repeat(3)}</p>
<p>${'We asked what guidelines and studies actually say, and what it means for people on blood thinners. '.repeat(2)}</p>`;
const ARTICLE_BOTTOM = `<h2>What this means for you</h2>${'<p>If you take a blood thinner, talk to your care team before adding any supplement. Bring your bottles to your next visit.</p>'.repeat(6)}`;
// Polls every frame from the first one and records when the question heading exists (for every watched widget).
const PROBE = (find) => `<script>
  document.addEventListener('nutrient-interaction-load', () => (window.__loadAt ??= performance.now()));
  const t0 = performance.now();
  (function poll() {
    const ok = (${find})();
    if (ok) { window.__contentAt = performance.now(); return; }
    requestAnimationFrame(poll);
  })();
</script>`;
const page = (head, body, find) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title><link rel="icon" href="data:,">
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem}</style>${head}${PROBE(find)}</head>
<body><article>${ARTICLE_TOP}${body}${ARTICLE_BOTTOM}</article></body></html>`;

const titleIn = (root) => `${root}?.querySelector('nutrient-interaction')?.shadowRoot?.querySelector('.title')`;
const PAGES = {
  widget: () =>
    page('<script type="module" src="/dist/nutrient-interaction.js"></script>', '<nutrient-interaction topic="k2-d3"></nutrient-interaction>', `() => ${titleIn('document')}`),
  static: (dsd) => page('', dsd, `() => ${titleIn('document')}`),
  iframe: () =>
    page(
      '<script src="/dist/embed-host.js" defer></script>',
      '<iframe data-nutrient-interaction title="Summary" src="/dist/embed.html?topic=k2-d3" style="width:100%;height:900px;border:0"></iframe>',
      `() => ${titleIn("document.querySelector('iframe')?.contentDocument")}`,
    ),
  many: (n) => {
    const topics = JSON.parse(readFileSync('dist/topics/index.json', 'utf8')).topics.map((t) => t.slug);
    const widgets = Array.from({ length: n }, (_, i) => `<nutrient-interaction topic="${topics[i % topics.length]}"></nutrient-interaction><p>Text between widgets.</p>`);
    // Only once the page is parsed, so an empty list of widgets never counts as "all rendered".
    const visible = `() => document.readyState !== 'loading' && [...document.querySelectorAll('nutrient-interaction')].filter((w) => w.getBoundingClientRect().top < innerHeight).every((w) => w.shadowRoot?.querySelector('.title'))`;
    return page('<script type="module" src="/dist/nutrient-interaction.js"></script>', widgets.join(''), visible);
  },
};

// --- server: dist/ plus the generated pages, brotli like a CDN ------------------------------------------------------
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const pages = new Map();
const compressed = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let body = pages.get(path);
  if (!body && path.startsWith('/dist/') && !path.includes('..')) {
    try {
      body = readFileSync(`.${path}`);
    } catch {}
  }
  if (!body) return res.writeHead(404).end();
  const key = path + (pages.has(path) ? pages.get(path).length : '');
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? TYPES['.html'];
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', 'cache-control': 'no-store' }).end(compressed.get(key));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions);
const chromiumVersion = browser.version();

// The static floor: the widget's own rendered shadow DOM and styles, as declarative shadow DOM (no script at all).
async function renderStaticCopy() {
  pages.set('/render.html', page('<script type="module" src="/dist/nutrient-interaction.js"></script>', '<nutrient-interaction topic="k2-d3"></nutrient-interaction>', '() => true'));
  const p = await browser.newPage();
  await p.goto(`${origin}/render.html`);
  await p.waitForFunction(() => document.querySelector('nutrient-interaction')?.shadowRoot?.querySelector('.title'));
  const html = await p.evaluate(() => {
    const el = document.querySelector('nutrient-interaction');
    const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n');
    return `<nutrient-interaction topic="k2-d3" audience="patient"><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></nutrient-interaction>`;
  });
  await p.close();
  return html;
}

async function run(path, { wait = 'content' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BPS, uploadThroughput: DOWN_BPS });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(origin + path);
  await p.waitForFunction(() => window.__contentAt !== undefined, null, { timeout: 30000, polling: 50 });
  if (wait === 'settle') await p.waitForTimeout(1500);
  const result = await p.evaluate(() => ({
    contentAt: window.__contentAt,
    loadAt: Math.round(window.__loadAt ?? -1),
    cls: window.__cls,
    resources: performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, Math.round(e.startTime), Math.round(e.responseEnd)]),
    dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
  }));
  result.requests = [...requests];
  if (DEBUG) console.error(path, Math.round(result.contentAt), 'load event', result.loadAt, 'dcl', result.dcl, JSON.stringify(result.resources));
  await context.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

// --- measure --------------------------------------------------------------------------------------------------------
pages.set('/widget.html', PAGES.widget());
pages.set('/static.html', PAGES.static(await renderStaticCopy()));
pages.set('/iframe.html', PAGES.iframe());
for (const n of [1, 10, 50]) pages.set(`/many-${n}.html`, PAGES.many(n));

const times = { static: [], widget: [], iframe: [] };
const cls = { static: [], widget: [], iframe: [] };
// Interleaved, so a slow moment of the machine hits all three alike.
for (let i = 0; i < RUNS; i++) {
  for (const kind of Object.keys(times)) {
    const r = await run(`/${kind}.html`, { wait: 'settle' });
    times[kind].push(r.contentAt);
    cls[kind].push(r.cls);
  }
}
const many = {};
for (const n of [1, 10, 50]) {
  const rs = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) rs.push(await run(`/many-${n}.html`, { wait: 'settle' }));
  many[n] = {
    time: rs.map((r) => r.contentAt),
    js: median(rs.map((r) => r.requests.filter((u) => u.endsWith('.js')).length)),
    json: median(rs.map((r) => r.requests.filter((u) => u.endsWith('.json')).length)),
  };
}
await browser.close();
server.close();

// --- report ---------------------------------------------------------------------------------------------------------
const js = measure(readFileSync('dist/nutrient-interaction.js'));
const topic = measure(readFileSync('dist/topics/k2-d3.json'));
const ratio = median(times.widget) / median(times.static);
const rows = [
  ['Time to content, static HTML (floor)', fmt(times.static)],
  ['Time to content, widget', `${fmt(times.widget)} = ${ratio.toFixed(2)}x the floor (target ≤ 1.2x)`],
  ['Time to content, iframe embed', `${fmt(times.iframe)} (widget ${median(times.widget) < median(times.iframe) ? 'is' : 'is NOT'} faster)`],
  ['JavaScript for one widget (Lit included)', `${js.raw} B raw, ${js.gzip} B gzip, ${js.brotli} B brotli (budget ${BUDGET_BROTLI} B brotli)`],
  ['Topic JSON (k2-d3)', `${topic.raw} B raw, ${topic.gzip} B gzip, ${topic.brotli} B brotli`],
  ...[1, 10, 50].map((n) => [
    `${n} widget(s), 6 topics cycled`,
    `${many[n].js} JS + ${many[n].json} JSON requests; visible ones rendered at ${fmt(many[n].time)}`,
  ]),
  ['Layout shift (CLS), widget, no space reserved', `${median(cls.widget).toFixed(3)} (max ${Math.max(...cls.widget).toFixed(3)}; target ≤ 0.02)`],
  ['Layout shift (CLS), iframe with fixed height', median(cls.iframe).toFixed(3)],
  ['Layout shift (CLS), static HTML', median(cls.static).toFixed(3)],
];
const table = ['| Measure | Result |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
console.log(table);

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`;
const doc = readFileSync('docs/performance.md', 'utf8');
const generated = `<!-- bench:start -->
Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. ${RUNS} runs per page (5 for the multi-widget
pages), median with (min–max); each run in a fresh browser context, cache empty, ${RTT_MS} ms round trip, 10 Mbit/s,
${CPU_SLOWDOWN}x CPU slowdown, files served brotli-compressed from localhost.

${table}
<!-- bench:end -->`;
writeFileSync('docs/performance.md', doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, generated));
console.log('\nwrote docs/performance.md');
