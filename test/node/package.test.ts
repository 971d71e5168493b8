// What npm publishes and what the build promises: checked on a fresh build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain JS helper shared with `npm run size`
import { BUDGET_BROTLI, FINDER_BUDGET_BROTLI, measure, overBudget } from '../../scripts/size.mjs';
// @ts-expect-error plain JS helper shared with the other tools that launch Chromium
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const sha384 = (path: string) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

describe('package', () => {
  // Uncommitted edits and new files, with their contents: the same before and after a build.
  const tree = () => execSync('git status --porcelain --untracked-files=all && git diff && git diff --cached', { encoding: 'utf8' });
  let treeBeforeBuild = '';
  let treeAfterBuild = '';
  before(() => {
    treeBeforeBuild = tree();
    execSync('npm run build', { stdio: 'ignore' });
    treeAfterBuild = tree();
  });

  it('npm pack ships dist (element, types, topics, schema, manifest, embed) and nothing else', () => {
    const [pack] = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { encoding: 'utf8' }));
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    for (const required of [
      'package.json',
      'README.md',
      'dist/nutrient-interaction.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/nutrient-interaction.d.ts',
      'dist/custom-elements.json',
      'dist/schema/nutrient-interaction.schema.json',
      'dist/topics/index.json',
      'dist/topics/k2-d3.json',
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed-host.js',
      'dist/sri.json',
      'dist/SRI.md',
      'dist/element.js',
      'dist/element.d.ts',
      'dist/chunks/topics/k2-d3.js',
      'dist/snippets/k2-d3.html',
      'dist/jsx.d.ts',
      'dist/react.d.ts',
      'dist/vue.d.ts',
      'dist/svelte.d.ts',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
    ]) {
      assert.ok(files.includes(required), `missing ${required}`);
    }
    const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
    assert.deepEqual(stray, []);
    assert.ok(!files.some((f) => f.includes('content-rules')), 'dev-only content rules are not published');
  });

  it('exports, types and customElements point at built files', () => {
    const pkg = json('package.json');
    const targets = [pkg.types, pkg.customElements, pkg['web-types'], pkg.jsdelivr, pkg.unpkg];
    // Every export, conditions and all; a pattern export by one file it matches.
    const walk = (t: unknown): string[] => (typeof t === 'string' ? [t] : Object.values(t as object).flatMap(walk));
    for (const [key, target] of Object.entries(pkg.exports)) {
      for (const t of walk(target)) targets.push(key.endsWith('/*') ? t.replace('*', key === './topics/*' ? 'k2-d3.json' : 'k2-d3.html') : t);
    }
    for (const t of targets) assert.ok(existsSync(t), `${t} exists`);
    for (const key of ['.', './element', './cdn', './package.json', './custom-elements.json', './embed-host.js', './snippets/*', './react', './vue', './svelte']) {
      assert.ok(pkg.exports[key], `exports ${key}`);
    }
    assert.equal(pkg.jsdelivr, 'dist/nutrient-interaction.js');
    assert.equal(pkg.unpkg, 'dist/nutrient-interaction.js');
    assert.equal(pkg.scripts.prepack, 'npm run build');
    assert.match(pkg.repository.url, /github\.com\/nutrient-interaction\/nutrient-interaction/);
    assert.ok(pkg.homepage && pkg.bugs.url);
    assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
    // The npm build imports Lit instead of bundling it; the CDN build bundles everything.
    const lib = readFileSync('dist/chunks/nutrient-interaction.js', 'utf8');
    assert.match(lib, /from "lit\/html\.js"/);
    // The class-only entry registers nothing.
    assert.doesNotMatch(readFileSync('dist/element.js', 'utf8'), /customElements\.define/);
    assert.doesNotMatch(readFileSync('dist/nutrient-interaction.js', 'utf8'), /from\s*"lit"|import\s*"lit/);
  });

  it('the custom elements manifest documents the element API', () => {
    const manifest = json('dist/custom-elements.json');
    const element = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === 'nutrient-interaction');
    assert.ok(element, 'element declared with its tag');
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    for (const a of ['topic', 'src', 'audience', 'heading-level', 'theme', 'independent', 'follow-up-href', 'structured-data']) {
      assert.ok(names(element.attributes).includes(a), `attribute ${a}`);
    }
    assert.deepEqual(names(element.events).sort(), [
      'nutrient-interaction-audience-change',
      'nutrient-interaction-error',
      'nutrient-interaction-load',
      'nutrient-interaction-toggle',
      'nutrient-interaction-update',
    ]);
    assert.ok(names(element.cssProperties).includes('--nutrient-interaction-accent'));
    assert.deepEqual(names(element.slots).sort(), ['', 'card', 'follow-up']);
    // Private state is not public API.
    for (const m of element.members ?? []) assert.ok(!m.name.startsWith('#') && !m.name.startsWith('_'), `member ${m.name}`);
  });

  it(`all JavaScript for one widget, Lit included, is within ${BUDGET_BROTLI} B brotli`, () => {
    const size = measure(readFileSync('dist/nutrient-interaction.js'));
    assert.equal(overBudget(size), undefined);
    // The check itself: one byte over fails.
    assert.match(overBudget({ brotli: BUDGET_BROTLI + 1 }), /over the \d+ B budget by 1 B/);
  });

  it(`the finder add-on is within ${FINDER_BUDGET_BROTLI} B brotli on top of the script, and brings no Lit of its own`, () => {
    const code = readFileSync('dist/addons/finder.js');
    assert.equal(overBudget(measure(code), FINDER_BUDGET_BROTLI), undefined);
    // Lit's own markers: its template compiler and its Trusted Types policy come with the script, not the add-on.
    assert.doesNotMatch(code.toString(), /createPolicy|lit\$\d|\?lit\$/);
  });

  it('sri.json holds the hashes of the built files, and dist/SRI.md the README\u2019s snippets with them filled in', () => {
    const sri = json('dist/sri.json');
    assert.deepEqual(Object.keys(sri).sort(), ['embed-host.js', 'nutrient-interaction.css', 'nutrient-interaction.js']);
    for (const file of Object.keys(sri)) assert.equal(sri[file], sha384(`dist/${file}`), file);
    const published = readFileSync('dist/SRI.md', 'utf8');
    const { version } = json('package.json');
    assert.match(published, new RegExp(`^# nutrient-interaction ${version.replace(/\./g, '\\.')}:`));
    const tags = [...readFileSync('README.md', 'utf8').matchAll(/<(?:script|link)\b[^>]*\bintegrity=[^>]*>/g)].map((m) => m[0]);
    // The card's snippets (prerendered and script only), the embed host, the finder, and the layout stylesheet.
    assert.equal(tags.length, 5);
    for (const tag of tags) {
      const file = /\/dist\/([^"]+)"/.exec(tag)![1]!;
      assert.ok(published.includes(tag.replace('sha384-\u2026', sri[file])), `dist/SRI.md has ${tag} filled in`);
    }
  });

  it('every script tag a publisher copies is pinned: the README snippets (placeholder) and the embed-code generator (dist/sri.json)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const tags = [...readme.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => /src="https:/.test(t));
    assert.deepEqual(tags.map((t) => /\/dist\/([^"]+)"/.exec(t)?.[1]).sort(), ['embed-host.js', 'nutrient-interaction.js', 'nutrient-interaction.js', 'nutrient-interaction.js']);
    for (const tag of tags) assert.ok(tag.includes('integrity="sha384-\u2026"') && tag.includes('crossorigin="anonymous"'), tag);
    // No hash is written into a tracked file: the generator reads the build's.
    const generator = readFileSync('demo/embed-code.js', 'utf8');
    assert.doesNotMatch(generator, /sha384-[A-Za-z0-9+/]/);
    assert.match(generator, /fetch\(new URL\('\.\.\/dist\/sri\.json', import\.meta\.url\)\)/);
  });

  it('the build writes no tracked file: the work tree is as it was before npm run build', () => {
    assert.equal(treeAfterBuild, treeBeforeBuild);
  });

  it('published declarations need nothing but themselves and lit (no dev-only package behind any type)', () => {
    const [pack] = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { encoding: 'utf8' }));
    const declarations: string[] = pack.files.map((f: { path: string }) => f.path).filter((p: string) => p.endsWith('.d.ts'));
    // The framework typings refer to their framework; every other import is relative or lit.
    const allowed = /^(lit(\/|$)|react$|vue$|svelte\/elements$)/;
    for (const file of declarations) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith('.')) assert.ok(existsSync(resolve(dirname(file), spec!.replace(/\.js$/, '.d.ts'))), `${file}: ${spec} is published`);
        else assert.match(spec!, allowed, `${file} imports ${spec}`);
      }
    }
    assert.ok(!declarations.some((f) => /schema-valibot|content-rules|readability/.test(f)), 'the valibot schema and content tooling are not published');
    // The summary types are spelled out, not inferred from a schema library.
    assert.match(readFileSync('dist/data/schema.d.ts', 'utf8'), /export type Summary = \{/);
  });

  it('the npm build carries each topic as a module with the bytes of its JSON file; the CDN file carries none', async () => {
    for (const slug of ['k2-d3', 'zinc-copper']) {
      const mod = await import(`${pathToFileURL(resolve('dist/chunks/topics', `${slug}.js`)).href}`);
      assert.equal(mod.default, readFileSync(`dist/topics/${slug}.json`, 'utf8'));
    }
    const lib = readFileSync('dist/chunks/nutrient-interaction.js', 'utf8');
    assert.match(lib, /"k2-d3": \(\) => import\("\.\/topics\/k2-d3\.js"\)/);
    // Nothing left for a bundler to resolve as a folder, and no second topics mechanism in the CDN file.
    assert.doesNotMatch(lib, /import\.meta\.url/);
    assert.doesNotMatch(readFileSync('dist/nutrient-interaction.js', 'utf8'), /chunks\/topics|import\(/);
  });

  it('the npm build asks the CDN channel of its major version, with the keys of dist/channel/keys.json; the CDN add-on derives its channel from its own address', () => {
    const { version } = json('package.json');
    const npmChannel = readFileSync('dist/chunks/channel.js', 'utf8');
    assert.ok(npmChannel.includes(`https://cdn.jsdelivr.net/npm/nutrient-interaction@${version.split('.')[0]}/dist/channel/`), 'the major version\u2019s channel');
    const keys = json('dist/channel/keys.json').keys as { publicKey: string }[];
    assert.ok(keys.length > 0);
    for (const { publicKey } of keys) {
      assert.ok(npmChannel.includes(publicKey), 'every accepted key in the npm build');
      assert.ok(readFileSync('dist/addons/channel.js', 'utf8').includes(publicKey), 'every accepted key in the CDN add-on');
    }
    assert.doesNotMatch(readFileSync('dist/addons/channel.js', 'utf8'), /cdn\.jsdelivr\.net/, 'no fixed address in the CDN add-on');
  });

  it('npm publish --dry-run from a clean checkout builds first (prepack) and lists dist/', () => {
    // The checkout as committed (plus new files not yet committed), without dist/ or any other ignored file.
    const files = execSync('git ls-files -z --cached --others --exclude-standard', { encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(f));
    const dir = mkdtempSync(join(tmpdir(), 'ni-publish-'));
    try {
      for (const f of files) cpSync(f, join(dir, f));
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
      assert.ok(!existsSync(join(dir, 'dist')));
      // Lifecycle scripts print to stdout too: npm's own JSON comes last.
      const out = execFileSync('npm', ['publish', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const report = JSON.parse(out.slice(out.lastIndexOf('\n{\n') + 1));
      const published: string[] = report['nutrient-interaction'].files.map((f: { path: string }) => f.path);
      for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/nutrient-interaction.js', 'dist/chunks/topics/k2-d3.js', 'dist/topics/k2-d3.json', 'dist/custom-elements.json']) {
        assert.ok(published.includes(f), `publishes ${f}`);
      }
      assert.ok(!published.some((f) => f.startsWith('dist/wordpress/')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The built CDN file the way publishers meet it: copied to some folder, loaded by one script tag on a page elsewhere.
describe('built bundle in Chromium', () => {
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  // A host page with its own Lit app, the widget from a CDN (another origin), under the CSP SECURITY.md recommends; or
  // under one that does not allow the widget's policy name. %CDN% is the CDN's origin.
  const hostCsp = (trustedTypes: string) =>
    `default-src 'self'; script-src 'self' %CDN%; connect-src 'self' %CDN%; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
  const RECOMMENDED_TT = 'lit-html nutrient-interaction nutrient-interaction-lit';
  const WITHOUT_WIDGET_TT = 'lit-html nutrient-interaction';
  const hostApp = '<div id="app"></div><script type="module" src="/app/app.js"></script>';
  const widgetScript = (path = '/static/widgets/v1/nutrient-interaction.js') =>
    `<script type="module" src="%CDN%${path}" integrity="%WIDGET_SRI%" crossorigin="anonymous"></script>`;
  const hostLitPage = (order: 'host-first' | 'widget-first', trustedTypes: string, widgets: string) => ({
    csp: hostCsp(trustedTypes),
    html: `${order === 'host-first' ? hostApp + widgetScript() : widgetScript() + hostApp}\n${widgets}`,
  });
  const HOST_LIT_WIDGETS = '<nutrient-interaction topic="k2-d3" structured-data></nutrient-interaction>\n<nutrient-interaction topic="zinc-copper" lang="es"></nutrient-interaction>';
  // Blocked: one widget with nothing to show but what it draws, one with its prerendered card.
  const BLOCKED_WIDGETS = '<nutrient-interaction topic="k2-d3"></nutrient-interaction>\n%SNIPPET_ZINC_COPPER%';
  const pages: Record<string, { html: string; csp?: boolean | string }> = {
    '/blog/post.html': {
      html: `<script type="module" src="/static/widgets/v1/nutrient-interaction.js"></script>
        <nutrient-interaction topic="k2-d3"></nutrient-interaction>
        <nutrient-interaction topic="k2-d3" audience="clinician"></nutrient-interaction>`,
    },
    // The preload the README recommends for the plain snippet: the widget's request must use it, not fetch again.
    '/blog/preload.html': {
      html: `<link rel="preload" as="fetch" href="/static/widgets/v1/topics/k2-d3.json" crossorigin>
        <script type="module" src="/static/widgets/v1/nutrient-interaction.js"></script>
        <nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>`,
    },
    // The README's script-only snippet, high on the page with text below: with and without its one CSS rule.
    '/blog/plain-reserved.html': {
      html: `<main style="max-width:42rem;margin:auto"><h1>Post</h1><p>Intro.</p>
        <style>nutrient-interaction:not(:defined) { display: block; min-block-size: min(100vh, 60em) }</style>
        <script type="module" src="/slow/nutrient-interaction.js"></script>
        <nutrient-interaction topic="folic-acid-b12"></nutrient-interaction>${'<p>Text below the summary.</p>'.repeat(30)}</main>`,
    },
    '/blog/plain-unreserved.html': {
      html: `<main style="max-width:42rem;margin:auto"><h1>Post</h1><p>Intro.</p>
        <script type="module" src="/slow/nutrient-interaction.js"></script>
        <nutrient-interaction topic="folic-acid-b12"></nutrient-interaction>${'<p>Text below the summary.</p>'.repeat(30)}</main>`,
    },
    '/blog/strict.html': {
      csp: true,
      html: `<script type="module" src="/static/widgets/v1/nutrient-interaction.js"></script>
        <nutrient-interaction topic="k2-d3" structured-data theme="auto"></nutrient-interaction>`,
    },
    // The iframe embed, and the host script pinned the way the README says.
    '/blog/iframe.html': {
      html: `<script src="/static/widgets/v1/embed-host.js" integrity="%EMBED_HOST_SRI%" crossorigin="anonymous" defer></script>
        <iframe data-nutrient-interaction id="topic" title="t" style="width:600px;height:150px;border:0"
          src="/static/widgets/v1/embed.html?topic=k2-d3&amp;follow-up-href=https://example.org/ask"></iframe>
        <iframe data-nutrient-interaction id="spoof" title="t" style="width:600px;height:150px;border:0"
          src="/static/widgets/v1/embed.html?src=/static/widgets/v1/topics/k2-d3.json"></iframe>`,
    },
    // The same built script, from a copy whose k2-d3 topic was changed after release.
    '/blog/tampered.html': {
      html: `<script type="module" src="/tampered/nutrient-interaction.js"></script>
        <nutrient-interaction topic="k2-d3"></nutrient-interaction>
        <nutrient-interaction topic="zinc-copper"></nutrient-interaction>`,
    },
    // The tampered file named by src first (shown, as an outside source with an unknown review status): the topic
    // widget after it must still check the file's hash, not reuse the src widget's answer.
    '/blog/tampered-src-first.html': {
      html: `<script type="module" src="/tampered/nutrient-interaction.js"></script>
        <nutrient-interaction id="by-src" src="/tampered/topics/k2-d3.json" loading="eager"></nutrient-interaction>
        <nutrient-interaction id="by-topic" topic="k2-d3" loading="eager"></nutrient-interaction>`,
    },
    // Spanish: a tampered Spanish topic (pinned through es/_ui.json), and a copy whose es/_ui.json itself was changed.
    '/blog/tampered-es.html': {
      html: `<script type="module" src="/tampered/nutrient-interaction.js"></script>
        <nutrient-interaction topic="vitk-warfarin" lang="es"></nutrient-interaction>
        <nutrient-interaction topic="zinc-copper" lang="es"></nutrient-interaction>`,
    },
    '/blog/tampered-ui.html': {
      html: `<script type="module" src="/tampered-ui/nutrient-interaction.js"></script>
        <nutrient-interaction topic="zinc-copper" lang="es"></nutrient-interaction>`,
    },
    // The script moved away from its topics folder: one host answers the topics with its own HTML page, one with 404.
    '/blog/moved.html': {
      html: `<script type="module" src="/spa/nutrient-interaction.js"></script>
        <nutrient-interaction topic="k2-d3"></nutrient-interaction>`,
    },
    '/blog/moved-404.html': {
      html: `<script type="module" src="/gone/nutrient-interaction.js"></script>
        <nutrient-interaction topic="k2-d3"></nutrient-interaction>`,
    },
    '/blog/two-copies.html': {
      html: `<script type="module" src="/static/widgets/v1/nutrient-interaction.js"></script>
        <script type="module" src="/plugins/other/nutrient-interaction.js?v=2"></script>
        <nutrient-interaction topic="k2-d3"></nutrient-interaction>
        <nutrient-interaction topic="zinc-copper"></nutrient-interaction>`,
    },
    '/blog/host-lit.html': hostLitPage('host-first', RECOMMENDED_TT, HOST_LIT_WIDGETS),
    '/blog/host-lit-widget-first.html': hostLitPage('widget-first', RECOMMENDED_TT, HOST_LIT_WIDGETS),
    '/blog/host-lit-blocked.html': hostLitPage('host-first', WITHOUT_WIDGET_TT, BLOCKED_WIDGETS),
    '/blog/host-lit-blocked-widget-first.html': hostLitPage('widget-first', WITHOUT_WIDGET_TT, BLOCKED_WIDGETS),
    // Allowed to draw, not to write structured data (no "nutrient-interaction" policy).
    '/blog/host-lit-no-json-ld.html': hostLitPage('host-first', 'lit-html nutrient-interaction-lit', '<nutrient-interaction topic="k2-d3" structured-data></nutrient-interaction>'),
    // Two copies of the script (two plugins), beside the host's Lit, under the recommended CSP.
    '/blog/host-lit-two-copies.html': {
      csp: hostCsp(RECOMMENDED_TT),
      html: `${hostApp}${widgetScript()}
        <script type="module" src="%CDN%/plugins/other/nutrient-interaction.js?v=2"></script>
        <nutrient-interaction topic="k2-d3" structured-data></nutrient-interaction>
        <nutrient-interaction topic="zinc-copper"></nutrient-interaction>`,
    },
  };
  // The host's app: lit-html as published (its policy is "lit-html"), one template drawn at load and another on a click,
  // so the host's policy is used again after the widget has loaded. Records whether the widget was there first.
  const HOST_APP = `import { html, render } from './lit-html.js';
    const host = (window.__host = { widgetFirst: !!customElements.get('nutrient-interaction'), clicks: 0 });
    const draw = () => render(
      host.clicks
        ? html\`<p class="host-done">Host app clicked \${host.clicks} times</p>\`
        : html\`<h1 class="host-title">Host app</h1><button class="host-button" @click=\${() => { host.clicks++; draw(); }}>Click</button>\`,
      document.getElementById('app'));
    draw();`;
  let server: Server;
  let cdnServer: Server;
  let browser: Browser;
  let origin: string;
  let cdn: string;
  const requests: string[] = [];

  before(async () => {
    if (!existsSync('dist/nutrient-interaction.js')) execSync('npm run build', { stdio: 'ignore' });
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url!, 'http://x').pathname;
      requests.push(path);
      if (path === '/favicon.ico') return res.writeHead(204).end();
      const page = pages[path];
      if (page) {
        const headers: Record<string, string> = { 'content-type': 'text/html' };
        if (page.csp) headers['content-security-policy'] = (page.csp === true ? CSP : page.csp).replaceAll('%CDN%', cdn);
        const sri = json('dist/sri.json');
        const body = page.html
          .replaceAll('%CDN%', cdn)
          .replace('%EMBED_HOST_SRI%', () => sri['embed-host.js'])
          .replaceAll('%WIDGET_SRI%', () => sri['nutrient-interaction.js'])
          // The snippet as a publisher pastes it, pinned script tag included, with this CDN for jsDelivr.
          .replace('%SNIPPET_ZINC_COPPER%', () =>
            readFileSync('dist/snippets/zinc-copper.html', 'utf8').replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/nutrient-interaction@[^/]+\/dist\//g, `${cdn}/static/widgets/v1/`),
          );
        return res.writeHead(200, headers).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);
      }
      if (path === '/app/lit-html.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('node_modules/lit-html/lit-html.js'));
      if (path === '/app/app.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(HOST_APP);
      if (path === '/tampered/topics/k2-d3.json') {
        const topic = json('dist/topics/k2-d3.json');
        topic.safety.points[0].text.patient = 'TAMPERED: vitamin K2 is safe with warfarin.';
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(topic));
      }
      // A slow script: the page paints before the element is defined, as it does on real networks.
      if (path === '/slow/nutrient-interaction.js') {
        return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/nutrient-interaction.js')), 400);
      }
      if (path === '/spa/nutrient-interaction.js' || path === '/gone/nutrient-interaction.js') {
        return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('dist/nutrient-interaction.js'));
      }
      if (path.startsWith('/spa/')) return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>App</title><div id="app"></div>');
      if (path === '/tampered/topics/es/vitk-warfarin.json') {
        const topic = json('dist/topics/es/vitk-warfarin.json');
        topic.safety.points[0].text.patient = 'ALTERADO: la vitamina K no cambia la warfarina.';
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(topic));
      }
      if (path === '/tampered-ui/topics/es/_ui.json') {
        const ui = json('dist/topics/es/_ui.json');
        // Forged hashes would let a changed topic through: the file that carries them is pinned by the script.
        ui.sections.guidelines = 'ALTERADO';
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ui));
      }
      const mount = ['/static/widgets/v1/', '/plugins/other/', '/tampered/', '/tampered-ui/', '/slow/'].find((m) => path.startsWith(m));
      if (mount) {
        try {
          const file = normalize(join('dist', path.slice(mount.length)));
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/json';
          return res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
        } catch {}
      }
      res.writeHead(404).end();
    };
    server = createServer(handle);
    // The same files from another origin, as a CDN serves them: module scripts and fetches from there need CORS.
    cdnServer = createServer((req, res) => (res.setHeader('access-control-allow-origin', '*'), handle(req, res)));
    const listen = async (s: Server) => {
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      return `http://127.0.0.1:${(s.address() as { port: number }).port}`;
    };
    origin = await listen(server);
    cdn = await listen(cdnServer);
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  after(async () => {
    await browser?.close();
    server?.close();
    cdnServer?.close();
  });

  /**
   * A page, once every widget shows its card (unless `cards` is false). `problems`: uncaught errors, console errors and
   * anything said about violations or Trusted Types. In the page: `__violations` (directive, and the policy name or
   * code sample when there is one) and `__errors` (each nutrient-interaction-error's widget topic and code).
   */
  async function open(path: string, { cards = true } = {}) {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => (m.type() === 'error' || /violat|trusted/i.test(m.text())) && problems.push(`console: ${m.text()}`));
    await page.addInitScript(() => {
      const w = window as any;
      w.__violations = [];
      w.__errors = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.sample ? `${e.violatedDirective}: ${e.sample}` : e.violatedDirective));
      document.addEventListener('nutrient-interaction-error', (e) => w.__errors.push(`${(e.target as Element).getAttribute('topic')}: ${(e as CustomEvent).detail.code}`));
    });
    await page.goto(origin + path);
    if (cards) {
      await page.waitForFunction(() =>
        [...document.querySelectorAll('nutrient-interaction')].every((w) => w.querySelector(':scope > .ni-card')),
      );
    }
    return { page, problems };
  }

  /** The host's own Lit app draws, and draws a new template on a click (its "lit-html" policy still works). */
  async function hostAppWorks(page: Page) {
    await page.locator('#app .host-title').waitFor();
    await page.locator('#app .host-button').click();
    assert.equal(await page.locator('#app .host-done').textContent(), 'Host app clicked 1 times');
  }

  it('renders from any folder, fetching the topic once for two widgets', async () => {
    requests.length = 0;
    const { page, problems } = await open('/blog/post.html');
    await page.locator('nutrient-interaction').first().locator('details[data-section="research"] > summary').click();
    assert.ok(((await page.locator('nutrient-interaction').first().locator('details[data-section="research"] .ni-section-body').textContent()) ?? '').length > 200);
    assert.equal(requests.filter((p) => p.endsWith('/topics/k2-d3.json')).length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('uses a <link rel="preload"> of its topic: one request, not two (a preload without crossorigin makes two)', async () => {
    requests.length = 0;
    const { page, problems } = await open('/blog/preload.html');
    assert.equal(requests.filter((p) => p.endsWith('/topics/k2-d3.json')).length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the script-only snippet keeps the text below in place in a 42rem column (CLS < 0.02 at 1280×720 and 360×780); without its CSS rule it jumps', async () => {
    const cls = async (path: string, viewport: { width: number; height: number }) => {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        const w = window as any;
        w.__cls = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e: any) => (w.__cls += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(origin + path);
      await page.waitForFunction(() => document.querySelector('nutrient-interaction > .ni-card'));
      await page.waitForTimeout(300);
      const value: number = await page.evaluate(() => (window as any).__cls);
      await page.close();
      return value;
    };
    for (const viewport of [{ width: 1280, height: 720 }, { width: 360, height: 780 }]) {
      const reserved = await cls('/blog/plain-reserved.html', viewport);
      const unreserved = await cls('/blog/plain-unreserved.html', viewport);
      assert.ok(reserved < 0.02 && unreserved > 0.05, `${viewport.width}: reserved ${reserved}, unreserved ${unreserved}`);
    }
  });

  it('renders under a strict CSP with Trusted Types enforced, with zero violations', async () => {
    const { page, problems } = await open('/blog/strict.html');
    await page.locator('nutrient-interaction').locator('details[data-section="references"] > summary').click();
    assert.equal(await page.locator('nutrient-interaction > script[type="application/ld+json"]').count(), 1);
    assert.deepEqual(await page.evaluate(() => (window as any).__violations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the built iframe embed: its own CSP with zero violations, sized by the pinned embed-host.js, src= refused', async () => {
    const { page, problems } = await open('/blog/iframe.html');
    const frame = (id: string) => page.frame({ url: (u) => u.href === new URL(id, `${origin}/static/widgets/v1/`).href })!;
    const topic = frame('embed.html?topic=k2-d3&follow-up-href=https://example.org/ask');
    await topic.waitForFunction(() => document.querySelector('nutrient-interaction > .ni-card'));
    await topic.locator('details[data-section="references"] > summary').click();
    await page.waitForFunction(() => document.getElementById('topic')!.getBoundingClientRect().height > 300);
    assert.ok(await topic.locator('.ni-follow-up a').count());
    // Even a topic file on the embed's own origin is refused as src=: on a CDN, that origin serves every package.
    const spoof = frame('embed.html?src=/static/widgets/v1/topics/k2-d3.json');
    await spoof.waitForFunction(() => document.body.firstElementChild);
    assert.equal(await spoof.locator('nutrient-interaction').count(), 0);
    assert.match((await spoof.locator('body').textContent()) ?? '', /can only show the summaries that come with it/);
    for (const f of [topic, spoof]) assert.deepEqual(await f.evaluate(() => (window as any).__violations), []);
    assert.deepEqual(await page.evaluate(() => (window as any).__violations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('refuses a bundled topic changed after release, and still shows the untouched one', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/blog/tampered.html`);
    await page.waitForFunction(() => document.querySelector('nutrient-interaction[topic="zinc-copper"] > .ni-card'));
    await page.waitForFunction(() => document.querySelector('nutrient-interaction[topic="k2-d3"]')!.shadowRoot!.querySelector('[role="alert"]'));
    const alert = await page.evaluate(() => document.querySelector('nutrient-interaction[topic="k2-d3"]')!.shadowRoot!.textContent);
    assert.match(alert ?? '', /does not match this version of the widget/);
    assert.equal(await page.locator('text=TAMPERED').count(), 0);
    await page.close();
  });

  it('a topic is checked against its hash even when a src widget on the page already fetched the same file', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/blog/tampered-src-first.html`);
    await page.waitForFunction(() => document.querySelector('#by-src > .ni-card'));
    assert.match(await page.locator('#by-src .ni-meta').innerText(), /Review status: Unknown/);
    await page.waitForFunction(() => document.querySelector('#by-topic')!.shadowRoot!.querySelector('[role="alert"]'));
    assert.match((await page.evaluate(() => document.querySelector('#by-topic')!.shadowRoot!.textContent)) ?? '', /does not match this version of the widget/);
    assert.equal(await page.locator('#by-topic >> text=TAMPERED').count(), 0);
    await page.close();
  });

  it('Spanish topics are pinned through the pinned es/_ui.json: a changed topic or interface file is refused', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/blog/tampered-es.html`);
    await page.waitForFunction(() => document.querySelector('nutrient-interaction[topic="zinc-copper"] > .ni-card'));
    assert.equal(await page.locator('nutrient-interaction[topic="zinc-copper"] summary').first().innerText(), 'Recomendaciones');
    await page.waitForFunction(() => document.querySelector('nutrient-interaction[topic="vitk-warfarin"]')!.shadowRoot!.querySelector('[role="alert"]'));
    const alert = await page.evaluate(() => document.querySelector('nutrient-interaction[topic="vitk-warfarin"]')!.shadowRoot!.textContent);
    assert.match(alert ?? '', /no coincide con esta versión de la herramienta/);
    assert.equal(await page.locator('text=ALTERADO').count(), 0);
    await page.goto(`${origin}/blog/tampered-ui.html`);
    await page.waitForFunction(() => document.querySelector('nutrient-interaction')!.shadowRoot!.querySelector('[role="alert"]'));
    // Without its (refused) interface file the Spanish topic cannot be verified either, so it is not shown.
    assert.match((await page.evaluate(() => document.querySelector('nutrient-interaction')!.shadowRoot!.textContent)) ?? '', /There is no summary|does not match/);
    assert.equal(await page.locator('text=ALTERADO').count(), 0);
    await page.close();
  });

  it('a script moved away from its topics says to call setBasePath (not that the file changed), whether the host answers with HTML or 404', async () => {
    for (const [path, code] of [['/blog/moved.html', 'not-json'], ['/blog/moved-404.html', 'not-found']]) {
      const page = await browser.newPage();
      await page.addInitScript(() => document.addEventListener('nutrient-interaction-error', (e) => ((window as any).__error = e.detail)));
      await page.goto(origin + path);
      await page.waitForFunction(() => (window as any).__error);
      const error = await page.evaluate(() => (window as any).__error);
      assert.equal(error.code, code, path);
      assert.match(error.message, /setBasePath/);
      assert.match((await page.evaluate(() => document.querySelector('nutrient-interaction')!.shadowRoot!.textContent)) ?? '', /setBasePath/);
      await page.close();
    }
  });

  it('tolerates two copies of the script on one page', async () => {
    const { page, problems } = await open('/blog/two-copies.html');
    assert.equal(await page.locator('nutrient-interaction .ni-title').count(), 2);
    assert.deepEqual(problems, []);
    await page.close();
  });

  // Trusted Types beside a host's own Lit. The CDN file's Lit asks for "nutrient-interaction-lit", the host's for
  // "lit-html": with Lit's own name in both, whichever loads second would throw (a policy name can be created once).
  for (const [path, order] of [['/blog/host-lit.html', 'host first'], ['/blog/host-lit-widget-first.html', 'widget first']] as const) {
    it(`beside a host's own Lit app (${order}), under the recommended CSP: both render, zero violations, no errors`, async () => {
      const { page, problems } = await open(path);
      assert.equal(await page.evaluate(() => (window as any).__host.widgetFirst), order === 'widget first', 'load order');
      await hostAppWorks(page);
      // The widgets draw again after load: a section opened, the other wording, structured data through "nutrient-interaction".
      const widget = page.locator('nutrient-interaction[topic="k2-d3"]');
      await widget.locator('details[data-section="references"] > summary').click();
      await widget.locator('.ni-audience input[value="clinician"]').check();
      await page.waitForFunction(() => document.querySelector('nutrient-interaction[topic="k2-d3"] > .ni-card')!.getAttribute('data-audience') === 'clinician');
      assert.equal(await page.locator('nutrient-interaction[topic="k2-d3"] > script[type="application/ld+json"]').count(), 1);
      assert.equal(await page.locator('nutrient-interaction[topic="zinc-copper"] summary').first().innerText(), 'Recomendaciones');
      assert.deepEqual(await page.evaluate(() => (window as any).__violations), []);
      assert.deepEqual(await page.evaluate(() => (window as any).__errors), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  for (const [path, order] of [['/blog/host-lit-blocked.html', 'host first'], ['/blog/host-lit-blocked-widget-first.html', 'widget first']] as const) {
    it(`a CSP without nutrient-interaction-lit (${order}): a message or the prerendered card, error code blocked, no exception; the host's Lit works`, async () => {
      const { page, problems } = await open(path, { cards: false });
      await page.waitForFunction(() => (window as any).__errors.length >= 2);
      await hostAppWorks(page);
      // Nothing drawn: a message that says why, in the widget. Prerendered: the card stays as it was, readable.
      const alert = await page.evaluate(() => document.querySelector('nutrient-interaction[topic="k2-d3"]')!.shadowRoot!.querySelector('[role="alert"]')?.textContent);
      assert.match(alert ?? '', /security policy does not allow the summary to be drawn/);
      assert.equal(await page.locator('nutrient-interaction[topic="k2-d3"] > .ni-card').count(), 0);
      assert.equal(await page.locator('nutrient-interaction[topic="zinc-copper"] > .ni-card .ni-title').textContent(), 'Can taking too much zinc make you low in copper?');
      assert.equal(await page.evaluate(() => document.querySelector('nutrient-interaction[topic="zinc-copper"]')!.shadowRoot!.querySelector('[role="alert"]')), null);
      assert.deepEqual((await page.evaluate(() => (window as any).__errors)).sort(), ['k2-d3: blocked', 'zinc-copper: blocked']);
      // No uncaught exception. What the browser reports is the widget's policy refused and Lit's drawing refused, never
      // anything of the host's.
      assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
      assert.equal(problems.filter((p) => /^console: <nutrient-interaction>: .*Allow Trusted Types policy nutrient-interaction-lit\./.test(p)).length, 2, 'each widget says which policy to allow');
      const violations: string[] = await page.evaluate(() => (window as any).__violations);
      assert.ok(violations.includes('trusted-types: nutrient-interaction-lit'), violations.join('\n'));
      for (const v of violations) assert.match(v, /^(trusted-types: nutrient-interaction-lit$|require-trusted-types-for: Element innerHTML\|<slot name="card"[ >])/);
      await page.close();
    });
  }

  it("a CSP without the nutrient-interaction policy: the card is drawn without structured data, no exception; the host's Lit works", async () => {
    const { page, problems } = await open('/blog/host-lit-no-json-ld.html');
    await hostAppWorks(page);
    await page.locator('nutrient-interaction').locator('details[data-section="references"] > summary').click();
    assert.equal(await page.locator('nutrient-interaction > script[type="application/ld+json"]').count(), 0);
    assert.deepEqual(await page.evaluate(() => (window as any).__errors), []);
    assert.deepEqual(await page.evaluate(() => (window as any).__violations), ['trusted-types: nutrient-interaction']);
    assert.deepEqual(problems.filter((p) => !p.startsWith("console: Creating a TrustedTypePolicy named 'nutrient-interaction' violates")), []);
    await page.close();
  });

  it("two copies of the script beside a host's own Lit, under the recommended CSP: all render, no exception, no violation", async () => {
    requests.length = 0;
    const { page, problems } = await open('/blog/host-lit-two-copies.html');
    await hostAppWorks(page);
    assert.ok(requests.includes('/plugins/other/nutrient-interaction.js'), 'the second copy was loaded');
    assert.equal(await page.locator('nutrient-interaction .ni-title').count(), 2);
    assert.equal(await page.locator('nutrient-interaction[topic="k2-d3"] > script[type="application/ld+json"]').count(), 1);
    assert.deepEqual(await page.evaluate(() => (window as any).__errors), []);
    // The first copy defines the element and draws every widget. The second copy finds the element defined and asks
    // for no policy, so a trusted-types list without 'allow-duplicates' has nothing to refuse or report.
    assert.deepEqual(await page.evaluate(() => (window as any).__violations), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
