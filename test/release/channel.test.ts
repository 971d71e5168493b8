// Corrections on the built files, the way a publisher's page meets them: the prerendered version-1 snippet from
// dist/snippets/ with its pinned (SRI) script, served from a CDN-like path (…/nutrient-interaction@0.1.0/dist/), whose
// default channel is the major version's (…@0/dist/channel/). The channel's copies are signed with the key this build
// signed dist/channel/ with (NI_SIGNING_KEY, else this machine's development key; never committed), or with a
// throwaway key the script does not accept. Real Chromium, real HTTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain JS helper shared with the other tools that launch Chromium
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { signingKey } from '../../scripts/channel.js';

const DIST = join(process.cwd(), 'dist');
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const PINNED = `/npm/nutrient-interaction@${VERSION}/dist/`;
const MAJOR_CHANNEL = `/npm/nutrient-interaction@${VERSION.split('.')[0]}/dist/channel/`;
const DATE = '2026-12-20';

const buildKey = signingKey();
const strangerKey = generateKeyPairSync('ed25519').privateKey;

type Variant = 'v2' | 'v1' | 'tampered' | 'stranger' | 'withdrawn';

/** The channel's copy of a built topic: as in web-test-runner.config.mjs, but from dist/ and with the build's key. */
function channelCopy(variant: Variant, lang: string, slug: string): { bytes: Buffer; signature: string } {
  const topic = JSON.parse(readFileSync(join(DIST, 'topics', lang === 'en' ? '' : lang, `${slug}.json`), 'utf8'));
  if (variant !== 'v1') {
    const summary = lang === 'es' ? 'Se corrigió la dosis para menores de 9 años.' : 'The dose for children under 9 was corrected.';
    Object.assign(topic, { version: 2, changes: [...topic.changes, { version: 2, date: DATE, summary, safety: true }] });
    topic.review = { ...topic.review, lastUpdated: DATE };
    if (variant === 'withdrawn') topic.withdrawn = { date: DATE, reason: lang === 'es' ? 'Las pruebas cambiaron.' : 'The evidence changed.' };
  }
  const bytes = Buffer.from(JSON.stringify(topic));
  const key: KeyObject = variant === 'stranger' ? strangerKey : buildKey.privateKey;
  const signature = sign(null, bytes, key).toString('base64');
  if (variant === 'tampered') bytes[bytes.indexOf('"title"') + 12] ^= 1;
  return { bytes, signature };
}

const snippetOf = (origin: string, slug: string, lang: string, attributes = '') =>
  readFileSync(join(DIST, 'snippets', lang === 'en' ? '' : lang, `${slug}.html`), 'utf8')
    .replaceAll(`https://cdn.jsdelivr.net${PINNED}`, `${origin}${PINNED}`)
    .replace('<nutrient-interaction ', `<nutrient-interaction ${attributes} `);

