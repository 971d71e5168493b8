/**
 * The card on pages styled by popular stylesheets installed from npm (classless and frameworks, light and dark, one
 * right-to-left), as a reader meets it: prerendered without the script, and upgraded by it; both wordings; a 360 px
 * phone and a 1280 px desktop; a reader preferring light or dark. Each page is a real document in an iframe of that
 * width, and every rule is read off computed styles and layout, then by axe.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { prerendered } from './helpers.js';

interface Host {
  name: string;
  sheets: string[];
  /** Attributes of the host's <html>, e.g. a framework's dark-theme switch. */
  html?: string;
  /** The reader's system preference for this page (default light). */
  prefers?: 'light' | 'dark';
  /** The markup around the snippet, for themes that style by their own classes. */
  wrap?: [string, string];
}

const NM = '/node_modules';
export const HOSTS: Host[] = [
  { name: 'water.css dark, reader prefers light', sheets: [`${NM}/water.css/out/dark.css`] },
  { name: 'water.css automatic, reader prefers dark', sheets: [`${NM}/water.css/out/water.css`], prefers: 'dark' },
  { name: 'water.css light', sheets: [`${NM}/water.css/out/light.css`] },
  { name: 'MVP.css, reader prefers dark', sheets: [`${NM}/mvp.css/mvp.css`], prefers: 'dark' },
  { name: 'MVP.css light', sheets: [`${NM}/mvp.css/mvp.css`] },
  { name: 'Bulma 1 dark', sheets: [`${NM}/bulma/css/bulma.css`], html: 'data-theme="dark"' },
  { name: 'Bulma 1 light', sheets: [`${NM}/bulma/css/bulma.css`], html: 'data-theme="light"' },
  { name: 'sakura', sheets: [`${NM}/sakura.css/css/sakura.css`] },
  { name: 'sakura dark', sheets: [`${NM}/sakura.css/css/sakura-dark.css`] },
  { name: 'Pico classless dark', sheets: [`${NM}/@picocss/pico/css/pico.classless.css`], html: 'data-theme="dark"' },
  { name: 'Pico classless light', sheets: [`${NM}/@picocss/pico/css/pico.classless.css`], html: 'data-theme="light"' },
  { name: 'Simple.css, reader prefers dark', sheets: [`${NM}/simpledotcss/simple.css`], prefers: 'dark' },
  { name: 'new.css night', sheets: [`${NM}/@exampledev/new.css/new.css`, `${NM}/@exampledev/new.css/theme/night.css`] },
  { name: 'Bootstrap 5 dark', sheets: [`${NM}/bootstrap/dist/css/bootstrap.css`], html: 'data-bs-theme="dark"' },
  { name: 'Bootstrap 5 right-to-left (Hebrew)', sheets: [`${NM}/bootstrap/dist/css/bootstrap.rtl.css`], html: 'lang="he" dir="rtl"' },
  { name: 'Tailwind preflight', sheets: [`${NM}/tailwindcss/preflight.css`] },
  { name: 'Milligram', sheets: [`${NM}/milligram/dist/milligram.css`] },
  { name: 'Chota, right-to-left (Arabic)', sheets: [`${NM}/chota/dist/chota.css`], html: 'lang="ar" dir="rtl"' },
  // WordPress's Twenty Twenty-One in Hebrew, from Debian's wordpress-theme-twentytwentyone (installed by .ci/run).
  {
    name: 'WordPress Twenty Twenty-One, right-to-left (Hebrew)',
    sheets: ['/wp-themes/twentytwentyone/style-rtl.css'],
    html: 'lang="he" dir="rtl"',
    wrap: ['<body class="rtl singular"><main id="main" class="site-main"><article class="post"><div class="entry-content">', '</div></article></main>'],
  },
];

type State = { js: boolean; audience: 'patient' | 'clinician'; width: number };
const STATES: State[] = [
  { js: false, audience: 'patient', width: 360 },
  { js: false, audience: 'clinician', width: 1280 },
  { js: true, audience: 'patient', width: 360 },
  { js: true, audience: 'clinician', width: 360 },
  { js: true, audience: 'patient', width: 1280 },
];

const TOPIC = 'vitk-warfarin';

/**
 * The host's page with the prerendered snippet as publishers paste it. Without the script it is the page a browser
 * without JavaScript shows, so the snippet's <noscript> stylesheet applies (here as a plain link); with it, the script
 * brings the same rules and the <noscript> stays inert.
 */
function page(host: Host, snippet: string, js: boolean): string {
  return `<!doctype html><html ${host.html ?? 'lang="en"'}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${host.sheets.map((s) => `<link rel="stylesheet" href="${s}">`).join('\n')}</head>
${(host.wrap ?? ['<body><main><article>'])[0]}<h1>On pills</h1><p>The host's own text, with <a href="#after">a host link</a>.</p>
${snippet}
${js ? '' : '<link rel="stylesheet" href="/.cache/prerendered/nutrient-interaction.css">'}
<p id="after">The post goes on.</p>${(host.wrap ?? ['', '</article></main>'])[1]}
<script src="${NM}/axe-core/axe.min.js"></script>
${js ? '<script type="module" src="/src/index.ts"></script>' : ''}</body></html>`;
}

