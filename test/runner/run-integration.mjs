#!/usr/bin/env node
// Offline integration-test runner: a real VS Code (code-server 4.100.3, VS Code 1.100.3) driven by Debian chromium
// through playwright-core (docs/CONTRACT.md §6). Plain Node ESM on purpose: it must run before anything is compiled.
//
// Usage:
//   node test/runner/run-integration.mjs --tests <abs out/integration/index.js> [--vsix <file.vsix>]...
//        [--dev <extension folder>] [--workspace <folder>] [--screenshots <dir>] [--port <n>]
//        [--setting key=jsonvalue]... [--grep <mocha grep>] [--timeout <seconds, default 600>]
//        [--result <file>] [--keep] [--verbose] [--locale <language, e.g. de>]
// Every option can also come from the environment: TK_IT_TESTS, TK_IT_VSIX (comma separated), TK_IT_DEV,
// TK_IT_WORKSPACE, TK_IT_SCREENSHOTS, TK_IT_PORT, TK_IT_GREP, TK_IT_TIMEOUT, TK_IT_RESULT, TK_IT_KEEP=1, TK_IT_VERBOSE=1.
// --result copies the tests' summary (see below) to that file once the run ends; no file means the run crashed.
//
// What a run does:
//   1. a temp dir TMP with TMP/user (user data; User/settings.json disables workspace trust, points
//      "timekeeper.dataFile" at TMP/data/utt.log and adds every --setting), TMP/ext (extensions),
//      TMP/xdg (XDG_DATA_HOME/XDG_CONFIG_HOME of code-server, so nothing touches the real home), TMP/workspace
//      (default workspace), TMP/screenshots (default screenshot dir), TMP/test-host (see 3.), TMP/result.json;
//      With --locale, TMP/user/languagepacks.json declares a language pack for that language whose translations of
//      VS Code's own strings are empty (no pack can be downloaded offline, and code-server resolves a display
//      language only through one): the workbench, the extension host (`vscode.env.language`) and the extensions'
//      translations (package.nls.<language>.json, l10n bundles) take that language, VS Code's own UI stays English;
//   2. `code-server --install-extension` of every --vsix (one call, any order) into TMP/ext;
//   3. the extension under test is the INSTALLED VSIX. VS Code only runs `extensionTestsPath` when an
//      `extensionDevelopmentPath` is given too (the workbench checks `isExtensionDevelopment`), so unless --dev is
//      passed the runner generates TMP/test-host: a manifest-only extension (no code, no activation events) that
//      exists only to be the development path. Installed extensions load and activate normally beside it.
//      With --dev <folder>, that folder is the development extension instead (then do not also install it as VSIX).
//   4. starts code-server (EXTENSIONS_GALLERY='{"serviceUrl":""}', --auth none, 127.0.0.1:PORT), waits for /healthz;
//   5. launches /usr/bin/chromium headless through playwright-core, exposes codeAutomationExit/codeAutomationLog,
//      opens http://127.0.0.1:PORT/?folder=WS&payload=[[extensionDevelopmentPath,…],[extensionTestsPath,…]];
//   6. streams the extension host's console (codeAutomationLog) to stdout, prefixed "[exthost]";
//   7. when the tests report their exit code, prints the summary from TMP/result.json and exits with that code
//      (1 if the summary shows a failure, 2 for a harness error or the overall timeout).
//   code-server (its whole process group) and chromium are killed on every exit path; TMP is removed unless --keep
//   or the run failed (then its path is printed: TMP/user/logs/<date>/… holds VS Code's own logs, including
//   exthost*/remoteexthost.log and the server's remoteagent.log).
//
// Contract with the test bundle (test/integration/index.ts), through the extension host's environment
// (code-server passes its environment on to the extension host it spawns):
//   TIMEKEEPER_TEST_RESULT   absolute path where index.ts writes {passed, failed, skipped, retried,
//                            failures:[{title, error}], startedAt, endedAt} (epoch ms)
//   TIMEKEEPER_TEST_BRIDGE   base URL of the UI bridge below, e.g. http://127.0.0.1:41234/
//   TIMEKEEPER_TEST_SCREENSHOTS  the screenshot dir (informational)
//   TIMEKEEPER_TEST_GREP     optional mocha grep
//   TIMEKEEPER_TEST_MOCHA    absolute path of the repo's mocha package (index.ts falls back to it when the
//                            compiled tests live outside the repo and `require('mocha')` cannot find it)
//   TIMEKEEPER_TEST_DATA_DIR TMP/data (where the default "timekeeper.dataFile" lives)
//
// UI bridge protocol (so tests inside the extension host can drive the page that shows them):
//   POST <TIMEKEEPER_TEST_BRIDGE>  Content-Type: application/json, body one request object, answer one JSON object:
//     -> {"action":"screenshot","path":"name.png","selector"?:css}  <- {"ok":true,"value":"/abs/path.png"}
//          a relative path resolves inside the screenshot dir; with selector only that element is captured
//     -> {"action":"press","keys":"F1"}                 <- {"ok":true}   keys: one Playwright key chord, or an
//          array of them pressed in turn ("Control+Shift+P", "Escape", "Enter", "ArrowDown", …)
//     -> {"action":"type","text":"hello","delay"?:ms}   <- {"ok":true}   types into whatever has focus
//     -> {"action":"click","selector":css,"timeout"?:ms}<- {"ok":true}
//     -> {"action":"text","selector":css,"timeout"?:ms} <- {"ok":true,"value":"innerText of the first match"}
//     -> {"action":"inputValue","selector":css,"timeout"?:ms} <- {"ok":true,"value":"current value of an input"}
//     -> {"action":"attribute","selector":css,"name":"placeholder","timeout"?:ms} <- {"ok":true,"value":string|null}
//     -> {"action":"waitForSelector","selector":css,"state"?:"attached"|"detached"|"visible"|"hidden","timeout"?:ms}
//                                                        <- {"ok":true}
//     -> {"action":"count","selector":css}              <- {"ok":true,"value":number}
//     -> {"action":"evaluate","expression":"js expression"} <- {"ok":true,"value":JSON-serialisable result}
//     -> {"action":"dialogs"}                           <- {"ok":true,"value":[{"type":"alert","message":"1"},…]}
//          every alert/confirm/prompt the page or any of its frames opened so far (each is dismissed at once)
//     -> {"action":"hover","selector":css}             <- {"ok":true}   the mouse over the element (inline actions)
//     -> {"action":"wheel","selector":css,"deltaY":px}  <- {"ok":true}   the mouse over the element, then its wheel
//     -> {"action":"openWindow","name":"second"}        <- {"ok":true}   another tab on the same workspace: a second
//          VS Code window with its own extension host (the installed extensions, no tests); waits for its workbench
//     -> {"action":"closeWindow","name":"second"}       <- {"ok":true}
//   "page" (optional, every action): the name of a window opened with openWindow; without it, the tests' own page.
//   "frames" (optional, every action with a selector, and evaluate): an array of iframe selectors entered in turn
//     before the selector applies (the first match of each), e.g. a webview's content:
//       {"action":"text","frames":["iframe.webview.ready","#active-frame"],"selector":"#report"}
//     evaluate with frames runs its expression in the innermost frame's window.
//   Any failure answers HTTP 200 with {"ok":false,"error":"message"}; a malformed request answers HTTP 400.
//   Selectors are Playwright selectors (CSS by default; "text=…" etc. work too). Default timeout 10 s.
//   The typed client is test/integration/ui.ts.

