// `npm start`: opens Timekeeper in a real VS Code on this machine, in development mode: code-server on 127.0.0.1
// with this folder as the extension development path, and esbuild rebuilding the bundle on every change
// (reload the window to pick a rebuild up). Prints the URL to open. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { codeServerArgs, codeServerEnv } from './codeServer.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = Number(process.env.PORT || 8123);
const state = path.join(tmpdir(), 'timekeeper-dev');
const workspace = process.argv[2] ? path.resolve(process.argv[2]) : path.join(state, 'workspace');
for (const dir of ['user/User', 'ext', 'workspace']) mkdirSync(path.join(state, dir), { recursive: true });
writeFileSync(
  path.join(state, 'user/User/settings.json'),
  JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' }, null, 2),
);

const children = [];
const start = (args, options = {}) => {
  const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root, ...options });
  children.push(child);
  child.on('exit', (code) => {
    if (code) shutdown(code);
  });
  return child;
};
const shutdown = (code = 0) => {
  for (const child of children) child.kill();
  process.exit(code);
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

start(['esbuild.mjs', '--watch']);
start(
  codeServerArgs({
    port,
    userDataDir: path.join(state, 'user'),
    extensionsDir: path.join(state, 'ext'),
    workspace,
  }),
  { env: codeServerEnv() },
);

const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]);
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
setTimeout(() => console.log(`\nTimekeeper (development mode) is running. Open:\n  ${url}\n`), 1500);
