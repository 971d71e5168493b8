/**
 * Benchmark (not a test): the ways a publisher can put a topic in an article, against the same card as plain static
 * HTML (the floor), in headless Chromium with an emulated 40 ms round trip, 10 Mbit/s and 4x CPU slowdown.
 * Prints the tables and rewrites the part of docs/performance.md between the bench markers. Run after `npm run build`:
 *   npm run bench [-- --runs 7] [-- --no-write] [-- --debug]
 * `--levers` runs page-level experiments instead, `--only static,prerendered` a subset (both print only;
 * docs/performance.md quotes them by hand).
 */
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BUDGET_BROTLI, measure } from './size.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const DEBUG = process.argv.includes('--debug');
const WRITE = !['--no-write', '--levers', '--only'].some((flag) => process.argv.includes(flag));
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 11;
const MANY_RUNS = Math.min(RUNS, 5);
const RTT_MS = 40;
const CPU_SLOWDOWN = 4;
const DOWN_BPS = (10 * 1000 * 1000) / 8; // 10 Mbit/s
const VIEWPORT = { width: 1280, height: 800 };
const AFTER_LOAD_MS = 2000; // long tasks are counted until the load event + this
const TOPIC = 'k2-d3';
const TOPIC_PATH = `/dist/topics/${TOPIC}.json`;
const started = Date.now();
if (!existsSync(`dist/snippets/${TOPIC}.html`)) throw new Error('run npm run build first');

// --- what the page holds ------------------------------------------------------------------------------------------