import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  readdirSync,
  existsSync,
  rmSync,
  realpathSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import {
  codeServerArgs,
  codeServerEntry,
  codeServerEnv,
  freePort,
  waitForCodeServer,
} from '../../scripts/codeServer.mjs';

const t0 = Date.now();
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(repoRoot, 'package.json'));

// ---------------------------------------------------------------------------------------------- options
function parseArgs(argv) {
  const env = process.env;
  const o = {
    vsix: env.TK_IT_VSIX ? env.TK_IT_VSIX.split(',').filter(Boolean) : [],
    tests: env.TK_IT_TESTS,
    dev: env.TK_IT_DEV,
    workspace: env.TK_IT_WORKSPACE,
    screenshots: env.TK_IT_SCREENSHOTS,
    port: env.TK_IT_PORT ? Number(env.TK_IT_PORT) : undefined,
    grep: env.TK_IT_GREP,
    result: env.TK_IT_RESULT,
    timeout: Number(env.TK_IT_TIMEOUT || 600),
    keep: env.TK_IT_KEEP === '1',
    verbose: env.TK_IT_VERBOSE === '1',
    settings: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] =
      a.startsWith('--') && a.includes('=') && !a.startsWith('--setting=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const val = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) fail(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--vsix':
        o.vsix.push(val());
        break;
      case '--tests':
        o.tests = val();
        break;
      case '--dev':
        o.dev = val();
        break;
      case '--workspace':
        o.workspace = val();
        break;
      case '--screenshots':
        o.screenshots = val();
        break;
      case '--port':
        o.port = Number(val());
        break;
      case '--grep':
        o.grep = val();
        break;
      case '--result':
        o.result = resolve(val());
        break;
      case '--timeout':
        o.timeout = Number(val());
        break;
      case '--keep':
        o.keep = true;
        break;
      case '--verbose':
        o.verbose = true;
        break;
      case '--locale':
        o.locale = val();
        if (!/^[a-z]{2}(-[a-z]+)?$/.test(o.locale))
          fail(`--locale expects a language like de or pt-br, got ${o.locale}`);
        break;
      case '--workspace-trust':
        o.workspaceTrust = true;
        break; // Restricted Mode: trust stays on, and the workspace is never trusted
      case '--no-dev-path':
        o.noDevPath = true;
        break; // experiment only: shows VS Code ignores extensionTestsPath then
      case '--setting':
      case '--setting=': {
        const s = flag === '--setting=' ? a.slice('--setting='.length) : val();
        const eq = s.indexOf('=');
        if (eq <= 0) fail(`--setting expects key=jsonvalue, got ${s}`);
        const key = s.slice(0, eq),
          raw = s.slice(eq + 1);
        try {
          o.settings[key] = JSON.parse(raw);
        } catch {
          o.settings[key] = raw;
        } // bare strings are fine too
        break;
      }
      case '-h':
      case '--help':
        console.log(
          readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .filter((l) => l.startsWith('//'))
            .map((l) => l.slice(3))
            .join('\n'),
        );
        process.exit(0);
      default:
        fail(`unknown argument ${a} (see --help)`);
    }
  }
  if (!o.tests) fail('--tests <abs path to the compiled tests index.js> is required');
  o.tests = resolve(o.tests);
  if (!existsSync(o.tests))
    fail(`tests entry not found: ${o.tests} (build it first: node test/runner/build-tests.mjs)`);
  o.vsix = o.vsix.map((v) => resolve(v));
  for (const v of o.vsix) if (!existsSync(v)) fail(`VSIX not found: ${v}`);
  if (o.dev) o.dev = resolve(o.dev);
  if (!(o.timeout > 0)) fail('--timeout must be a positive number of seconds');
  return o;
}

