import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { isLitHtml, renameLitPolicy } from './scripts/lit-policy.mjs';
import { tsImport } from 'tsx/esm/api';
import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';

// The build's own functions (TypeScript), so the tests check the same topic hashes the built script carries.
const { shippedTopicSource, topicHashesModule } = await tsImport('./scripts/shipped-topics.ts', import.meta.url);

const WP_THEMES = '/usr/share/wordpress/wp-content/themes';
// An update channel signed with a throwaway key made for this test run (never written anywhere), and one key that the
// tests' script does not accept. /test/channel/keys.json lists the accepted one.
const channelKey = generateKeyPairSync('ed25519').privateKey;
const strangerKey = generateKeyPairSync('ed25519').privateKey;
const rawPublicKey = (key) => Buffer.from(createPublicKey(key).export({ format: 'jwk' }).x, 'base64url').toString('base64');

/**
 * The channel's copy of a topic, by variant: `v2` a signed version 2 (with a safety correction in its changes),
 * `v1` the signed version 1, `tampered` version 2 with one byte changed after signing, `stranger` version 2 signed by a
 * key the script does not accept, `withdrawn` a signed version 2 that withdraws the topic.
 */
function channelCopy(variant, file) {
  const source = shippedTopicSource(file);
  if (source === undefined) return undefined;
  const topic = JSON.parse(source);
  if (variant !== 'v1') {
    const date = '2026-12-20';
    const summary = topic.lang === 'es' ? 'Se corrigió la dosis para menores de 9 años.' : 'The dose for children under 9 was corrected.';
    Object.assign(topic, { version: 2, changes: [...topic.changes, { version: 2, date, summary, safety: true }] });
    topic.review = { ...topic.review, lastUpdated: date };
    if (variant === 'withdrawn') topic.withdrawn = { date, reason: topic.lang === 'es' ? 'Las pruebas cambiaron.' : 'The evidence changed.' };
  }
  const bytes = Buffer.from(JSON.stringify(topic));
  const signature = sign(null, bytes, variant === 'stranger' ? strangerKey : channelKey).toString('base64');
  if (variant === 'tampered') bytes[bytes.indexOf('"title"') + 12] ^= 1;
  return { bytes, signature };
}

/** Requests seen so far per name under /test/fails-first/. */
const failsFirst = new Map();

