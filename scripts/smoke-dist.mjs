/**
 * Checks the built CDN file the way a blog meets it: dist/ copied to an unrelated folder, a page elsewhere that loads
 * it with one script tag. Fails unless the widget renders its topic with no page errors.
 * Usage (after npm run build): node scripts/smoke-dist.mjs
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const MOUNT = '/static/plugins/nutrient-interaction/v0/';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Post</title></head><body>
<article><h1>A blog post</h1>
<script type="module" src="${MOUNT}nutrient-interaction.js"></script>
<nutrient-interaction topic="k2-d3"></nutrient-interaction>
<nutrient-interaction topic="k2-d3" audience="clinician"></nutrient-interaction>
</article></body></html>`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const requests = [];
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  requests.push(path);
  if (path === '/blog/post.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (path.startsWith(MOUNT)) {
    const file = normalize(join('dist', path.slice(MOUNT.length)));
    try {
      const body = await readFile(file);
      return res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(body);
    } catch {}
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/blog/post.html`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  const titles = await page.locator('nutrient-interaction .title').allTextContents();
  await page.locator('nutrient-interaction').first().locator('#research-toggle').click();
  const research = await page.locator('nutrient-interaction').first().locator('#research-panel').textContent();
  const topicRequests = requests.filter((p) => p.endsWith('/topics/k2-d3.json')).length;
  const problems = [...errors];
  if (titles.length !== 2 || titles.some((t) => !t.includes('vitamin K2'))) problems.push(`titles: ${JSON.stringify(titles)}`);
  if (!research || research.length < 200) problems.push('research section did not open');
  if (topicRequests !== 1) problems.push(`topic JSON requested ${topicRequests} times`);
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`smoke: dist/ renders from ${MOUNT} (${titles.length} widgets, 1 topic request)`);
} finally {
  await browser.close();
  server.close();
}
