import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

export default {
  // Browser tests only; the Node-side content tooling is tested by `node --test` (test/node/).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Lets tests meet a real HTTP error status from the test server.
  middleware: [
    (ctx, next) => {
      const m = /^\/test\/status\/(\d{3})$/.exec(ctx.path);
      if (!m) return next();
      ctx.status = Number(m[1]);
      ctx.body = 'error page';
    },
  ],
  // Without `tsconfig`, esbuild ignores experimentalDecorators and Lit fields break.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), countReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        // --no-sandbox: CI and dev machines run as root. The rest stop Chromium phoning home on a closed network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
};
