/**
 * Screenshots of the demo blog post in headless Chromium, the way readers meet it: each wording and language, a 360 px
 * phone and a 1280 px desktop, light and dark (the blog's dark theme follows the system, the widget the page), with and
 * without JavaScript (the prerendered card alone).
 *
 *   node scripts/screenshot.mjs [outDir]     (default shots/; 32 images named <lang>-<audience>-<width>-<theme>-<js|nojs>.png)
 *   node scripts/screenshot.mjs --docs       the few images the docs show, into docs/screenshots/
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const docs = process.argv.includes('--docs');
const out = docs ? 'docs/screenshots' : (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'shots');
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

try {
  if (docs) {
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
