// The packed package the way an app meets it: `npm pack`, installed into throwaway apps in a temp folder (Vite +
// TypeScript, webpack 5, esbuild), built, served, and looked at in Chromium; plus a consumer's type check against the
// published declarations and framework typings. Needs the npm registry (the apps' packages come through the npm cache).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain JS helper shared with the other tools that launch Chromium
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const REPO = process.cwd();
const KEEP = !!process.env.KEEP_APPS; // leave the temp folder for a look
// The apps' own toolchains: current majors, whatever the registry serves within them.
const APP_PACKAGES = ['vite@^8', 'webpack@^5', 'webpack-dev-server@^5', 'esbuild@^0.28', '@types/react@^19', 'vue@^3.5', 'svelte@^5'];

const topic = (slug: string) => JSON.parse(readFileSync(join(REPO, 'dist/topics', `${slug}.json`), 'utf8'));

// One page for every bundler: two widgets by topic; `?base=` sets the escape hatch first; errors are recorded.
const MAIN_TS = `import { setBasePath } from 'nutrient-interaction';

const base = new URLSearchParams(location.search).get('base');
if (base) setBasePath(base);
const errors: { code: string; message: string }[] = [];
(window as unknown as { __errors: typeof errors }).__errors = errors;
document.addEventListener('nutrient-interaction-error', (e) => errors.push(e.detail));
document.querySelector('#app')!.innerHTML =
  '<nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>' +
  '<nutrient-interaction topic="zinc-copper" audience="clinician" loading="eager"></nutrient-interaction>' +
  '<nutrient-interaction topic="vitk-warfarin" lang="es" loading="eager"></nutrient-interaction>';
`;
const MAIN_JS = MAIN_TS.replace(': { code: string; message: string }[]', '')
  .replace('(window as unknown as { __errors: typeof errors })', 'window')
  .replace("querySelector('#app')!", "querySelector('#app')");
