/**
 * A private WordPress for the plugin test: Debian's WordPress copied into a scratch folder with its own wp-config.php,
 * MariaDB as our own process on a socket (no networking), PHP's built-in server on loopback. Nothing is installed as a
 * system service; stop() ends exactly the processes start() began, by their ids.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const WORDPRESS = '/usr/share/wordpress';
const HERE = new URL('.', import.meta.url).pathname;

export interface Site {
  /** The WordPress folder (ABSPATH). */
  root: string;
  /** e.g. http://127.0.0.1:40123 */
  base: string;
  /** WP_DEBUG_LOG file. */
  debugLog: string;
  /** Runs one helper.php action and returns its result. */
  php<T = any>(action: string, args?: Record<string, unknown>): T;
  stop(): Promise<void>;
}

// Each server is started as the leader of its own process group (PHP's server forks its workers), and stopped by
// signalling that group: exactly the processes this test started.
const started: ChildProcess[] = [];
const signalGroup = (p: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-p.pid!, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
};
// Last resort if the test process dies without running its after hook: no server outlives it.
process.on('exit', () => {
  for (const p of started) signalGroup(p, 'SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${what} did not come up within ${ms} ms`);
    await sleep(100);
  }
}

async function stopProcess(p: ChildProcess): Promise<void> {
  const exited = p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => p.once('exit', () => resolve()));
  signalGroup(p, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(p, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  // Workers of a server that exited first: wait for them, then make sure.
  for (let i = 0; i < 50 && signalGroup(p, 0 as unknown as NodeJS.Signals); i++) await sleep(100);
  signalGroup(p, 'SIGKILL');
}

export async function startSite(): Promise<Site> {
  const scratch = mkdtempSync(join(tmpdir(), 'ni-wordpress-'));
  const root = join(scratch, 'wp');
  const data = join(scratch, 'db');
  const socket = join(scratch, 'mysqld.sock');
  const debugLog = join(scratch, 'debug.log');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const processes: ChildProcess[] = [];
  const launch = (cmd: string, args: string[], log: string, env?: NodeJS.ProcessEnv) => {
    const fd = openSync(join(scratch, log), 'a');
    const p = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env }, detached: true });
    processes.push(p);
    started.push(p);
    return p;
  };

  const stop = async () => {
    for (const p of processes.reverse()) await stopProcess(p);
    if (!process.env.KEEP_WORDPRESS) rmSync(scratch, { recursive: true, force: true });
    else console.log(`# kept ${scratch}`);
  };

  try {
    // WordPress, minus the 30 MB of translations; Debian's relative symlinks to shared libraries become copies.
    cpSync(WORDPRESS, root, {
      recursive: true,
      dereference: true,
      filter: (src) => src !== join(WORDPRESS, 'wp-content/languages') && src !== join(WORDPRESS, 'wp-config.php'),
    });
    const key = () => randomBytes(32).toString('base64');
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
  .map((k) => `define( '${k}', '${key()}' );`)
  .join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
@ini_set( 'display_errors', '0' );
// A closed network: no update checks, no cron requests, files written directly.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // MariaDB: a fresh data folder, our own server process, a Unix socket only.
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db', '--user=root'], {
      stdio: 'ignore',
    });
    launch('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(scratch, 'mysqld.pid')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'], 'mariadb.log');
    const sql = (q: string) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', q], { stdio: 'pipe' });
    await waitFor('MariaDB', () => existsSync(socket) && (sql('SELECT 1'), true), 30_000);
    sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

    // PHP's built-in server, several workers (the block editor loads many files at once).
    launch('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')], 'php-server.log', { PHP_CLI_SERVER_WORKERS: '4' });
    await waitFor('PHP server', async () => (await fetch(`${base}/readme.html`)).ok, 15_000);
  } catch (e) {
    await stop();
    throw e;
  }

  return {
    root,
    base,
    debugLog,
    php(action, args = {}) {
      const out = execFileSync('php', [join(HERE, 'helper.php'), root, action, JSON.stringify({ ...args, home: base })], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      let parsed: { result: any; stray_output: string };
      try {
        parsed = JSON.parse(out);
      } catch {
        throw new Error(`helper ${action}: not JSON: ${out.slice(0, 500)}`);
      }
      if (parsed.stray_output.trim()) throw new Error(`helper ${action} printed: ${parsed.stray_output.slice(0, 500)}`);
      return parsed.result;
    },
    stop,
  };
}

export const readLog = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