function fail(msg) {
  console.error(`[runner] ${msg}`);
  process.exit(2);
}
const log = (...a) => console.log(`[runner +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

// ---------------------------------------------------------------------------------------------- cleanup
const cleanups = [];
let exiting = false;
async function shutdown(code, reason) {
  if (exiting) return;
  exiting = true;
  if (reason) console.error(`[runner] ${reason}`);
  // hard stop if a cleanup hangs
  setTimeout(() => {
    killAllSync();
    process.exit(code);
  }, 10_000).unref();
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch (e) {
      console.error('[runner] cleanup:', e?.message ?? e);
    }
    if (process.env.TK_IT_DEBUG_CLEANUP) console.error('[runner] cleanup step done');
  }
  process.exit(code);
}
const groups = new Set(); // process-group ids of children we spawned detached
function killAllSync() {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  groups.clear();
}
process.on('exit', killAllSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => shutdown(130, `received ${sig}, stopping`));
process.on('uncaughtException', (e) => shutdown(2, `harness error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => shutdown(2, `harness error: ${e?.stack ?? e}`));

// ---------------------------------------------------------------------------------------------- helpers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const readyMarker = join(repoRoot, 'node_modules/code-server/lib/vscode/.timekeeper-ready');

// ---------------------------------------------------------------------------------------------- main
const opts = parseArgs(process.argv.slice(2));
let finished = false;
/** The workbench URL for windows the tests open beside their own (set once code-server listens). */
let secondWindowUrl;