const html = (title: string, script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><div id="app"></div>${script}</body></html>`;

// What a consumer writes, checked with skipLibCheck off: each @ts-expect-error must meet an error, so a type that
// degraded to `any` (or a missing declaration) fails the compile.
const CONSUMER_TS = `import { NutrientInteraction, setBasePath, validateSummary, LoadError, type Audience, type Summary } from 'nutrient-interaction';
import { NutrientInteraction as ElementClass } from 'nutrient-interaction/element';

document.addEventListener('nutrient-interaction-audience-change', (e) => e.detail.audience);
document.addEventListener('nutrient-interaction-audience-change', (e) => {
  const audience: Audience = e.detail.audience;
  // @ts-expect-error an audience is not a number
  const n: number = e.detail.audience;
  return [audience, n];
});
// @ts-expect-error the audience event carries no slug
document.addEventListener('nutrient-interaction-audience-change', (e) => e.detail.slug);
document.addEventListener('nutrient-interaction-load', (e) => e.detail.slug.toUpperCase());
document.addEventListener('nutrient-interaction-error', (e) => {
  // @ts-expect-error error codes are a closed list
  if (e.detail.code === 'no-such-code') return;
});

const el = document.createElement('nutrient-interaction');
const same: NutrientInteraction = el;
const cls: typeof ElementClass = NutrientInteraction;
el.audience = 'clinician';
// @ts-expect-error not an audience
el.audience = 'doctor';
el.toggleSection('references', true);
// @ts-expect-error not a section
el.toggleSection('appendix');

const result = await validateSummary({});
if (result.ok) {
  const summary: Summary = result.value;
  const title: string = summary.title.patient;
  // @ts-expect-error summary fields are typed, not any
  const wrong: number = summary.title.patient;
  // @ts-expect-error no such field
  summary.nonsense;
  const pmid: string | undefined = summary.references[0]?.pmid;
  console.log(title, wrong, pmid);
}
setBasePath('/topics/');
// @ts-expect-error a path is a string
setBasePath(42);
console.log(same, cls, new LoadError('not-found', 'x').code);
`;

const CONSUMER_REACT = `import type {} from 'nutrient-interaction/react';
import type { NutrientInteraction } from 'nutrient-interaction';

export const ok = (
  <nutrient-interaction
    topic="k2-d3"
    audience="clinician"
    heading-level={3}
    className="card"
    ref={(el: NutrientInteraction | null) => el?.toggleSection('references')}
    onnutrient-interaction-audience-change={(e) => console.log(e.detail.audience)}
    onnutrient-interaction-load={(e) => e.detail.slug}
  />
);
// @ts-expect-error not an audience
export const badAudience = <nutrient-interaction topic="k2-d3" audience="doctor" />;
// @ts-expect-error no such attribute
export const typo = <nutrient-interaction topci="k2-d3" />;
// @ts-expect-error the audience event carries no slug
export const badEvent = <nutrient-interaction onnutrient-interaction-audience-change={(e) => e.detail.slug} />;
`;

const CONSUMER_VUE_SVELTE = `import type {} from 'nutrient-interaction/vue';
import type {} from 'nutrient-interaction/svelte';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';

type VueProps = InstanceType<GlobalComponents['nutrient-interaction']>['$props'];
export const vue: VueProps = { topic: 'k2-d3', audience: 'clinician' };
// @ts-expect-error not an audience
export const vueBad: VueProps = { audience: 'doctor' };

type SvelteProps = SvelteHTMLElements['nutrient-interaction'];
export const svelte: SvelteProps = { topic: 'k2-d3', audience: 'clinician', 'onnutrient-interaction-audience-change': (e) => e.detail.audience };
// @ts-expect-error not an audience
export const svelteBad: SvelteProps = { audience: 'doctor' };
`;

/** A static server for a built app, answering unknown paths with the app's index.html, as single-page hosts do. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file.startsWith(root) && existsSync(file)) return res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(join(root, 'index.html')));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

describe('the packed package in apps (Vite, webpack, esbuild) and a consumer type check', () => {
  let dir: string;
  let browser: Browser;
  const servers: Server[] = [];
  let viteDev: { close(): Promise<void> } | undefined;
  const timings: string[] = [];
  const time = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = Date.now();
    try {
      return await fn();
    } finally {
      timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
    }
  };
  const app = (...p: string[]) => join(dir, ...p);
  const load = (pkg: string) => import(pathToFileURL(require_(pkg)).href);
  const require_ = (pkg: string) => {
    const meta = JSON.parse(readFileSync(app('node_modules', pkg, 'package.json'), 'utf8'));
    // The package's ESM entry (exports' import or default condition), else its main.
    type Target = string | { import?: Target; default?: Target; node?: Target; '.'?: Target } | undefined;
    const pick = (t: Target): string | undefined => (typeof t === 'string' || t === undefined ? t : pick(t['.'] ?? t.import ?? t.node ?? t.default));
    return app('node_modules', pkg, pick(meta.exports) ?? meta.main ?? 'index.js');
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ni-apps-'));
    // What prepack does, then the tarball itself (the package test checks prepack from a clean checkout).
    await time('build', () => execSync('npm run build', { stdio: 'ignore' }));
    const [packed] = await time('npm pack', () =>
      JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    );
    writeFileSync(app('package.json'), JSON.stringify({ name: 'ni-apps', private: true, type: 'module' }));
    await time('npm install', () =>
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(dir, packed.filename), ...APP_PACKAGES], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
    mkdirSync(app('src'));
    writeFileSync(app('src/main.ts'), MAIN_TS);
    writeFileSync(app('src/main.js'), MAIN_JS);
    browser = await chromium.launch(chromiumLaunchOptions);
  });

  after(async () => {
    await browser?.close();
    await viteDev?.close();
    for (const s of servers) s.close();
    if (dir && !KEEP) rmSync(dir, { recursive: true, force: true });
    console.log(`bundlers: ${timings.join(', ')}${KEEP ? ` (apps kept in ${dir})` : ''}`);
  });

  /** Opens the app, waits for both cards (or an error), and returns what a reader would see. */
  async function look(url: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    const topicRequests: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    const channelRequests: string[] = [];
    // The update check after load asks the signed channel (by default the CDN's, of the package's major version).
    page.on('request', (r) =>
      /\/channel\//.test(r.url()) ? channelRequests.push(r.url()) : /\/topics\/|\.json(\?|$)/.test(r.url()) && topicRequests.push(new URL(r.url()).pathname),
    );
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('nutrient-interaction')];
        return widgets.length === 3 && widgets.every((w) => w.querySelector('.ni-title') || w.shadowRoot?.querySelector('[role="alert"]'));
      },
      null,
      { timeout: 30_000 },
    );
    const titles = await page.$$eval('nutrient-interaction', (ws) => ws.map((w) => w.querySelector('.ni-title')?.textContent?.trim() ?? null));
    const alerts = await page.$$eval('nutrient-interaction', (ws) => ws.map((w) => w.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? null));
    const errors = await page.evaluate(() => (window as unknown as { __errors: { code: string; message: string }[] }).__errors);
    await page.close();
    return { titles, alerts, errors, problems, topicRequests, channelRequests };
  }

  const expected = () => [topic('k2-d3').title.patient, topic('zinc-copper').title.clinician, topic('es/vitk-warfarin').title.patient];

  async function rendersFromTopic(url: string) {
    const seen = await look(url);
    assert.deepEqual(seen.titles, expected(), JSON.stringify(seen));
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(seen.errors, []);
    // The topics came with the app's own chunks: nothing fetched from a topics folder.
    assert.deepEqual(seen.topicRequests, []);
    // Only the update check asks anything, and only the CDN channel of this major version (never the app's origin).
    for (const u of seen.channelRequests) assert.match(u, /^https:\/\/cdn\.jsdelivr\.net\/npm\/nutrient-interaction@0\/dist\/channel\/(en|es)\/[\w-]+\.json(\.sig)?$/);
    return seen;
  }

  describe('Vite + TypeScript', () => {
    before(async () => {
      writeFileSync(app('index.html'), html('Vite app', '<script type="module" src="/src/main.ts"></script>'));
      // The escape hatch's folder, as an app would copy it: public/ is served (and built) as is.
      cpSync(app('node_modules/nutrient-interaction/dist/topics'), app('public/nutrient-topics'), { recursive: true });
    });

    it('dev server (the package pre-bundled into node_modules/.vite/deps): topic renders with no configuration', async () => {
      const vite = await load('vite');
      const server = await time('vite dev start', async () => {
        const s = await vite.createServer({ root: dir, configFile: false, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
        await s.listen();
        return s;
      });
      viteDev = server;
      const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
      await time('vite dev page', () => rendersFromTopic(`${origin}/`));
      assert.ok(existsSync(app('node_modules/.vite/deps/nutrient-interaction.js')), 'the package was pre-bundled');
      // A wrong folder gets the app's index.html: the error names setBasePath, and is not a failed hash check.
      const wrong = await look(`${origin}/?base=/no-such-folder/`);
      assert.deepEqual(wrong.errors.map((e) => e.code), ['not-json', 'not-json', 'not-json']);
      for (const a of wrong.alerts) assert.match(a ?? '', /setBasePath/);
    });

    it('production build: topic renders; setBasePath still fetches (hash-checked) from a folder; a wrong one names setBasePath', async () => {
      const vite = await load('vite');
      await time('vite build', () => vite.build({ root: dir, configFile: false, logLevel: 'error', build: { outDir: app('vite-dist') } }));
      const { server, origin } = await serve(app('vite-dist'));
      servers.push(server);
      await rendersFromTopic(`${origin}/`);
      const based = await look(`${origin}/?base=/nutrient-topics/`);
      assert.deepEqual(based.titles, expected());
      // The pins (which pin the rest) come from the same folder.
      assert.deepEqual(based.topicRequests.sort(), [
        '/nutrient-topics/_pins.json',
        '/nutrient-topics/es/_ui.json',
        '/nutrient-topics/es/vitk-warfarin.json',
        '/nutrient-topics/k2-d3.json',
        '/nutrient-topics/zinc-copper.json',
      ]);
      const wrong = await look(`${origin}/?base=/no-such-folder/`);
      assert.deepEqual(wrong.errors.map((e) => e.code), ['not-json', 'not-json', 'not-json']);
      for (const a of wrong.alerts) assert.match(a ?? '', /setBasePath/);
    });
  });

  describe('webpack 5', () => {
    const config = (mode: 'development' | 'production', out: string) => ({ mode, context: dir, entry: './src/main.js', output: { path: out, publicPath: 'auto' } });

    it('dev server (webpack-dev-server): topic renders with no configuration', async () => {
      const { default: webpack } = await load('webpack');
      const { default: DevServer } = await load('webpack-dev-server');
      const page = app('webpack-dev-page');
      mkdirSync(page);
      writeFileSync(join(page, 'index.html'), html('webpack app', '<script src="main.js"></script>'));
      const server = new DevServer(
        { host: '127.0.0.1', port: 'auto', hot: false, liveReload: false, client: false, static: { directory: page, watch: false } },
        webpack(config('development', app('webpack-dev-out'))),
      );
      await time('webpack dev start', () => server.start());
      try {
        await rendersFromTopic(`http://127.0.0.1:${server.options.port}/`);
      } finally {
        await server.stop();
      }
    });

    it('production build: topic renders with no configuration', async () => {
      const { default: webpack } = await load('webpack');
      const out = app('webpack-dist');
      const stats = await time('webpack build', () =>
        new Promise<{ hasErrors(): boolean; hasWarnings(): boolean; toString(o: string): string }>((ok, fail) =>
          webpack(config('production', out)).run((err: Error | null, s: never) => (err ? fail(err) : ok(s))),
        ),
      );
      assert.ok(!stats.hasErrors() && !stats.hasWarnings(), stats.toString('errors-warnings'));
      writeFileSync(join(out, 'index.html'), html('webpack app', '<script src="main.js"></script>'));
      const { server, origin } = await serve(out);
      servers.push(server);
      await rendersFromTopic(`${origin}/`);
    });
  });

  it('esbuild (bundle, ESM, code splitting): topic renders with no configuration', async () => {
    const mod = await load('esbuild');
    const esbuild = mod.build ? mod : mod.default;
    const out = app('esbuild-dist');
    const result = await time('esbuild', () =>
      esbuild.build({ entryPoints: [app('src/main.ts')], bundle: true, format: 'esm', splitting: true, outdir: out, logLevel: 'silent' }),
    );
    assert.deepEqual([...result.errors, ...result.warnings], []);
    writeFileSync(join(out, 'index.html'), html('esbuild app', '<script type="module" src="/main.js"></script>'));
    const { server, origin } = await serve(out);
    servers.push(server);
    await rendersFromTopic(`${origin}/`);
  });

  it('types: a consumer compiles against the package with skipLibCheck off, and wrong types fail (core, React 19 JSX, Vue, Svelte)', async () => {
    writeFileSync(app('consumer.ts'), CONSUMER_TS);
    writeFileSync(app('consumer-react.tsx'), CONSUMER_REACT);
    writeFileSync(app('consumer-frameworks.ts'), CONSUMER_VUE_SVELTE);
    writeFileSync(
      app('tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts', 'consumer-react.tsx', 'consumer-frameworks.ts'],
      }),
    );
    const tsc = resolve(REPO, 'node_modules/typescript/bin/tsc');
    try {
      await time('tsc', () => execFileSync(process.execPath, [tsc, '-p', app('tsconfig.json')], { cwd: dir, encoding: 'utf8' }));
    } catch (e) {
      assert.fail(`consumer type check failed:\n${(e as { stdout?: string }).stdout}`);
    }
    // The check itself: the same consumer with an error it does not expect fails.
    writeFileSync(app('consumer.ts'), `${CONSUMER_TS}\nconst broken: number = document.createElement('nutrient-interaction').topic;\n`);
    assert.throws(() => execSync(`"${process.execPath}" "${tsc}" -p tsconfig.json`, { cwd: dir, stdio: 'pipe' }));
  });
});