// Layout shifts and the first paint, recorded from the page's start; channel requests are resource timing entries.
const PROBE = `<script>
window.__shifts = [];
new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__shifts.push({ value: e.value, time: e.startTime }))).observe({ type: 'layout-shift', buffered: true });
</script>`;
const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Article</title>${PROBE}</head><body><main><h1>Article</h1><p>Text before the card.</p>${body}<p>Text after the card.</p></main></body></html>`;

describe('corrections on the built files (pinned CDN script, prerendered snippet, iframe)', { timeout: 180_000 }, () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  const pages = new Map<string, string>();
  /** The major version's channel, as the CDN would serve it after a correction: k2-d3 and folic-acid-b12 at version 2. */
  const latest = new Map<string, Variant>([
    ['en/k2-d3', 'v2'],
    ['es/k2-d3', 'v2'],
    ['en/folic-acid-b12', 'v2'],
  ]);

  before(async () => {
    const keys = JSON.parse(readFileSync(join(DIST, 'channel/keys.json'), 'utf8')) as { keys: { id: string }[] };
    assert.ok(
      keys.keys.some((k) => k.id === buildKey.id),
      `dist/channel/keys.json does not list key ${buildKey.id}: dist/ was built with another signing key (run npm run build with the same NI_SIGNING_KEY)`,
    );
    server = createServer((req, res) => {
      const path = new URL(req.url!, 'http://x').pathname;
      const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8') =>
        res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
      if (pages.has(path)) return send(200, pages.get(path)!);
      // The channel: the major version's (default) or a named variant's (/variants/<variant>/).
      const channel = new RegExp(`^(?:${MAJOR_CHANNEL.replaceAll('.', '\\.')}|/variants/(\\w+)/)(en|es)/([\\w-]+)\\.json(\\.sig)?$`).exec(path);
      if (channel) {
        const [, named, lang, slug, sig] = channel;
        const variant = (named as Variant | undefined) ?? latest.get(`${lang}/${slug}`);
        if (!variant) {
          const file = join(DIST, 'channel', lang, `${slug}.json${sig ?? ''}`);
          return send(200, readFileSync(file), sig ? 'text/plain' : 'application/json');
        }
        const copy = channelCopy(variant, lang, slug);
        return sig ? send(200, copy.signature, 'text/plain') : send(200, copy.bytes, 'application/json');
      }
      if (path.startsWith(PINNED)) {
        const file = normalize(join(DIST, path.slice(PINNED.length)));
        if (!file.startsWith(DIST)) return send(404, 'not found');
        try {
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
          return send(200, readFileSync(file), type);
        } catch {
          return send(404, 'not found');
        }
      }
      send(404, 'not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /** Opens a page; returns it with its console warnings and page errors. */
  async function open(path: string, body: string, lang = 'en', init?: string) {
    pages.set(path, page(body, lang));
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const p = await context.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    p.on('pageerror', (e) => errors.push(String(e)));
    if (init) await p.addInitScript(init);
    await p.goto(`${origin}${path}`);
    return { p, warnings, errors };
  }

  const channelRequests = (p: Page) =>
    p.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/channel\/|\/variants\//.test(e.name)).map((e) => ({ name: e.name, start: e.startTime })));
  const cardText = (p: Page, selector = 'nutrient-interaction') => p.$eval(selector, (el) => el.querySelector('.ni-card')?.textContent ?? '');

  it('a prerendered version-1 snippet gets the signed version 2 after first paint, with the update line; no layout shift before it', async () => {
    const { p, warnings, errors } = await open('/v2.html', snippetOf(origin, 'k2-d3', 'en'));
    await p.waitForSelector('nutrient-interaction .ni-update', { timeout: 15_000 });
    const line = await p.$eval('nutrient-interaction .ni-update', (el) => el.textContent!.replace(/\s+/g, ' ').trim());
    assert.equal(line, 'Safety correction, December 20, 2026: The dose for children under 9 was corrected.');
    assert.equal(await p.$eval('nutrient-interaction .ni-card', (el) => (el as HTMLElement).dataset.version), '2');
    assert.match(await p.$eval('nutrient-interaction .ni-version', (el) => el.textContent!), /Version 2/);
    const { fcp, shifts, updatedAt } = await p.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      shifts: (window as unknown as { __shifts: { value: number; time: number }[] }).__shifts,
      updatedAt: performance.now(),
    }));
    const requests = await channelRequests(p);
    assert.deepEqual(
      requests.map((r) => new URL(r.name).pathname),
      [`${MAJOR_CHANNEL}en/k2-d3.json`, `${MAJOR_CHANNEL}en/k2-d3.json.sig`],
      'one request for the topic and one for its signature, at the major version\u2019s channel',
    );
    for (const r of requests) assert.ok(r.start > fcp, `the channel was asked at ${r.start.toFixed(0)} ms, before the first paint at ${fcp.toFixed(0)} ms`);
    const firstAsk = Math.min(...requests.map((r) => r.start));
    const before = shifts.filter((s) => s.time < firstAsk).reduce((a, s) => a + s.value, 0);
    assert.equal(before, 0, `layout shift before the update: ${JSON.stringify(shifts)} (update by ${updatedAt.toFixed(0)} ms)`);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings.filter((w) => w.includes('nutrient-interaction')), []);
    await p.context().close();
  });

  it('two widgets of one topic share one request; the Spanish card says it in Spanish', async () => {
    const body = `${snippetOf(origin, 'k2-d3', 'es')}<p>More text.</p>${snippetOf(origin, 'k2-d3', 'es').replace(/<noscript>[\s\S]*$/, '')}`;
    const { p } = await open('/es.html', body, 'es');
    await p.waitForFunction(() => document.querySelectorAll('nutrient-interaction .ni-update').length === 2, undefined, { timeout: 15_000 });
    const lines = await p.$$eval('nutrient-interaction .ni-update', (els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(lines, Array(2).fill('Corrección de seguridad del 20 de diciembre de 2026: Se corrigió la dosis para menores de 9 años.'));
    assert.equal((await channelRequests(p)).length, 2, 'one topic and one signature request for both widgets');
    await p.context().close();
  });

  for (const [variant, reason] of [
    ['tampered', /signature/i],
    ['stranger', /signature|key/i],
  ] as const) {
    it(`a version 2 ${variant === 'tampered' ? 'with one byte changed' : 'signed by an unknown key'} changes nothing, with one warning`, async () => {
      const { p, warnings } = await open(`/${variant}.html`, snippetOf(origin, 'zinc-copper', 'en', `channel="${origin}/variants/${variant}/"`));
      const before = await cardText(p);
      await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.sig')), undefined, { timeout: 15_000 });
      await p.waitForTimeout(500);
      const refusals = warnings.filter((w) => w.includes('/variants/'));
      assert.equal(refusals.length, 1, `one warning: ${JSON.stringify(warnings)}`);
      assert.match(refusals[0], reason);
      assert.equal(await p.$('nutrient-interaction .ni-update'), null);
      assert.equal(await p.$eval('nutrient-interaction .ni-card', (el) => (el as HTMLElement).dataset.version), '1');
      // The drawn card equals the prerendered one but for the audience choice the script adds.
      assert.equal((await cardText(p)).includes('Version 1'), before.includes('Version 1'));
      await p.context().close();
    });
  }

  it('a signed version 1 after version 2 was seen on the page changes nothing, with one warning (a replay)', async () => {
    const { p, warnings } = await open('/replay.html', snippetOf(origin, 'folic-acid-b12', 'en'));
    await p.waitForSelector('nutrient-interaction .ni-update', { timeout: 15_000 });
    // A second widget of the topic, asking a channel that serves the older signed version.
    const second = snippetOf(origin, 'folic-acid-b12', 'en', `id="second" channel="${origin}/variants/v1/"`).replace(/<noscript>[\s\S]*$/, '');
    await p.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.querySelector('main')!.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    }, second);
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/variants/v1/') && e.name.endsWith('.sig')), undefined, { timeout: 15_000 });
    await p.waitForTimeout(300);
    const refusals = warnings.filter((w) => w.includes('/variants/v1/'));
    assert.equal(refusals.length, 1, JSON.stringify(warnings));
    assert.match(refusals[0], /older than the version shown \(2\)/);
    assert.equal(await p.$eval('#second .ni-card', (el) => (el as HTMLElement).dataset.version), '1');
    await p.context().close();
  });

  for (const lang of ['en', 'es']) {
    it(`a withdrawn topic shows the notice and its reason (${lang})`, async () => {
      const { p } = await open(`/withdrawn-${lang}.html`, snippetOf(origin, 'omega3-anticoagulants', lang, `channel="${origin}/variants/withdrawn/"`), lang);
      await p.waitForSelector('nutrient-interaction .ni-withdrawn', { timeout: 15_000 });
      const notice = await p.$eval('nutrient-interaction .ni-withdrawn', (el) => el.textContent!.replace(/\s+/g, ' ').trim());
      assert.equal(notice, lang === 'es' ? 'Este resumen se retiró el 20 de diciembre de 2026: Las pruebas cambiaron.' : 'This summary was withdrawn on December 20, 2026: The evidence changed.');
      assert.equal(await p.$('nutrient-interaction .ni-safety'), null, 'the summary itself is gone');
      await p.context().close();
    });
  }

  it('without Ed25519 in WebCrypto (stubbed) the pinned version stays, and the channel is not asked', async () => {
    const stub = `{ const importKey = crypto.subtle.importKey.bind(crypto.subtle);
      crypto.subtle.importKey = (format, data, algorithm, ...rest) => (algorithm === 'Ed25519' || algorithm?.name === 'Ed25519')
        ? Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError')) : importKey(format, data, algorithm, ...rest); }`;
    const { p, warnings } = await open('/no-ed25519.html', snippetOf(origin, 'k2-d3', 'en'), 'en', stub);
    await p.waitForFunction(() => document.querySelector('nutrient-interaction .ni-card input[type="radio"]'), undefined, { timeout: 15_000 });
    await p.waitForTimeout(800);
    assert.equal(await p.$('nutrient-interaction .ni-update'), null);
    assert.equal(await p.$eval('nutrient-interaction .ni-card', (el) => (el as HTMLElement).dataset.version), '1');
    assert.deepEqual((await channelRequests(p)).map((r) => r.name), []);
    assert.deepEqual(warnings.filter((w) => w.includes('nutrient-interaction')), []);
    await p.context().close();
  });

  it('the iframe embed shows the channel\u2019s latest verified version', async () => {
    const frame = `<iframe src="${origin}${PINNED}embed.html?topic=k2-d3" title="Vitamin K2 and vitamin D" style="width:100%;height:600px;border:0"></iframe>`;
    const { p } = await open('/iframe.html', frame);
    const inner = p.frameLocator('iframe');
    await inner.locator('nutrient-interaction .ni-update').waitFor({ timeout: 15_000 });
    assert.equal(await inner.locator('nutrient-interaction .ni-card').getAttribute('data-version'), '2');
    assert.match(await inner.locator('nutrient-interaction .ni-update').innerText(), /December 20, 2026/);
    await p.context().close();
  });
});
