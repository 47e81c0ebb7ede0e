// `npm run test:electron`: the integration suite on a VS Code downloaded by @vscode/test-electron, for developers
// with a network (it cannot download here; the offline suite is test/runner/integration.mjs on code-server).
// Runs `npm run` equivalents first: scripts/package.mjs builds the VSIX files and the test bundle.
// UI tests that need the Chromium bridge skip themselves (test/integration/ui.ts `available()`).
import {
  downloadAndUnzipVSCode,
  resolveCliArgsFromVSCodeExecutablePath,
  runTests,
} from '@vscode/test-electron';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
execFileSync(process.execPath, [path.join(root, 'scripts/package.mjs')], { stdio: 'inherit' });

const executable = await downloadAndUnzipVSCode('1.100.3');
const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
const userData = mkdtempSync(path.join(tmpdir(), 'timekeeper-electron-'));
const dirs = ['--user-data-dir', path.join(userData, 'user'), '--extensions-dir', path.join(userData, 'ext')];
const fixtures = readdirSync(path.join(root, 'out/fixtures')).map((f) => path.join(root, 'out/fixtures', f));
for (const vsix of [path.join(root, 'dist/timekeeper.vsix'), ...fixtures]) {
  spawnSync(cli, [...cliArgs, ...dirs, '--install-extension', vsix, '--force'], { stdio: 'inherit' });
}
const carrier = mkdtempSync(path.join(tmpdir(), 'timekeeper-test-host-'));
execFileSync(process.execPath, [
  '-e',
  `require('fs').writeFileSync(${JSON.stringify(path.join(carrier, 'package.json'))}, JSON.stringify({ name: 'timekeeper-test-host', publisher: 'timekeeper-tests', version: '0.0.0', engines: { vscode: '*' } }))`,
]);
await runTests({
  vscodeExecutablePath: executable,
  extensionDevelopmentPath: carrier,
  extensionTestsPath: path.join(root, 'out/integration/index.js'),
  launchArgs: [...dirs, mkdtempSync(path.join(tmpdir(), 'timekeeper-ws-')), '--disable-workspace-trust'],
  extensionTestsEnv: { TIMEKEEPER_TEST_RESULT: path.join(root, '.test-run/integration.json') },
});
