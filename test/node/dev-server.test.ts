// `npm start` (the Vite dev server with this repository's config): the address it prints shows the demo.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type ViteDevServer } from 'vite';

describe('npm start', () => {
  let server: ViteDevServer;
  before(async () => {
    server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
  });
  after(() => server?.close());

  it('the URL it prints shows the demo blog post, whose widget script and topic load', async () => {
    const printed = server.resolvedUrls!.local[0]!;
    const response = await fetch(printed);
    assert.equal(response.status, 200);
    assert.match(new URL(response.url).pathname, /^\/demo\/index\.html$/);
    const html = await response.text();
    // The summary is in the page before any script runs (prerendered by the build's own renderer).
    assert.match(html, /<nutrient-interaction topic="k2-d3"[^>]*>\s*<article class="ni-card" slot="card" lang="en"/);
    assert.match(html, /Should I take vitamin K2 with vitamin D\?/);
    const spanish = await (await fetch(new URL('/demo/index.html?lang=es&audience=clinician', printed))).text();
    assert.match(spanish, /<nutrient-interaction [^>]*lang="es" audience="clinician">\s*<article class="ni-card" slot="card" lang="es"[^>]*data-audience="clinician"/);
    for (const path of ['/src/index.ts', '/src/data/topics/k2-d3.json', '/src/data/topics/es/_ui.json']) {
      assert.equal((await fetch(new URL(path, printed))).status, 200, path);
    }
  });

  it('runs the topic hash check the build does: the hashes filled in, and the topics served as the build ships them', async () => {
    const printed = server.resolvedUrls!.local[0]!;
    const module = await (await fetch(new URL('/src/load/topic-hashes.ts', printed))).text();
    const pinned = JSON.parse(/TOPIC_HASHES = (\{.*?\});/s.exec(module)![1]!) as Record<string, string>;
    const hashOf = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest().subarray(0, 16).toString('base64');
    // The script pins the pins file; it pins the rest.
    const pins = await (await fetch(new URL('/src/data/topics/_pins.json', printed))).arrayBuffer();
    assert.equal(hashOf(pins), pinned._pins, '_pins');
    const { hashes } = JSON.parse(Buffer.from(pins).toString('utf8')) as { hashes: Record<string, string> };
    assert.ok(Object.keys(hashes).length >= 13, 'every English topic and es/_ui');
    for (const key of ['k2-d3', 'es/_ui']) {
      const served = await (await fetch(new URL(`/src/data/topics/${key}.json`, printed))).arrayBuffer();
      assert.equal(hashOf(served), hashes[key], key);
    }
    // A Spanish topic is pinned by its language's _ui.json.
    const ui = await (await fetch(new URL('/src/data/topics/es/_ui.json', printed))).json();
    assert.equal(hashOf(await (await fetch(new URL('/src/data/topics/es/k2-d3.json', printed))).arrayBuffer()), ui.hashes['es/k2-d3']);
  });

  it('serves Lit with the widget\u2019s own Trusted Types policy name, as the CDN file has it (embed.html\u2019s CSP allows only that)', async () => {
    const printed = server.resolvedUrls!.local[0]!;
    const entry = await (await fetch(new URL('/src/card/templates.ts', printed))).text();
    const litHtmlJs = /from\s*"([^"]*\/lit\/html\.js[^"]*)"/.exec(entry)![1]!;
    const litHtml = /from\s*"([^"]*\/lit-html\/[^"]*lit-html\.js[^"]*)"/.exec(await (await fetch(new URL(litHtmlJs, printed))).text())![1]!;
    const code = await (await fetch(new URL(litHtml, printed))).text();
    assert.match(code, /createPolicy\("nutrient-interaction-lit"/);
    assert.doesNotMatch(code, /createPolicy\(["']lit-html/);
  });
});