// The snippet exactly as the build writes it, with the script pointed at this server instead of the CDN (the same file,
// so its integrity hash still holds; a wrong hash would stop the script and the bench would say so).
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/nutrient-interaction@[^/"]+\/dist\//g;
const local = (html) => {
  if (!html.match(CDN)) throw new Error('the snippet does not load the script from the CDN address this bench rewrites');
  return html.replace(CDN, '/dist/');
};
const SNIPPET = local(readFileSync(`dist/snippets/${TOPIC}.html`, 'utf8'));
const SCRIPT_TAG = SNIPPET.match(/<script type="module"[^>]*><\/script>/)?.[0];
if (!SCRIPT_TAG?.includes('integrity=')) throw new Error(`no script tag with an integrity hash in dist/snippets/${TOPIC}.html`);
const PRERENDERED = SNIPPET.replace(SCRIPT_TAG, '').trim();
const HOST_TAG = local(readFileSync('README.md', 'utf8').match(/<script src="https:\/\/cdn[^>]*embed-host\.js"[\s\S]*?<\/script>/)?.[0] ?? '');
if (!HOST_TAG.includes('integrity=')) throw new Error('no embed-host.js script tag in README.md');

// The card's stylesheet as shipped: the one css`` literal of src/nutrient-interaction.styles.ts that styles .ni-card,
// read from the built script (squeezed by the build, exactly the text the element adopts into the page).
function builtCardCss() {
  const js = readFileSync('dist/nutrient-interaction.js', 'utf8');
  const at = js.indexOf(':where(.ni-card)');
  const css = js.slice(js.lastIndexOf('`', at) + 1, js.indexOf('`', at)).trim();
  if (at < 0 || !css.startsWith(':where(.ni-card)') || css.includes('${') || css.includes('\\') || !css.endsWith('}')) {
    throw new Error('could not find the card stylesheet in dist/nutrient-interaction.js');
  }
  return css;
}
// The layout rules (dist/nutrient-interaction.css, adopted by the script too) come first, as in the script.
const CARD_CSS = `${readFileSync('dist/nutrient-interaction.css', 'utf8').trim()}\n${builtCardCss()}`;

// The same article around every variant: the card starts high in the first screen, with article text below it.
const ARTICLE_TOP = `<h1>Should you take vitamin K2 with your vitamin D?</h1>
<p>Walk down any supplement aisle and you will find bottles that pair vitamin D with vitamin K2. We asked what the studies say.</p>`;
const ARTICLE_BOTTOM = `<h2 id="after">What this means for you</h2>${'<p>If you take a blood thinner, talk to your care team before adding any supplement. Bring your bottles to your next visit.</p>'.repeat(8)}`;

// Runs first in the page: records layout shifts and long tasks, and polls every frame (from the first) for the
// question heading, visible, and for the audience choice (in the frame's document for the iframe embed).
const PROBE = (o) => `<script>
(() => {
  const o = ${JSON.stringify(o)};
  const t = (window.__t = {});
  const mark = (k) => (t[k] ??= performance.now());
  const shifts = (window.__shifts = []);
  const long = (window.__long = []);
  // Each shift with what moved (for --debug): node, and its top and height before and after.
  const what = (s) => [s.node?.nodeName?.toLowerCase() + (s.node?.className ? '.' + s.node.className : ''), Math.round(s.previousRect.y), Math.round(s.previousRect.height), Math.round(s.currentRect.y), Math.round(s.currentRect.height)].join(' ');
  new PerformanceObserver((l) => l.getEntries().forEach((e) => shifts.push([e.startTime, e.value, e.hadRecentInput, e.sources.map(what)]))).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  customElements.whenDefined('nutrient-interaction').then(() => mark('defined'));
  const seen = (el) => {
    const r = el?.getBoundingClientRect();
    return !!r && r.height > 0 && r.bottom > 0 && r.top < el.ownerDocument.defaultView.innerHeight && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const doc = () => (o.frame ? document.querySelector('iframe')?.contentDocument : document);
  // Where the question heading and the article text after the widget are (page coordinates), at the first frame that
  // has the text after the widget, at the first frame with the heading, and at the end of the run: CLS does not see
  // every move (a box whose display changes is laid out anew, and counts as new rather than moved).
  const pos = (window.__pos = {});
  window.__where = () => {
    const title = doc()?.querySelector('.ni-title')?.getBoundingClientRect().top;
    const offset = o.frame ? document.querySelector('iframe').getBoundingClientRect().top : 0;
    return [title === undefined ? undefined : title + offset + scrollY, document.getElementById('after')?.getBoundingClientRect().top + scrollY];
  };
  const content = (d) => {
    if (!o.all) return seen(d.querySelector('.ni-title'));
    const near = [...d.querySelectorAll('nutrient-interaction')].filter((w) => w.getBoundingClientRect().top < innerHeight);
    return d.readyState !== 'loading' && near.length > 0 && near.every((w) => seen(w.querySelector('.ni-title')));
  };
  (function poll() {
    const d = doc();
    if (!pos.first && document.getElementById('after')) pos.first = __where();
    if (d && content(d) && !t.content) {
      mark('content');
      pos.content = __where();
    }
    if (d?.querySelector('.ni-audience input')) mark('upgraded');
    if (!t.content || (o.upgrade && !t.upgraded)) requestAnimationFrame(poll);
    else mark('done');
  })();
})();
</script>`;

const page = ({ head = '', body, probe = {} }) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title><link rel="icon" href="data:,">
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem}</style>${PROBE(probe)}${head}</head>
<body><article>${ARTICLE_TOP}
${body}
${ARTICLE_BOTTOM}</article></body></html>`;

// The README's script-only snippet: its one CSS rule keeps the card's room before the script defines the element.
const ROOM = '<style>nutrient-interaction:not(:defined) { display: block; min-block-size: min(100vh, 60em) }</style>';
const BARE = `${SCRIPT_TAG}\n<nutrient-interaction topic="${TOPIC}"></nutrient-interaction>`;
const PLAIN = `${ROOM}\n${BARE}`;
const PRELOAD = `<link rel="preload" as="fetch" href="${TOPIC_PATH}" crossorigin>`;
const VARIANTS = {
  static: { name: 'Static HTML + card CSS (floor)', body: PRERENDERED, head: `<style>${CARD_CSS}</style>` },
  noscript: { name: 'Prerendered, no script', body: PRERENDERED },
  prerendered: { name: 'Prerendered + script', body: SNIPPET, upgrade: true },
  plain: { name: 'Plain (README script-only snippet)', body: PLAIN, upgrade: true },
  preload: { name: 'Plain + preload', body: PLAIN, head: PRELOAD, upgrade: true },
  bare: { name: 'Plain without its CSS rule', body: BARE, upgrade: true },
  iframe: {
    name: 'Iframe embed',
    head: HOST_TAG,
    body: `<iframe data-nutrient-interaction title="How does vitamin K2 interact with vitamin D?" loading="lazy" src="/dist/embed.html?topic=${TOPIC}" style="width:100%;height:900px;border:0"></iframe>`,
    upgrade: true,
    frame: true,
  },
};
// --levers: page-level changes (CSS, attributes, a warm cache) that show what moves the numbers; not in the default run.
const LEVERS = process.argv.includes('--levers');
const RESERVE = 'nutrient-interaction:not(:defined){display:block;min-block-size:min(100vh,60em)}';
const LEVER_VARIANTS = {
  plainFlowRoot: {
    name: 'Plain + page CSS: room before the script, element as flow-root',
    body: BARE,
    head: `<style>${RESERVE}nutrient-interaction{display:flow-root}</style>`,
    upgrade: true,
  },
  preloadEager: {
    name: 'Plain + preload, `loading="eager"`',
    body: PLAIN.replace('topic=', 'loading="eager" topic='),
    head: PRELOAD,
    upgrade: true,
  },
  prerenderedWarm: { name: 'Prerendered + script, the script already cached (an earlier page loaded it)', body: SNIPPET, upgrade: true, warm: true },
  prerenderedFlowRoot: {
    name: 'Prerendered + script + page CSS: flow-root once defined',
    body: SNIPPET,
    head: '<style>nutrient-interaction:defined{display:flow-root}</style>',
    upgrade: true,
  },
};
if (LEVERS) {
  for (const kind of ['noscript', 'preload', 'iframe']) delete VARIANTS[kind];
  Object.assign(VARIANTS, LEVER_VARIANTS);
}
// --only static,prerendered: just those variants, for a longer run of one comparison (prints only).
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
const KINDS = ONLY ?? Object.keys(VARIANTS);
if (!KINDS.includes('static') || KINDS.some((k) => !VARIANTS[k])) throw new Error(`--only: static plus any of ${Object.keys(VARIANTS).join(', ')}`);

const pages = new Map();
for (const [kind, v] of Object.entries(VARIANTS)) pages.set(`/${kind}.html`, page({ head: v.head, body: v.body, probe: { upgrade: !!v.upgrade, frame: !!v.frame } }));
pages.set('/warm.html', `<!doctype html><title>Warm</title>${SCRIPT_TAG}`);
const MANY = LEVERS || ONLY ? [] : [1, 10, 50];
const slugs = JSON.parse(readFileSync('dist/topics/index.json', 'utf8')).topics.map((t) => t.slug);
for (const n of MANY) {
  const widgets = Array.from({ length: n }, (_, i) => `<nutrient-interaction topic="${slugs[i % slugs.length]}"></nutrient-interaction><p>Text between widgets.</p>`);
  pages.set(`/many-${n}.html`, page({ body: `${SCRIPT_TAG}\n${widgets.join('\n')}`, probe: { all: true } }));
}

// --- server: dist/ plus the generated pages, brotli like a CDN, with a log of what was asked -----------------------
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
const compressed = new Map();
let hits = [];
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  hits.push(path);
  let body = pages.get(path);
  if (!body && path.startsWith('/dist/') && !path.includes('..')) {
    try {
      body = readFileSync(`.${path}`);
    } catch {}
  }
  if (!body) return res.writeHead(404).end();
  if (!compressed.has(path)) compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? TYPES['.html'];
  // As a CDN serves a versioned file (every run starts with an empty cache anyway).
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', 'cache-control': 'public, max-age=31536000, immutable' }).end(compressed.get(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions);
const chromiumVersion = browser.version();

/** One page load in a fresh context (empty cache), throttled; `settle`: also wait until load + 2 s for long tasks. */
async function run(path, { settle = true, wait = 0, warm = false } = {}) {
  await whenIdle();
  hits = [];
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BPS, uploadThroughput: DOWN_BPS });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Performance.enable');
    let transferred = 0;
    cdp.on('Network.loadingFinished', (e) => (transferred += e.encodedDataLength));
    const warnings = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    p.on('pageerror', (e) => warnings.push(String(e)));
    // A second visit: an earlier page of the site put the script in the HTTP cache (and V8's code cache).
    if (warm) await p.goto(`${origin}/warm.html`, { waitUntil: 'load' }).then(() => p.waitForFunction(() => customElements.get('nutrient-interaction')));
    hits = [];
    transferred = 0;
    await p.goto(origin + path, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__t.done !== undefined, null, { timeout: 30000, polling: 100 }).catch((e) => {
      throw new Error(`${path}: ${e.message}\n${warnings.join('\n')}`);
    });
    if (settle) await p.waitForFunction((ms) => performance.now() > performance.getEntriesByType('navigation')[0].loadEventEnd + ms, AFTER_LOAD_MS, { polling: 100, timeout: 30000 });
    if (wait) await p.waitForTimeout(wait);
    const r = await p.evaluate((topicPath) => {
      const card = document.querySelector('.ni-card, iframe')?.getBoundingClientRect();
      return {
        t: window.__t,
        shifts: window.__shifts,
        long: window.__long,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        load: performance.getEntriesByType('navigation')[0].loadEventEnd,
        html: performance.getEntriesByType('navigation')[0].responseEnd,
        card: card && { top: Math.round(card.top), height: Math.round(card.height) },
        pos: { ...window.__pos, end: window.__where() },
        // Who fetched the topic, as this page saw it ('link' for the preload, 'fetch' for the element).
        topicBy: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === topicPath).map((e) => e.initiatorType),
        // When each file had arrived, in this page's time (the iframe's own files from its timeline, shifted).
        arrived: Object.fromEntries(
          [window, document.querySelector('iframe')?.contentWindow].flatMap((w) =>
            (w?.performance.getEntriesByType('resource') ?? []).map((e) => {
              const shift = w.performance.timeOrigin - performance.timeOrigin;
              return [new URL(e.name).pathname, [shift + e.startTime, shift + e.responseEnd]];
            }),
          ),
        ),
      };
    }, TOPIC_PATH);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    r.scriptMs = metrics.ScriptDuration * 1000;
    r.transferred = transferred;
    r.hits = hits;
    r.warnings = warnings;
    r.cls = sum(r.shifts.filter(([, , input]) => !input).map(([, v]) => v));
    // The upgrade: every shift from the moment the element is defined (the prerendered card was there before).
    r.clsUpgrade = r.t.defined === undefined ? undefined : sum(r.shifts.filter(([at, , input]) => !input && at >= r.t.defined).map(([, v]) => v));
    // Long-task time over 50 ms, clipped to [first contentful paint, load + 2 s] (like Lighthouse's TBT, not it).
    const end = r.load + AFTER_LOAD_MS;
    r.tbt = sum(r.long.map(([at, d]) => Math.max(0, Math.min(at + d, end) - Math.max(at, r.fcp) - 50)));
    if (DEBUG) {
      console.error(path, JSON.stringify({ ...r, hits: undefined }), r.hits.join(' '));
    }
    return r;
  } finally {
    await context.close();
  }
}

// The machine may be shared: before each run, wait (up to 30 s) until the CPUs are mostly idle, and count the runs that
// had to start on a busy machine. Linux only (/proc/stat); elsewhere runs start at once.
function cpuTimes() {
  try {
    const [, ...n] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return { idle: n[3] + n[4], total: sum(n) };
  } catch {
    return undefined;
  }
}
let busyStarts = 0;
async function whenIdle(maxWaitMs = 30000) {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    const a = cpuTimes();
    if (!a) return;
    await new Promise((r) => setTimeout(r, 300));
    const b = cpuTimes();
    const busy = 1 - (b.idle - a.idle) / (b.total - a.total || 1);
    if (busy < 0.2) return;
    if (Date.now() > until) return void busyStarts++;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  return s[Math.floor(at)] + (s[Math.ceil(at)] - s[Math.floor(at)]) * (at - Math.floor(at));
};
// Median, then the middle half of the runs (quartiles).
const ms = (xs) => `${median(xs).toFixed(0)} ms (${quantile(xs, 0.25).toFixed(0)}–${quantile(xs, 0.75).toFixed(0)})`;
const shift = (xs) => `${median(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
const px = (xs) => {
  const r = xs.map((x) => Math.round(x));
  return Math.min(...r) === Math.max(...r) ? `${r[0]} px` : `${median(r)} px (${Math.min(...r)}–${Math.max(...r)})`;
};
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const count = (r, test) => r.hits.filter(test).length;
const isJs = (h) => h.endsWith('.js');
const isJson = (h) => h.endsWith('.json');

// --- measure --------------------------------------------------------------------------------------------------------
// Warm up the browser (first context, disk, JIT of this script) so the first measured run is not the odd one out.
await run('/static.html', { settle: false });
const results = Object.fromEntries(KINDS.map((k) => [k, []]));
// Interleaved, in a new random order each round, so a slow moment of the machine hits all of them alike.
const shuffled = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
for (let i = 0; i < RUNS; i++) {
  for (const kind of shuffled(KINDS)) results[kind].push(await run(`/${kind}.html`, { warm: VARIANTS[kind].warm }));
  console.error(`round ${i + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const many = {};
for (let i = 0; i < MANY_RUNS; i++) {
  for (const n of MANY) (many[n] ??= []).push(await run(`/many-${n}.html`, { settle: false, wait: 1500 }));
}
await browser.close();

// Lighthouse (mobile preset: simulated slow 4G and 4x CPU) for the two snippets publishers paste: its Total Blocking
// Time is the main-thread cost readers feel; the target is 150 ms.
const LIGHTHOUSE = ONLY || LEVERS ? [] : ['prerendered', 'plain'];
const lighthouseRuns = Object.fromEntries(LIGHTHOUSE.map((k) => [k, []]));
if (LIGHTHOUSE.length) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  for (let i = 0; i < 3; i++) {
    for (const kind of LIGHTHOUSE) {
      const chrome = await launch({ chromePath: chromiumLaunchOptions.executablePath, chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args] });
      try {
        const { lhr } = await lighthouse(`${origin}/${kind}.html`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
        const a = lhr.audits;
        lighthouseRuns[kind].push({
          tbt: a['total-blocking-time'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          score: lhr.categories.performance.score * 100,
        });
      } finally {
        await chrome.kill();
      }
    }
  }
}
server.close();

// --- report ---------------------------------------------------------------------------------------------------------
const col = (kind, f) => results[kind].map(f);
const contentAt = (kind) => col(kind, (r) => r.t.content);
// Each run against the static run of the same round (minutes apart at most), so a slow spell of the machine cancels out.
const ratios = (kind) => contentAt(kind).map((t, i) => t / contentAt('static')[i]);
const ratio = (kind) => median(ratios(kind));
const times = (xs) => `${median(xs).toFixed(2)}x (${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)})`;
const vsIframe = (kind) => (KINDS.includes('iframe') ? times(contentAt(kind).map((t, i) => t / contentAt('iframe')[i])) : '–');
const requests = (kind) => {
  const js = median(col(kind, (r) => count(r, isJs)));
  const json = median(col(kind, (r) => count(r, isJson)));
  const all = median(col(kind, (r) => r.hits.length));
  return `${all} (${js} JS, ${json} JSON)`;
};
const mainRows = KINDS.map((kind) => {
  const v = VARIANTS[kind];
  return [
    v.name,
    ms(contentAt(kind)),
    kind === 'static' ? '1x' : times(ratios(kind)),
    kind === 'iframe' ? '1x' : vsIframe(kind),
    v.upgrade ? ms(col(kind, (r) => r.t.upgraded)) : '–',
    shift(col(kind, (r) => r.cls)),
    ms(col(kind, (r) => r.tbt)),
    ms(col(kind, (r) => r.scriptMs)),
    requests(kind),
    kb(median(col(kind, (r) => r.transferred))),
  ];
});
const arrived = (kind, file, i = 1) => col(kind, (r) => r.arrived[file]?.[i]);
const at = (xs) => (xs.some((x) => x === undefined) ? '–' : ms(xs));
const milestoneTable = () =>
  table(
    ['Variant', 'Script arrived', 'Element defined', 'Topic JSON requested', 'Topic JSON arrived', 'Heading visible', 'Audience choice', 'Heading moved after it showed', 'Text below moved after the first frame'],
    KINDS.filter((k) => VARIANTS[k].upgrade).map((kind) => [
      VARIANTS[kind].name,
      at(arrived(kind, '/dist/nutrient-interaction.js')),
      at(col(kind, (r) => r.t.defined)),
      at(arrived(kind, TOPIC_PATH, 0)),
      at(arrived(kind, TOPIC_PATH)),
      ms(contentAt(kind)),
      ms(col(kind, (r) => r.t.upgraded)),
      px(col(kind, (r) => r.pos.end[0] - r.pos.content[0])),
      px(col(kind, (r) => r.pos.end[1] - r.pos.first[1])),
    ]),
  );
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const mainTable = table(
  ['Variant', 'Time to content', 'vs static', 'vs iframe', 'Upgrade complete', 'CLS', 'Long tasks after FCP (TBT-like)', 'Script time', 'Requests', 'Transferred'],
  mainRows,
);
if (LEVERS || ONLY) {
  console.log(`${RUNS} runs per variant, ${new Date().toISOString().slice(0, 10)}, Chromium ${chromiumVersion}\n\n${mainTable}\n\n${milestoneTable()}`);
  process.exit(0);
}

// Targets.
const upgradeCls = col('prerendered', (r) => r.clsUpgrade);
const preloadJson = col('preload', (r) => count(r, (h) => h === TOPIC_PATH));
const preloadBy = col('preload', (r) => r.topicBy.join(' + '));
const plainCls = col('plain', (r) => r.cls);
const met = (ok) => (ok ? 'met' : '**not met**');
const targetTable = table(
  ['Target', 'Result', 'Verdict'],
  [
    [
      'Prerendered + script: time to content ≤ 1.1x static (median of the per-round ratios)',
      `${times(ratios('prerendered'))}; medians ${median(contentAt('prerendered')).toFixed(0)} vs ${median(contentAt('static')).toFixed(0)} ms`,
      met(ratio('prerendered') <= 1.1),
    ],
    ['Prerendered + script: CLS of the upgrade ≤ 0.01 (every run)', shift(upgradeCls), met(Math.max(...upgradeCls) <= 0.01)],
    ['Plain: time to content ≤ 1.6x static (median of the per-round ratios)', times(ratios('plain')), met(ratio('plain') <= 1.6)],
    ['Plain: CLS ≤ 0.02 (every run)', shift(plainCls), met(Math.max(...plainCls) <= 0.02)],
    [
      'Plain + preload: the topic JSON fetched once, from the preload',
      `The server got ${[...new Set(preloadJson)].join(' or ')} request(s) for it per run in ${RUNS} runs; the page's resource entries for it: ${[...new Set(preloadBy)].map((x) => `"${x}"`).join(' or ')}`,
      met(preloadJson.every((n) => n === 1) && preloadBy.every((x) => x === 'link')),
    ],
  ],
);

