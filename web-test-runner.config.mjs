import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

export default {
  // Browser tests only; the Node-side content tooling is tested by `node --test` (test/node/).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Real server behaviour for the tests: error statuses, oversized bodies, a slow answer, a strict-CSP page.
  middleware: [
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
  // Without `tsconfig`, esbuild ignores experimentalDecorators and Lit fields break.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), countReporter()],
  browsers: [chromeLauncher({ launchOptions: chromiumLaunchOptions })],
};