async function load(host: Host, state: State): Promise<{ win: Window & typeof globalThis; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${state.width}px;height:900px;border:0`;
  frame.srcdoc = page(host, await prerendered(TOPIC, state.audience), state.js);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const el = doc.querySelector('nutrient-interaction')!;
  if (state.js) {
    await win.customElements.whenDefined('nutrient-interaction');
    const widget = el as unknown as { updateComplete: Promise<unknown> };
    await widget.updateComplete;
    // Open every section the way a reader does: a click on its summary.
    for (const s of doc.querySelectorAll<HTMLElement>('.ni-section:not([open]) > summary')) s.click();
    await widget.updateComplete;
  } else {
    for (const d of doc.querySelectorAll('details')) d.open = true;
  }
  await new Promise((r) => win.requestAnimationFrame(() => r(undefined)));
  return { win, doc, frame };
}

/** Any CSS colour as sRGB 0–255 with alpha, read back from a canvas (handles oklch, color-mix and the rest). */
const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
function rgba(color: string): [number, number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
const over = (top: number[], bottom: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!)).concat(1);
const luminance = ([r, g, b]: number[]) =>
  [r!, g!, b!].map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const ratio = (a: number[], b: number[]) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/** The colour behind an element: its own and its ancestors' backgrounds, down to the page's canvas. */
function backdrop(win: Window, el: Element): number[] {
  const layers: number[][] = [];
  for (let n: Element | null = el; n; n = n.parentElement) {
    const c = rgba(win.getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  const root = win.getComputedStyle(win.document.documentElement).colorScheme;
  const dark = /dark/.test(root) && (!/light/.test(root) || win.matchMedia('(prefers-color-scheme: dark)').matches);
  let color = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const layer of layers.reverse()) color = over(layer, color);
  return color;
}

/** Every rule of the issue that a computed style can show, as a list of readable failures. */
function problems(win: Window, doc: Document, state: State): string[] {
  const found: string[] = [];
  const card = doc.querySelector('.ni-card')!;
  const visible = (n: Element) => n.getClientRects().length > 0 && win.getComputedStyle(n).visibility === 'visible' && !n.closest('.ni-sr-only, [hidden]');
  const name = (n: Element) => `${n.localName}${n.className ? `.${String(n.className).split(' ')[0]}` : ''} "${(n.textContent ?? '').trim().slice(0, 30)}"`;
  for (const n of card.querySelectorAll('*')) {
    if (!visible(n) || ![...n.childNodes].some((c) => c.nodeType === 3 && /\S/.test(c.textContent ?? ''))) continue;
    const style = win.getComputedStyle(n);
    const bg = backdrop(win, n);
    const fg = over(rgba(style.color), bg);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const r = ratio(fg, bg);
    if (r < (large ? 3 : 4.5)) found.push(`contrast ${r.toFixed(2)}:1 for ${name(n)}`);
    if ((n.localName === 'p' || n.localName === 'li') && parseFloat(style.lineHeight) / size < 1.4) {
      found.push(`line height ${(parseFloat(style.lineHeight) / size || 0).toFixed(2)} for ${name(n)}`);
    }
  }
  for (const a of card.querySelectorAll('a')) {
    if (visible(a) && !win.getComputedStyle(a).textDecorationLine.includes('underline')) found.push(`link told apart by colour alone: ${name(a)}`);
  }
  const targets = [...card.querySelectorAll('.ni-section > summary'), ...(state.js ? card.querySelectorAll('.ni-audience label') : [])];
  for (const t of targets) {
    const box = t.getBoundingClientRect();
    if (box.height < 24 || box.width < 24) found.push(`tap target ${Math.round(box.width)}×${Math.round(box.height)} px: ${name(t)}`);
  }
  const scroller = doc.scrollingElement!;
  if (scroller.scrollWidth > win.innerWidth) {
    const widest = [...card.querySelectorAll('*')].reduce((w, n) => (n.getBoundingClientRect().right > w.getBoundingClientRect().right ? n : w), card);
    found.push(`page scrolls sideways: ${scroller.scrollWidth} px in a ${win.innerWidth} px window (card ${Math.round(card.getBoundingClientRect().width)} px; ${name(widest)})`);
  }
  return found;
}

interface AxeResults {
  violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

describe('the card under popular host stylesheets', function () {
  this.timeout(120_000);
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const host of HOSTS) {
    it(`stays readable, tappable and in its column: ${host.name}`, async function () {
      // A stylesheet that is not installed here (a Debian theme) is reported as skipped, never passed.
      if (!(await fetch(host.sheets[0]!, { method: 'HEAD' })).ok) this.skip();
      await emulateMedia({ colorScheme: host.prefers ?? 'light' });
      const failures: string[] = [];
      for (const state of STATES) {
        const { win, doc, frame } = await load(host, state);
        const label = `${state.js ? 'upgraded' : 'no script'}, ${state.audience}, ${state.width} px`;
        failures.push(...problems(win, doc, state).map((p) => `${label}: ${p}`));
        const axe = (win as unknown as { axe: { run: (c: Element, o: object) => Promise<AxeResults> } }).axe;
        const results = await axe.run(doc.querySelector('.ni-card')!, { runOnly: ['color-contrast', 'link-in-text-block'], resultTypes: ['violations'] });
        for (const v of results.violations) failures.push(`${label}: axe ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        frame.remove();
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});
