// How Timekeeper's scripts run code-server (the tests, the screenshots, `npm start`): one place for its entry, its
// arguments, its environment and how to wait for it, so that the three runs are the same VS Code.
import { createServer } from 'node:net';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** code-server's command line entry, installed by `npm run setup`. */
export const codeServerEntry = path.join(root, 'node_modules/code-server/out/node/entry.js');

/**
 * code-server's arguments: on 127.0.0.1 only, no password, no telemetry, no update check, its state in
 * `userDataDir`/`extensionsDir`. `automation` also leaves out what a person would click away (the workspace trust
 * prompt unless `trust`, the welcome page, the last folder opened), for runs no person watches.
 */
export function codeServerArgs({
  port,
  userDataDir,
  extensionsDir,
  workspace,
  automation = false,
  trust = false,
  locale,
  config,
}) {
  return [
    codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(automation && !trust ? ['--disable-workspace-trust'] : []),
    ...(automation ? ['--disable-getting-started-override', '--ignore-last-opened'] : []),
    ...(locale ? ['--locale', locale] : []),
    ...(config ? ['--config', config] : []),
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...(workspace ? [workspace] : []),
  ];
}

/**
 * The environment code-server runs with: this one without a developer's own VS Code or code-server variables, plus
 * `extra`, and no Marketplace (the machines reach none, and a run must not depend on one).
 */
export function codeServerEnv(extra = {}) {
  const leaks = (key) =>
    key.startsWith('VSCODE_') || ['PASSWORD', 'HASHED_PASSWORD', 'ELECTRON_RUN_AS_NODE'].includes(key);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaks(key)));
  return { ...env, ...extra, EXTENSIONS_GALLERY: '{"serviceUrl":""}' };
}

/** A TCP port free on 127.0.0.1 now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once code-server on `port` answers its health check; throws after `seconds`, with `log()` if given. */
export async function waitForCodeServer(port, { seconds = 60, log = () => '' } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return base;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until)
      throw new Error(`code-server did not listen on ${base} within ${seconds} s:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