const js = measure(readFileSync('dist/nutrient-interaction.js'));
const topic = measure(readFileSync(`dist/topics/${TOPIC}.json`));
const snippet = measure(readFileSync(`dist/snippets/${TOPIC}.html`));
const clinician = measure(readFileSync(`dist/snippets/${TOPIC}-clinician.html`));
const spanish = measure(readFileSync(`dist/snippets/es/${TOPIC}.html`));
const bytes = (m) => `${m.raw} B raw, ${m.gzip} B gzip, ${m.brotli} B brotli`;
const bytesTable = table(
  ['File', 'Size'],
  [
    ['JavaScript for one widget, Lit included (`nutrient-interaction.js`)', `${bytes(js)} (budget ${BUDGET_BROTLI} B brotli: ${js.brotli <= BUDGET_BROTLI ? 'within' : '**over**'})`],
    [`Topic JSON (\`topics/${TOPIC}.json\`)`, bytes(topic)],
    [`Prerendered snippet (\`snippets/${TOPIC}.html\`)`, bytes(snippet)],
    [`… clinician wording (\`${TOPIC}-clinician.html\`)`, bytes(clinician)],
    [`… Spanish (\`es/${TOPIC}.html\`)`, bytes(spanish)],
    ['Card stylesheet (in the script; inline `<style>` for the static floor)', bytes(measure(Buffer.from(CARD_CSS)))],
  ],
);

