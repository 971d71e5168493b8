/**
 * Screenshots of the demo in headless Chromium: both audiences, all sections open, desktop and a 360 px phone.
 * Usage: node scripts/screenshot.mjs [outDir]   (default shots/; docs/screenshot.png is the README image)
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const out = process.argv[2] ?? 'shots';
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { port: 5188, strictPort: false, open: false }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch(chromiumLaunchOptions);

async function shot(name, { page: path = 'demo/index.html', width = 1100, height = 900, audience, open = [], full = true, scrollTo } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(new URL(path, base).href);
  const widget = page.locator('nutrient-interaction').first();
  await widget.locator('article').waitFor();
  if (audience) await widget.getByLabel(audience === 'clinician' ? 'Healthcare professional' : 'Patient or caregiver').check();
  for (const section of open) await widget.locator(`#${section}-toggle`).click();
  if (scrollTo) await widget.locator(scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  await page.close();
  console.log(`${out}/${name}.png`);
}

try {
  await shot('demo-patient', { open: ['guidelines'], full: false });
  await shot('demo-patient-open', { open: ['guidelines', 'research', 'disclaimer', 'references'] });
  await shot('demo-clinician-open', { audience: 'clinician', open: ['guidelines', 'research', 'disclaimer', 'references'] });
  await shot('demo-phone-360', { width: 360, height: 780, full: false, scrollTo: 'article' });
  await shot('demo-phone-360-research', { width: 360, height: 780, full: false, open: ['research'], scrollTo: '#research-toggle' });
  await shot('side-by-side', { page: 'demo/side-by-side.html', width: 1300, full: false });
} finally {
  await browser.close();
  await server.close();
}
