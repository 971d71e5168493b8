/**
 * Screenshots of the demo blog post in headless Chromium, the way readers meet it: each wording and language, a 360 px
 * phone and a 1280 px desktop, light and dark (the blog's dark theme follows the system, the widget the page), with and
 * without JavaScript (the prerendered card alone).
 *
 *   node scripts/screenshot.mjs [outDir]     (default shots/; 32 images named <lang>-<audience>-<width>-<theme>-<js|nojs>.png)
 *   node scripts/screenshot.mjs --docs       the few images the docs show, into docs/screenshots/
 *   node scripts/screenshot.mjs --topics a,b [outDir]   each topic's card alone on a 360 px phone, both wordings
 *                                            (<slug>-<audience>-360.png; default outDir docs/screenshots/topics/)
 *   node scripts/screenshot.mjs --site [outDir]   the hosted pages (after npm run build): topic pages, the handout as
 *                                            printed, the catalog (default outDir docs/screenshots/site/)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const docs = process.argv.includes('--docs');
const site = process.argv.includes('--site');
const topicsAt = process.argv.indexOf('--topics');
const topics = topicsAt > 0 ? process.argv[topicsAt + 1].split(',') : undefined;
const free = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--topics');
const out = docs ? 'docs/screenshots' : (free[0] ?? (topics ? 'docs/screenshots/topics' : site ? 'docs/screenshots/site' : 'shots'));
mkdirSync(out, { recursive: true });
const server = await createServer({ configFile: 'vite.config.ts', server: { port: 5188, strictPort: false }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch(chromiumLaunchOptions);

async function shot({ lang, audience, width, theme, js, open = ['guidelines'] }) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, javaScriptEnabled: js, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(new URL(`demo/index.html?lang=${lang}&audience=${audience}`, base).href);
  const widget = page.locator('nutrient-interaction').first();
  await widget.locator('article.ni-card').waitFor();
  if (js) await widget.locator('.ni-audience input').first().waitFor();
  for (const section of open) await widget.locator(`details[data-section="${section}"] > summary`).click();
  await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const name = `${lang}-${audience}-${width}-${theme}-${js ? 'js' : 'nojs'}`;
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: false });
  await context.close();
  console.log(`${out}/${name}.png`);
}

/** One topic's card in one wording, the card alone, as a phone shows it (the side-by-side demo's widget). */
async function cardShot(slug, audience) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(new URL('demo/side-by-side.html', base).href);
  await page.selectOption('#topic', slug);
  const widget = page.locator(`nutrient-interaction[audience="${audience}"]`);
  await widget.locator(`article.ni-card[data-audience="${audience}"] h2`).filter({ hasNotText: /^$/ }).waitFor();
  await page.waitForFunction((s) => document.querySelector('nutrient-interaction')?.getAttribute('topic') === s, slug);
  await widget.locator('.ni-audience input').first().waitFor();
  const path = `${out}/${slug}-${audience}-360.png`;
  await widget.screenshot({ path });
  await context.close();
  console.log(path);
}

/**
 * The hosted pages as written for a local address, the pinned script served from dist/ as a CDN would (with CORS):
 * each page at a phone's or a desktop's width, light or dark, with or without JavaScript; the handout as printed.
 */
async function siteShots() {
  const folder = mkdtempSync(join(tmpdir(), 'ni-site-shots-'));
  const dist = join(process.cwd(), 'dist');
  const http = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [root, rest] = path.startsWith('/site/') ? [folder, path.slice(6)] : [dist, path.replace(/^\/cdn\//, '')];
    let file = normalize(join(root, rest));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const type = { js: 'text/javascript', css: 'text/css', json: 'application/json', html: 'text/html; charset=utf-8' }[file.split('.').pop()] ?? 'text/plain';
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const { writeSite } = await tsImport('./site.ts', import.meta.url);
  writeSite({ siteUrl: `${origin}/site/`, cdnBase: `${origin}/cdn`, out: folder });
  const pages = [
    ['topic-en-patient-360-light-js', 'en/k2-d3/', 360, 'light', true],
    ['topic-es-patient-360-dark-nojs', 'es/k2-d3/', 360, 'dark', false],
    ['topic-en-clinician-1280-dark-js', 'en/vitk-warfarin/clinician/', 1280, 'dark', true],
    ['catalog-1280-light-nojs', '', 1280, 'light', false],
    ['handout-es-print', 'es/magnesium-ppis/print/', 794, 'light', false],
  ];
  try {
    // The catalog's finder in use: a name picked, an unknown one typed.
    for (const [lang, width, theme, name, unknown] of [['en', 360, 'light', 'Warfarin', 'Moonstone'], ['es', 1280, 'dark', 'Hierro', 'Piedra lunar']]) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${origin}/site/${lang === 'en' ? '' : `${lang}/`}`);
      const box = page.locator('nutrient-interaction-finder input[role="combobox"]');
      await box.pressSequentially(name);
      await page.locator('[role="option"]', { hasText: name }).first().click();
      await box.pressSequentially(unknown);
      await box.press('Enter');
      await page.locator('nutrient-interaction-finder nutrient-interaction .ni-title').first().waitFor();
      await page.locator('nutrient-interaction-finder .nif-combo').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const file = `${out}/finder-${lang}-${width}-${theme}-js.png`;
      await page.screenshot({ path: file });
      await context.close();
      console.log(file);
    }
    for (const [name, path, width, theme, js] of pages) {
      const context = await browser.newContext({ viewport: { width, height: name.includes('print') ? 1123 : width < 600 ? 780 : 900 }, javaScriptEnabled: js, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${origin}/site/${path}`, { waitUntil: 'networkidle' });
      if (name.includes('print')) await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${out}/${name}.png` });
      await context.close();
      console.log(`${out}/${name}.png`);
    }
  } finally {
    http.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

try {
  if (site) {
    await siteShots();
  } else if (topics) {
    for (const slug of topics) for (const audience of ['patient', 'clinician']) await cardShot(slug, audience);
  } else if (docs) {
    await shot({ lang: 'en', audience: 'patient', width: 1280, theme: 'light', js: true });
    await shot({ lang: 'es', audience: 'patient', width: 360, theme: 'light', js: true });
    await shot({ lang: 'en', audience: 'clinician', width: 360, theme: 'dark', js: false });
    await shot({ lang: 'es', audience: 'clinician', width: 1280, theme: 'dark', js: true });
  } else {
    for (const lang of ['en', 'es'])
      for (const audience of ['patient', 'clinician'])
        for (const width of [360, 1280])
          for (const theme of ['light', 'dark'])
            for (const js of [true, false]) await shot({ lang, audience, width, theme, js });
  }
} finally {
  await browser.close();
  await server.close();
}