async function main() {
  if (!existsSync(codeServerEntry)) fail('node_modules/code-server is missing: npm install');
  if (!existsSync(readyMarker))
    fail('code-server is not prepared: run `bash scripts/setup-code-server.sh` first');

  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'tk-it-')));
  const dirs = {
    user: join(tmp, 'user'),
    ext: join(tmp, 'ext'),
    xdg: join(tmp, 'xdg'),
    data: join(tmp, 'data'),
    host: join(tmp, 'test-host'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.user, 'User'), { recursive: true });
  const workspace = opts.workspace ? resolve(opts.workspace) : join(tmp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const screenshots = opts.screenshots ? resolve(opts.screenshots) : join(tmp, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  const resultFile = join(tmp, 'result.json');
  let keepTmp = opts.keep;
  cleanups.push(() => {
    if (keepTmp) console.log(`[runner] kept ${tmp} (VS Code logs in ${join(dirs.user, 'logs')})`);
    else rmSync(tmp, { recursive: true, force: true });
  });
  log(`temp dir ${tmp}`);

  const settings = {
    'security.workspace.trust.enabled': Boolean(opts.workspaceTrust),
    // With trust on, the folder stays untrusted without a prompt: the window runs in Restricted Mode.
    ...(opts.workspaceTrust ? { 'security.workspace.trust.startupPrompt': 'never' } : {}),
    'timekeeper.dataFile': join(dirs.data, 'utt.log'),
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'window.restoreWindows': 'none',
    ...opts.settings,
  };
  writeFileSync(join(dirs.user, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (opts.locale) {
    const translations = join(tmp, 'language-pack', 'vscode.i18n.json');
    mkdirSync(dirname(translations), { recursive: true });
    writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
    const pack = {
      // code-server caches the pack's messages under this hash: a fixed one is fine in a fresh user data folder.
      hash: 'timekeeper-tests',
      extensions: [{ extensionIdentifier: { id: 'timekeeper-tests.language-pack' }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: opts.locale,
    };
    writeFileSync(join(dirs.user, 'languagepacks.json'), JSON.stringify({ [opts.locale]: pack }));
  }
  // A machine-scoped setting in the user settings counts only until the first settings change in a code-server window
  // (then VS Code keeps machine settings to the remote's own file): the timesheet's path is there as well.
  mkdirSync(join(dirs.user, 'Machine'), { recursive: true });
  writeFileSync(
    join(dirs.user, 'Machine', 'settings.json'),
    JSON.stringify({ 'timekeeper.dataFile': settings['timekeeper.dataFile'] }, null, 2),
  );

  const env = codeServerEnv({ XDG_DATA_HOME: dirs.xdg, XDG_CONFIG_HOME: dirs.xdg });

  // -- 2. install the VSIX files: one CLI call for all (order does not matter: without a gallery VS Code does not
  //    resolve extensionDependencies at install time, and it activates them in dependency order later)
  if (opts.vsix.length) {
    const args = [
      codeServerEntry,
      '--user-data-dir',
      dirs.user,
      '--extensions-dir',
      dirs.ext,
      '--config',
      join(dirs.xdg, 'config.yaml'),
      '--force',
      ...opts.vsix.flatMap((v) => ['--install-extension', v]),
    ];
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 120_000 });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    const missing = opts.vsix.filter(
      (v) => !out.includes(`Extension '${basename(v)}' was successfully installed`),
    );
    if (r.status !== 0 || missing.length) {
      keepTmp = true;
      throw new Error(
        `installing ${missing.join(', ') || 'the VSIX files'} failed (exit ${r.status}):\n${out}`,
      );
    }
    log(`installed ${opts.vsix.map((v) => basename(v)).join(', ')}${opts.verbose ? `\n${out}` : ''}`);
  }

  // -- 3. development path: --dev, or a generated manifest-only carrier for the tests
  let devPath = opts.dev;
  if (!devPath) {
    devPath = dirs.host;
    writeFileSync(
      join(devPath, 'package.json'),
      JSON.stringify(
        {
          name: 'timekeeper-test-host',
          publisher: 'timekeeper-tests',
          version: '0.0.0',
          description:
            'Generated by test/runner/run-integration.mjs: only carries extensionTestsPath; the extension under test is installed from its VSIX.',
          engines: { vscode: '*' },
          activationEvents: [],
          contributes: {},
        },
        null,
        2,
      ),
    );
  }

  // -- UI bridge
  let page; // set once the browser is up
  const bridge = await startBridge(
    () => page,
    screenshots,
    () => secondWindowUrl,
  );
  cleanups.push(() => new Promise((r) => bridge.server.close(() => r())));

  // -- 4. code-server
  const port = opts.port || (await freePort());
  const csArgs = codeServerArgs({
    port,
    userDataDir: dirs.user,
    extensionsDir: dirs.ext,
    workspace,
    automation: true,
    trust: opts.workspaceTrust,
    locale: opts.locale,
    config: join(dirs.xdg, 'config.yaml'),
  });
  const csEnv = {
    ...env,
    TIMEKEEPER_TEST_RESULT: resultFile,
    TIMEKEEPER_TEST_BRIDGE: bridge.url,
    TIMEKEEPER_TEST_SCREENSHOTS: screenshots,
    TIMEKEEPER_TEST_DATA_DIR: dirs.data,
    TIMEKEEPER_TEST_MOCHA: dirname(require.resolve('mocha/package.json')),
    ...(opts.grep ? { TIMEKEEPER_TEST_GREP: opts.grep } : {}),
  };
  const cs = spawn(process.execPath, csArgs, {
    env: csEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.add(cs.pid);
  let csLog = '';
  const onCsOut = (chunk) => {
    const s = chunk.toString();
    csLog = (csLog + s).slice(-20_000);
    if (opts.verbose) for (const l of s.split('\n').filter(Boolean)) console.log(`[code-server] ${l}`);
  };
  cs.stdout.on('data', onCsOut);
  cs.stderr.on('data', onCsOut);
  let csAlive = true;
  cs.on('exit', (code, sig) => {
    csAlive = false;
    if (!finished && !exiting) {
      keepTmp = true;
      shutdown(2, `code-server exited early (code ${code}, signal ${sig}):\n${csLog}`);
    }
  });
  cleanups.push(async () => {
    // SIGTERM the whole group (code-server, its extension host, pty host, file watcher), give it 3 s, then SIGKILL
    // the group anyway: children can outlive code-server's main process.
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 30 && csAlive; i++) await sleep(100);
    await sleep(200);
    try {
      process.kill(-cs.pid, 'SIGKILL');
    } catch {
      /* all gone */
    }
    groups.delete(cs.pid);
  });
  const base = await waitForCodeServer(port, { log: () => csLog });
  log(`code-server listening on ${base}`);

  // -- 5. chromium
  const { chromium } = require('playwright-core');
  const tBrowser = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.TK_IT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // playwright's own signal handlers would process.exit(130) before our cleanup (code-server, temp dir) runs
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
  cleanups.push(async () => {
    await browser.close().catch(() => {});
  }); // cleanups run in reverse: browser first
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    dialog.dismiss().catch(() => {});
  });
  log(`chromium up in ${((Date.now() - tBrowser) / 1000).toFixed(1)} s`);

  let resolveExit;
  const exitCode = new Promise((r) => {
    resolveExit = r;
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(Number(code) || 0);
  });
  // codeAutomationLog carries the workbench's log lines AND the extension host's console (console.log of the
  // tests and extensions arrives as type "info", console.error as "error"), with the raw console arguments: apply
  // printf-style formatting here. Known workbench chatter is hidden unless --verbose.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const list = Array.isArray(args) ? args : [args];
    const text = format(
      ...list.map((a) => (typeof a === 'string' || typeof a === 'number' ? a : safeJson(a))),
    );
    if (!opts.verbose && NOISE.some((r) => r.test(text))) return;
    const label =
      type === 'error' ? 'vscode ERROR' : type === 'warn' || type === 'warning' ? 'vscode warn' : 'vscode';
    for (const line of text.replace(/\n$/, '').split('\n')) console.log(`[${label}] ${line}`);
  });
  page.on('pageerror', (e) => {
    if (opts.verbose) console.log(`[page error] ${e.message}`);
  });
  page.on('console', (m) => {
    if (opts.verbose) console.log(`[page ${m.type()}] ${m.text()}`);
  });
  page.on('crash', () => {
    keepTmp = true;
    shutdown(2, 'the browser page crashed');
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionTestsPath', remote(opts.tests)]];
  if (!opts.noDevPath) payload.unshift(['extensionDevelopmentPath', remote(devPath)]);
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (opts.verbose) log(`opening ${url}`);
  // Other windows open the same workspace without the payload: the installed extensions run there, no tests.
  secondWindowUrl = `${base}/?folder=${encodeURIComponent(workspace)}`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  log('workbench loading; waiting for the tests');

  // -- 7. wait for the exit code or the overall timeout
  const timeoutMs = opts.timeout * 1000;
  const timedOut = Symbol('timeout');
  const code = await Promise.race([exitCode, sleep(timeoutMs).then(() => timedOut)]);
  finished = true;
  const tEnd = Date.now();
  if (code === timedOut) {
    keepTmp = true;
    await page.screenshot({ path: join(screenshots, 'timeout.png') }).catch(() => {});
    printSummary(resultFile, tEnd);
    return shutdown(
      2,
      `TIMEOUT: the tests did not finish within ${opts.timeout} s (--timeout to change). ` +
        `A screenshot of the workbench is at ${join(screenshots, 'timeout.png')}; VS Code logs under ${join(dirs.user, 'logs')}.`,
    );
  }
  const summary = printSummary(resultFile, tEnd);
  let final = code;
  if (summary && summary.failed > 0 && final === 0) final = 1;
  if (!summary) {
    keepTmp = true;
    console.error(
      `[runner] the tests wrote no result file (${resultFile}): did index.ts run? exit code ${code}`,
    );
    if (final === 0) final = 2;
  }
  if (final !== 0) {
    keepTmp = true;
    printExtensionLogs(join(dirs.user, 'logs'));
  }
  log(`done: exit code ${final}`);
  return shutdown(final);
}

function printSummary(resultFile, tEnd) {
  if (!existsSync(resultFile)) return undefined;
  let s;
  try {
    s = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch (e) {
    console.error(`[runner] unreadable ${resultFile}: ${e.message}`);
    return undefined;
  }
  console.log('\n================ integration test summary ================');
  console.log(`passed ${s.passed}, failed ${s.failed}, skipped ${s.skipped}, retried ${s.retried}`);
  for (const f of s.failures ?? [])
    console.log(`\n  FAILED: ${f.title}\n    ${String(f.error).split('\n').join('\n    ')}`);
  if (s.startedAt) {
    console.log(
      `\ntimings: setup (runner start -> first test) ${((s.startedAt - t0) / 1000).toFixed(1)} s, ` +
        `tests ${(((s.endedAt ?? tEnd) - s.startedAt) / 1000).toFixed(1)} s, total ${((tEnd - t0) / 1000).toFixed(1)} s`,
    );
  }
  console.log('===========================================================\n');
  if (opts.result) {
    mkdirSync(dirname(opts.result), { recursive: true });
    writeFileSync(
      opts.result,
      JSON.stringify(
        { ...s, setupMs: s.startedAt ? s.startedAt - t0 : undefined, totalMs: tEnd - t0 },
        null,
        2,
      ),
    );
  }
  return s;
}

// On failure: the log channels of the extensions under test (createOutputChannel(name, { log: true }) and
// context.logUri write to <user-data>/logs/<session>/exthost1/<publisher.name>/<channel>.log). Built-ins are skipped.
function printExtensionLogs(logsDir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  try {
    walk(logsDir);
  } catch {
    return;
  }
  for (const f of files.filter(
    (f) => /\/exthost\d+\/[^/]+\.[^/]+\//.test(f) && !/\/exthost\d+\/vscode\./.test(f),
  )) {
    const lines = readFileSync(f, 'utf8').trimEnd().split('\n');
    if (!lines[0]) continue;
    console.log(
      `\n---- ${f} (last ${Math.min(lines.length, 60)} lines) ----\n${lines.slice(-60).join('\n')}`,
    );
  }
}

const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /additional builtin extensions/i,
  /^Updating additional builtin extensions cache/,
];

function safeJson(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

// ---------------------------------------------------------------------------------------------- UI bridge
/** Dialogs the page opened: a test proves with them that a payload in the data ran nothing. */
const dialogs = [];

function startBridge(getPage, screenshotDir, getWindowUrl) {
  /** Windows opened by `openWindow`, by name. */
  const windows = new Map();
  // The page, or the frame that `frames` leads into (each step takes the first matching iframe).
  const scope = (p, r) => (r.frames ?? []).reduce((s, frame) => s.frameLocator(frame).first(), p);
  const handlers = {
    async screenshot(p, r) {
      const file = isAbsolute(r.path ?? '')
        ? r.path
        : join(screenshotDir, r.path || `shot-${Date.now()}.png`);
      mkdirSync(dirname(file), { recursive: true });
      if (r.selector)
        await scope(p, r)
          .locator(r.selector)
          .first()
          .screenshot({ path: file, timeout: r.timeout ?? 10_000 });
      else await p.screenshot({ path: file });
      return file;
    },
    async press(p, r) {
      const keys = Array.isArray(r.keys) ? r.keys : [r.keys];
      for (const k of keys) {
        if (typeof k !== 'string' || !k) throw new Error('press: keys must be a key or an array of keys');
        await p.keyboard.press(k);
      }
    },
    async type(p, r) {
      if (typeof r.text !== 'string') throw new Error('type: text must be a string');
      await p.keyboard.type(r.text, { delay: r.delay ?? 0 });
    },
    async click(p, r) {
      await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .click({ timeout: r.timeout ?? 10_000 });
    },
    async text(p, r) {
      return await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .innerText({ timeout: r.timeout ?? 10_000 });
    },
    async inputValue(p, r) {
      return await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .inputValue({ timeout: r.timeout ?? 10_000 });
    },
    async attribute(p, r) {
      return await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .getAttribute(need(r, 'name'), { timeout: r.timeout ?? 10_000 });
    },
    async waitForSelector(p, r) {
      await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .waitFor({ state: r.state ?? 'visible', timeout: r.timeout ?? 10_000 });
    },
    async count(p, r) {
      return await scope(p, r).locator(need(r, 'selector')).count();
    },
    async evaluate(p, r) {
      if (r.frames?.length) return await scope(p, r).locator(':root').evaluate(need(r, 'expression'));
      return await p.evaluate(need(r, 'expression'));
    },
    dialogs() {
      return dialogs;
    },
    async hover(p, r) {
      await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .hover({ timeout: r.timeout ?? 10_000 });
    },
    async wheel(p, r) {
      await scope(p, r)
        .locator(need(r, 'selector'))
        .first()
        .hover({ timeout: r.timeout ?? 10_000 });
      await p.mouse.wheel(0, Number(r.deltaY ?? 100));
    },
    async openWindow(p, r) {
      const name = need(r, 'name');
      if (windows.has(name)) throw new Error(`openWindow: a window named ${name} is open already`);
      const url = getWindowUrl();
      if (!url) throw new Error('openWindow: code-server is not listening yet');
      const other = await p.context().newPage();
      other.on('dialog', (dialog) => {
        dialogs.push({ type: dialog.type(), message: dialog.message() });
        dialog.dismiss().catch(() => {});
      });
      windows.set(name, other);
      await other.goto(url, { waitUntil: 'domcontentloaded' });
      await other
        .locator('.monaco-workbench')
        .first()
        .waitFor({ state: 'visible', timeout: r.timeout ?? 60_000 });
    },
    async closeWindow(_p, r) {
      const name = need(r, 'name');
      const other = windows.get(name);
      if (!other) throw new Error(`closeWindow: no window named ${name}`);
      windows.delete(name);
      await other.close();
    },
  };
  function need(r, k) {
    if (typeof r[k] !== 'string' || !r[k]) throw new Error(`${r.action}: "${k}" is required`);
    return r[k];
  }

  const server = createServer((req, res) => {
    const send = (status, obj) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(obj));
    };
    if (req.method !== 'POST') return send(405, { ok: false, error: 'POST a JSON request' });
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', async () => {
      let r;
      try {
        r = JSON.parse(body);
      } catch {
        return send(400, { ok: false, error: 'body is not JSON' });
      }
      const h = r && handlers[r.action];
      if (!h)
        return send(400, {
          ok: false,
          error: `unknown action ${r?.action}; known: ${Object.keys(handlers).join(', ')}`,
        });
      const p = r.page === undefined || r.action === 'openWindow' ? getPage() : windows.get(r.page);
      if (!p)
        return send(200, {
          ok: false,
          error:
            r.page === undefined ? 'the page is not ready' : `no window named ${r.page} (openWindow first)`,
        });
      try {
        const value = await h(p, r);
        if (opts.verbose) log(`bridge ${r.action} ok`);
        send(200, value === undefined ? { ok: true } : { ok: true, value });
      } catch (e) {
        send(200, { ok: false, error: String(e?.message ?? e) });
      }
    });
  });
  return new Promise((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => res({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

// overall guard: main() has its own timeout race; this catches a hang before the page even loads
setTimeout(
  () => {
    shutdown(2, `TIMEOUT: the run did not finish within ${opts.timeout + 90} s (setup hung?)`);
  },
  (opts.timeout + 90) * 1000,
).unref();

main().catch((e) => shutdown(2, `harness error: ${e?.stack ?? e}`));