const manyTable = table(
  ['Widgets (plain, topics cycled)', 'Visible ones drawn', 'Requests after 1.5 s'],
  MANY.map((n) => {
    const rs = many[n];
    return [`${n}`, ms(rs.map((r) => r.t.content)), `${median(rs.map((r) => count(r, isJs)))} JS, ${median(rs.map((r) => count(r, isJson)))} JSON`];
  }),
);

const lighthouseTable = LIGHTHOUSE.length
  ? table(
      ['Lighthouse 12, mobile preset (3 runs, median and range)', 'Total Blocking Time (target ≤ 150 ms)', 'Largest Contentful Paint', 'CLS', 'Performance score'],
      LIGHTHOUSE.map((kind) => {
        const rs = lighthouseRuns[kind];
        const range = (f, d = 0) => `${median(rs.map(f)).toFixed(d)} (${Math.min(...rs.map(f)).toFixed(d)}–${Math.max(...rs.map(f)).toFixed(d)})`;
        return [VARIANTS[kind].name, `${range((r) => r.tbt)} ms`, `${range((r) => r.lcp)} ms`, range((r) => r.cls, 3), range((r) => r.score)];
      }),
    )
  : '';

const card = results.static[0].card;
const placeholder = Math.min(VIEWPORT.height, 60 * 18); // the room kept for a plain card: min(100vh, 60em) of the article's 18px font
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`;
const elapsed = Math.round((Date.now() - started) / 1000);
const generated = `<!-- bench:start -->
Measured ${new Date().toISOString().slice(0, 10)} in ${elapsed} s on ${machine}.
${RUNS} runs per variant (${MANY_RUNS} for the multi-widget pages), interleaved in a new random order each round; times are the median and the middle half of the runs (quartiles), CLS the median and range. Each run: a fresh browser context (empty cache), viewport
${VIEWPORT.width}×${VIEWPORT.height}, ${RTT_MS} ms round trip, 10 Mbit/s, ${CPU_SLOWDOWN}x CPU slowdown, every file served brotli-compressed
(quality 11) from one localhost server. Each run waited for idle CPUs (other processes under 20%, at most 30 s);
${busyStarts ? `${busyStarts} of ${RUNS * KINDS.length + MANY_RUNS * MANY.length} runs still started on a busy machine` : 'none had to start on a busy machine'}. The card (patient wording, sections closed) starts ${card.top} px from the top
and is ${card.height} px tall; the room the plain snippet keeps for it is ${placeholder} px (min(100vh, 60em)).

${mainTable}

When things happened in the scripted variants (medians, from navigation start):

${milestoneTable()}

${targetTable}

${lighthouseTable}

${bytesTable}

${manyTable}
<!-- bench:end -->`;
console.log(generated);

if (WRITE) {
  const doc = readFileSync('docs/performance.md', 'utf8');
  if (!doc.includes('<!-- bench:start -->')) throw new Error('docs/performance.md has no bench markers');
  writeFileSync('docs/performance.md', doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, generated));
  console.log('\nwrote docs/performance.md');
}