export default {
  // Browser tests only; the Node-side tooling and the release suites run under `node --test` (test/node, test/release, test/wordpress).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/wordpress/**', '!test/release/**'],
  nodeResolve: true,
  // Real server behaviour for the tests: error statuses, oversized bodies, a slow answer, a strict-CSP page, embed variants.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/test/channel/keys.json') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ keys: [{ id: 'test', publicKey: rawPublicKey(channelKey) }] });
        return;
      }
      const m = /^\/test\/channel\/(v1|v2|tampered|stranger|withdrawn)\/((?:es\/)?)(?:en\/)?([\w-]+\.json)(\.sig)?$/.exec(ctx.path);
      const copy = m && channelCopy(m[1], `${m[2]}${m[3]}`);
      if (!copy) return next();
      ctx.type = m[4] ? 'text/plain' : 'application/json';
      ctx.body = m[4] ? copy.signature : copy.bytes;
    },
    // The iframe embed as a publisher's copy: the real src/embed/embed.html (so its own CSP applies) with a CSP-violation
    // recorder loaded first, and for "allowed" a list of allowed src addresses. Served from the same folder, so the
    // page's relative script paths still work.
    async (ctx, next) => {
      const variant = /^\/src\/embed\/embed-(recorded|allowed)\.html$/.exec(ctx.path)?.[1];
      if (!variant) return next();
      const extra = ['<script src="/test/csp/record-violations.js"></script>'];
      if (variant === 'allowed') {
        const list = `${ctx.origin}/test/fixtures/content/ ${ctx.origin}/test/fixtures/minimal.json https://data.example.org/`;
        extra.unshift(`<meta name="nutrient-interaction-allowed-src" content="${list}" />`);
      }
      const page = await readFile('src/embed/embed.html', 'utf8');
      ctx.type = 'html';
      ctx.body = page.replace('<script', `${extra.join('\n')}\n<script`);
    },
    // The tests run before any build: the embed-code generator reads stand-in hashes where a build writes dist/sri.json.
    async (ctx, next) => {
      if (ctx.path !== '/dist/sri.json') return next();
      ctx.type = 'application/json';
      ctx.body = await readFile('test/fixtures/sri.json', 'utf8');
    },
    // Bundled topics as the build ships them: the bytes whose hashes the loader checks (see the topic-hashes plugin).
    (ctx, next) => {
      const file = /^\/src\/data\/topics\/([\w/-]+\.json)$/.exec(ctx.path)?.[1];
      const source = file ? shippedTopicSource(file) : undefined;
      if (source === undefined) return next();
      ctx.type = 'application/json';
      ctx.body = source;
    },
    // An iframe whose src names this origin but which lands on another one (the same server, as 127.0.0.1).
    (ctx, next) => {
      if (ctx.path !== '/test/embed/elsewhere') return next();
      ctx.redirect(`${ctx.protocol}://127.0.0.1:${new URL(ctx.origin).port}/src/embed/embed.html?topic=k2-d3`);
    },
    // A topics folder whose topics have no Spanish versions yet (its Spanish interface strings are there): the bundled
    // topics, without es/<slug>.json.
    (ctx, next) => {
      const file = /^\/test\/untranslated\/((?:es\/)?[\w-]+\.json)$/.exec(ctx.path)?.[1];
      if (!file) return next();
      const source = file.startsWith('es/') && file !== 'es/_ui.json' ? undefined : shippedTopicSource(file);
      if (source === undefined) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = source;
    },
    // WordPress themes from Debian's packages (.ci/run installs Twenty Twenty-One), for the host-stylesheet tests.
    async (ctx, next) => {
      const theme = /^\/wp-themes\/([\w-]+\/[\w./-]+\.css)$/.exec(ctx.path)?.[1];
      if (!theme || theme.includes('..')) return next();
      const file = path.join(WP_THEMES, theme);
      if (!existsSync(file)) return next();
      ctx.type = 'css';
      ctx.body = await readFile(file, 'utf8');
    },
    // A summary whose first N requests fail with 503 and whose later ones succeed (the minimal fixture), counted per
    // name: /test/fails-first/<N>/<name>. For the retry button. No file extension: the test runner marks responses to
    // such paths cacheable for a year, and the browser would answer the second request with the first 503.
    async (ctx, next) => {
      const flaky = /^\/test\/fails-first\/(\d+)\/([\w-]+)$/.exec(ctx.path);
      if (!flaky) return next();
      const seen = (failsFirst.get(flaky[2]) ?? 0) + 1;
      failsFirst.set(flaky[2], seen);
      if (seen <= Number(flaky[1])) {
        ctx.status = 503;
        ctx.body = 'try later';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await readFile('test/fixtures/minimal.json', 'utf8');
    },
    (ctx, next) => {
      const status = /^\/test\/status\/(\d{3})$/.exec(ctx.path);
      if (status) {
        ctx.status = Number(status[1]);
        ctx.body = 'error page';
        return;
      }
      if (ctx.path === '/test/big.json' || ctx.path === '/test/big-chunked.json') {
        const body = `{"schemaVersion":1,"padding":"${'x'.repeat(300 * 1024)}"}`;
        ctx.type = 'application/json';
        // Chunked: no Content-Length, so only the size of what arrives can be checked.
        ctx.body = ctx.path === '/test/big.json' ? body : Readable.from([body]);
        return;
      }
      if (ctx.path === '/test/slow.json') {
        return new Promise((resolve) => setTimeout(resolve, 3000)).then(() => {
          ctx.type = 'application/json';
          ctx.body = '{}';
        });
      }
      if (ctx.path.startsWith('/test/csp/')) {
        ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
      }
      return next();
    },
  ],
  plugins: [
    // The hashes of the topics as shipped, as the build fills them in: the tests run the check readers' browsers run.
    // The channel add-on trusts the test run's throwaway channel key (and has no default address: tests name one).
    {
      name: 'channel-keys',
      serve: (ctx) =>
        ctx.path === '/src/load/channel-keys.ts'
          ? { body: `export const CHANNEL_KEYS = ${JSON.stringify([{ id: 'test', publicKey: rawPublicKey(channelKey) }])};\nexport const CHANNEL_BASE = '';\n`, type: 'js' }
          : undefined,
    },
    { name: 'topic-hashes', serve: (ctx) => (ctx.path === '/src/load/topic-hashes.ts' ? { body: topicHashesModule(), type: 'js' } : undefined) },
    // Lit with the widget's own Trusted Types policy name, as the built script has it. This server resolves Lit's
    // development build (lit-html/development/lit-html.js); the rename runs first, on the file as published, and fails
    // the request if it no longer applies. Without it Lit asks for "lit-html", which embed.html's CSP does not allow.
    { name: 'own-trusted-types-policy', transform: (ctx) => (isLitHtml(ctx.path) ? { body: renameLitPolicy(ctx.body) } : undefined) },
    {
      // The embed-code generator as it would run if a build had left it without hashes. A plugin rather than a
      // middleware, so the script's imports are resolved like any other module's; before esbuild, on the file as written.
      name: 'embed-code-unpinned',
      async serve(ctx) {
        if (ctx.path !== '/demo/embed-code-unpinned.html') return undefined;
        const page = await readFile('demo/embed-code.html', 'utf8');
        return { body: page.replace('./embed-code.js', './embed-code.js?unpinned'), type: 'html' };
      },
      transform(ctx) {
        if (ctx.path !== '/demo/embed-code.js' || ctx.querystring !== 'unpinned') return undefined;
        const body = ctx.body.replace(/const SRI = .*;/, 'const SRI = {};');
        if (body === ctx.body) throw new Error('demo/embed-code.js: no "const SRI = …;" line to empty');
        return { body };
      },
    },
    // Without `tsconfig`, esbuild ignores experimentalDecorators and Lit fields break.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      // A relative "./x.js" import of a TypeScript file from a JavaScript module (the embed-code generator imports the
      // card's templates so): Vite resolves it to x.ts, the esbuild plugin only does so from TypeScript modules.
      name: 'ts-from-js',
      resolveImport({ source, context }) {
        if (!context.path.endsWith('.js') || context.path.startsWith('/__wds-') || !/^\.\.?\/.*\.js$/.test(source)) return undefined;
        const file = path.join(process.cwd(), path.posix.dirname(context.path), source);
        return !existsSync(file) && existsSync(file.replace(/\.js$/, '.ts')) ? source.replace(/\.js$/, '.ts') : undefined;
      },
    },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), countReporter()],
  browsers: [chromeLauncher({ launchOptions: chromiumLaunchOptions })],
};
