// The hosted pages on the built files: dist/site/ as scripts/site.ts writes it, pointed at a local site address and at
// the pinned script served from a CDN-like path (…/nutrient-interaction@<version>/dist/). Real Chromium, real HTTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
// @ts-expect-error plain JS helper shared with the other tools that launch Chromium
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { writeSite } from '../../scripts/site.js';
import { topicPath } from '../../src/site/paths.js';
import { topicSlugs, topicLanguages } from '../../scripts/prerender.js';
import { LANGUAGES } from '../../src/vocabulary.js';

const DIST = join(process.cwd(), 'dist');
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const PINNED = `/npm/nutrient-interaction@${VERSION}/dist/`;
const MAJOR = `/npm/nutrient-interaction@${VERSION.split('.')[0]}/dist/`;
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SLUGS = topicSlugs();

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css', html: 'text/html; charset=utf-8', sig: 'text/plain' };

/** Records CSP violations and errors from the page's start. */
const PROBE = `window.__violations = []; addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('hosted pages on the built files (topic, handout, frame, oEmbed, catalog)', { timeout: 600_000 }, () => {
  let server: Server;
  let origin: string;
  let site: string;
  let browser: Browser;
  const out = mkdtempSync(join(tmpdir(), 'ni-site-'));

  before(async () => {
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      const serve = (root: string, rest: string) => {
        let file = normalize(join(root, rest));
        if (!file.startsWith(root)) return res.writeHead(404).end();
        try {
          if (statSync(file).isDirectory()) file = join(file, 'index.html');
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': TYPES[file.split('.').pop()!] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(body);
        } catch {
          res.writeHead(404).end('not found');
        }
      };
      if (path.startsWith('/site/')) return serve(out, path.slice('/site/'.length));
      if (path.startsWith(PINNED)) return serve(DIST, path.slice(PINNED.length));
      // The major version's channel: the corrections the pinned script asks for (none here beyond the build's own).
      if (path.startsWith(MAJOR)) return serve(DIST, path.slice(MAJOR.length));
      res.writeHead(404).end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    site = `${origin}/site/`;
    writeSite({ siteUrl: site, cdnBase: `${origin}${PINNED.slice(0, -1)}`, out });
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    rmSync(out, { recursive: true, force: true });
  });

  async function open(path: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.addInitScript(PROBE);
    const response = await p.goto(`${site}${path}`);
    assert.equal(response?.status(), 200, `${path}: HTTP ${response?.status()}`);
    return { p, errors, context };
  }

  /** axe-core's violations on the page (injected past the page's policy, in a context that allows it). */
  async function axeViolations(path: string, js: boolean) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    const p = await context.newPage();
    // Without JavaScript: the pinned script never arrives, so the reader gets the page as written.
    if (!js) await p.route('**/nutrient-interaction.js', (r) => r.abort());
    await p.goto(`${site}${path}`);
    if (js) await p.waitForFunction(() => customElements.get('nutrient-interaction') && document.querySelector('nutrient-interaction')?.shadowRoot);
    await p.addScriptTag({ content: AXE });
    const result = await p.evaluate(async () => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] }));
    await context.close();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }

  it('writes a patient page, a clinician page, a handout, a frame per wording and an oEmbed file for every topic and language, and a catalog per language', () => {
    for (const lang of LANGUAGES) {
      statSync(join(out, lang === 'en' ? '' : lang, 'index.html'));
      for (const slug of SLUGS) for (const part of ['index.html', 'clinician/index.html', 'print/index.html', 'embed/index.html', 'clinician/embed/index.html', 'oembed.json']) statSync(join(out, topicPath(lang, slug), part));
    }
  });

  it('a topic page without JavaScript: the whole card, canonical and hreflang, oEmbed discovery, JSON-LD that claims no review', async () => {
    const { p, context } = await open('en/k2-d3/', { javaScriptEnabled: false });
    assert.match(await p.textContent('nutrient-interaction .ni-title') ?? '', /vitamin K2 with vitamin D/);
    assert.equal(await p.$$eval('nutrient-interaction details', (d) => d.length), 4);
    const head = await p.evaluate(() => ({
      canonical: document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href,
      hreflang: [...document.querySelectorAll<HTMLLinkElement>('link[hreflang]')].map((l) => `${l.hreflang} ${l.href}`),
      oembed: document.querySelector<HTMLLinkElement>('link[type="application/json+oembed"]')!.href,
      ld: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
    }));
    assert.equal(head.canonical, `${site}en/k2-d3/`);
    assert.deepEqual(head.hreflang, [`en ${site}en/k2-d3/`, `es ${site}es/k2-d3/`, `x-default ${site}en/k2-d3/`]);
    assert.equal(head.oembed, `${site}en/k2-d3/oembed.json`);
    assert.equal(head.ld['@type'], 'MedicalWebPage');
    assert.equal(head.ld.url, `${site}en/k2-d3/`);
    assert.equal(head.ld.dateModified, '2026-12-04');
    assert.ok(!('lastReviewed' in head.ld) && !('reviewedBy' in head.ld), 'a submitted topic claims no review');
    // The history and the way to the other wording, without script.
    assert.match(await p.textContent('#site-history + ul') ?? '', /Version 1, December 4, 2026: /);
    const clinician = await p.getAttribute('.site-links a[href$="clinician/"]', 'href');
    await p.goto(new URL(clinician!, p.url()).href);
    assert.equal(await p.getAttribute('nutrient-interaction .ni-card', 'data-audience'), 'clinician');
    await context.close();
  });

  it('a topic page with JavaScript: the pinned script upgrades the card under the page policy, and the wording choice works', async () => {
    const { p, errors, context } = await open('es/vitk-warfarin/');
    await p.waitForFunction(() => document.querySelector('nutrient-interaction')?.shadowRoot);
    await p.click('nutrient-interaction input[value="clinician"]');
    await p.waitForSelector('nutrient-interaction .ni-card[data-audience="clinician"]');
    assert.match(await p.textContent('nutrient-interaction .ni-meta') ?? '', /Versión 1/);
    assert.deepEqual(await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [path, js] of [['en/k2-d3/', true], ['en/k2-d3/', false], ['es/potassium-ace-inhibitors/clinician/', false], ['en/k2-d3/print/', false], ['', false], ['es/', false]] as const) {
    it(`is accessible: /${path} ${js ? 'with' : 'without'} JavaScript`, async () => {
      assert.deepEqual(await axeViolations(path, js), []);
    });
  }

  it('the handout prints every topic in each language on one or two A4 and Letter pages, patient wording, with version, date, a short link back and room for notes', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const pages: string[] = [];
    for (const lang of LANGUAGES) {
      for (const slug of SLUGS) {
        await p.goto(`${site}${topicPath(lang, slug, 'print')}`);
        const card = await p.$eval('.ni-card', (el) => ({ audience: el.getAttribute('data-audience'), closed: el.querySelectorAll('details:not([open])').length }));
        assert.deepEqual(card, { audience: 'patient', closed: 0 }, `${lang}/${slug}`);
        const footer = await p.textContent('.site-footer p');
        assert.ok(footer?.includes(`${site}${topicPath(lang, slug)}`.replace(/^https?:\/\//, '').replace(/\/$/, '')), `${lang}/${slug}: short link back`);
        assert.match(footer ?? '', /(version|versión) 1 \(/);
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await p.pdf({ format, preferCSSPageSize: true });
          const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          if (count < 1 || count > 2) pages.push(`${lang}/${slug} ${format}: ${count} pages`);
        }
        // Languages the topic is written in each have their handout.
        if (topicLanguages(slug).includes(lang)) assert.equal(await p.getAttribute('.ni-card', 'lang'), lang);
      }
    }
    assert.deepEqual(pages, [], 'every handout fits on one or two pages');
    // What printing hides: the site's navigation and the parts that stay on the live page.
    await p.goto(`${site}en/k2-d3/print/`);
    await p.emulateMedia({ media: 'print' });
    const hidden = await p.evaluate(() =>
      ['.site-header', '.site-footer nav', '[data-section="research"]', '[data-section="references"]', '.ni-cites'].map((s) => [s, getComputedStyle(document.querySelector(s)!).display]),
    );
    assert.ok(hidden.every(([, display]) => display === 'none'), JSON.stringify(hidden));
    assert.notEqual(await p.$eval('.site-notes', (el) => getComputedStyle(el).display), 'none');
    await context.close();
  });

  it('the oEmbed file is a titled frame with a blockquote link, and the frame reports its height in WordPress\u2019s protocol from inside a sandbox', async () => {
    const embed = JSON.parse(readFileSync(join(out, 'en/k2-d3/oembed.json'), 'utf8'));
    assert.equal(embed.version, '1.0');
    assert.equal(embed.type, 'rich');
    assert.match(embed.html, new RegExp(`^<blockquote><a href="${site}en/k2-d3/">[^<]+</a></blockquote><iframe src="${site}en/k2-d3/embed/" title="Should I take vitamin K2 with vitamin D\\?" width="600" height="900" frameborder="0"></iframe>$`));
    // A page that frames it as WordPress does: sandboxed, with the secret after "#?".
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.route(`${origin}/host.html`, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><script>window.got=[];addEventListener('message',(e)=>window.got.push(e.data))</script><iframe sandbox="allow-scripts" security="restricted" src="${site}en/k2-d3/embed/#?secret=Abc123xyz0" title="t" width="600" height="900"></iframe>`,
      }),
    );
    await p.goto(`${origin}/host.html`);
    const got = await p.waitForFunction(() => (window as unknown as { got: { message?: string; value?: number; secret?: string }[] }).got.find((m) => m.message === 'height'), undefined, { timeout: 15_000 });
    const message = (await got.jsonValue()) as { value: number; secret: string };
    assert.equal(message.secret, 'Abc123xyz0');
    assert.ok(message.value > 400, `height ${message.value}`);
    // The card inside the sandbox was upgraded by the pinned script (localStorage is not available there).
    const frame = p.frames().find((f) => f.url().includes('/embed/'))!;
    await frame.waitForFunction(() => document.querySelector('nutrient-interaction')?.shadowRoot);
    await context.close();
  });

  it('with JavaScript the catalog\u2019s A–Z list becomes the finder, under the page policy: a picked name brings its pinned cards', async () => {
    const { p, errors, context } = await open('es/');
    const box = p.locator('nutrient-interaction-finder input[role="combobox"]');
    await box.waitFor();
    assert.equal(await p.locator('nutrient-interaction-finder dl').isHidden(), true);
    await box.pressSequentially('warfa');
    await p.locator('[role="option"]', { hasText: 'Warfarina' }).first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    // Every topic that names warfarin; a card loads as it nears the viewport.
    const card = p.locator('nutrient-interaction-finder nutrient-interaction[topic="vitk-warfarin"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('.ni-title').waitFor({ timeout: 15_000 });
    const catalog = JSON.parse(readFileSync(join(DIST, 'topics/index.json'), 'utf8')) as { topics: { slug: string; names: Record<string, string[]> }[] };
    const listing = catalog.topics.filter((t) => t.names.es?.includes('Warfarina')).map((t) => t.slug);
    assert.deepEqual((await p.locator('nutrient-interaction-finder nutrient-interaction').evaluateAll((els) => els.map((e) => e.getAttribute('topic')))).sort(), listing.sort());
    assert.equal(await p.locator('nutrient-interaction-finder nutrient-interaction[topic="vitk-warfarin"]').getAttribute('lang'), 'es');
    assert.deepEqual(await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the finder\u2019s snippets and frame: its A–Z list links every topic\u2019s hosted page, and the pinned script follows', () => {
    for (const lang of LANGUAGES) {
      const snippet = readFileSync(join(out, 'snippets', lang === 'en' ? '' : lang, 'finder.html'), 'utf8');
      assert.match(snippet, new RegExp(`^<h2 id="ni-finder-heading">[^<]+</h2>\\n<nutrient-interaction-finder lang="${lang}">\\n<dl `));
      for (const slug of SLUGS) assert.ok(snippet.includes(`href="${site}${topicPath(lang, slug)}"`), `${lang} finder snippet links ${slug}`);
      assert.match(snippet, /<script type="module" src="[^"]+\/nutrient-interaction\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n$/);
      statSync(join(out, lang, 'finder', 'index.html'));
    }
  });

  it('the catalog lists every topic by question and by name, in both languages, and every link resolves', async () => {
    const { p, context } = await open('', { javaScriptEnabled: false });
    for (const lang of LANGUAGES) {
      const links = await p.$$eval(`section[lang="${lang}"] a`, (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const topics = new Set(links.map((href) => href.replace(site, '')));
      assert.deepEqual([...topics].sort(), SLUGS.map((slug) => topicPath(lang, slug)).sort(), `${lang}: every topic, and nothing else`);
      const names = await p.$$eval(`section[lang="${lang}"] dt`, (dt) => dt.map((d) => d.textContent));
      assert.ok(names.length >= SLUGS.length, `${lang}: names`);
    }
    assert.ok((await p.$$eval('section[lang="en"] dt', (dt) => dt.map((d) => d.textContent))).includes('Warfarin'));
    assert.ok((await p.$$eval('section[lang="es"] dt', (dt) => dt.map((d) => d.textContent))).includes('Warfarina'));
    for (const href of await p.$$eval('main a', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      assert.equal((await fetch(href)).status, 200, href);
    }
    await context.close();
  });
});
