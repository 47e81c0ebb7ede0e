#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken as a new user would see Timekeeper. The packaged VSIX alone is
// installed in a clean code-server (no test plugins, no development host, no test payload), a week of work ending
// now is written to a fresh timesheet, and Chromium drives the workbench through the Command Palette. Writes
// images/statusbar.png, images/report-dark.png, images/today.png and
// images/today-suggestions.png (quantised with pngquant when it is installed: `apt-get install pngquant`), which the
// VSIX ships for the extension's page. A journal of the last 40 minutes, not yet logged, gives the Today view its
// suggested entries.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  codeServerArgs,
  codeServerEntry,
  codeServerEnv,
  freePort,
  waitForCodeServer,
} from './codeServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vsix = join(root, 'dist/timekeeper.vsix');
const out = join(root, 'images');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!existsSync(vsix)) {
  console.error('screenshots: dist/timekeeper.vsix is missing: run `npm run package` first');
  process.exit(2);
}

const pad = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const at = (d, minutes) => `${day(d)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The four working days before today (Saturdays and Sundays skipped), oldest first. */
function workingDaysBefore(now, count) {
  const days = [];
  for (let back = 1; days.length < count; back++) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
    if (d.getDay() !== 0 && d.getDay() !== 6) days.unshift(d);
  }
  return days;
}

/** A plausible week: four full working days before today, and today up to 40 minutes ago. */
function timesheet(now) {
  const days = [
    [
      ['hello', 540],
      ['acme: code review  # PR 42', 630],
      ['coffee**', 645],
      ['acme: release 2.3', 765],
      ['lunch**', 810],
      ['globex: planning  # Q3', 1000],
      ['acme: support', 1050],
    ],
    [
      ['hello', 525],
      ['globex: planning', 720],
      ['lunch**', 765],
      ['commute***', 800],
      ['acme: code review', 960],
      ['docs: user guide', 1020],
    ],
    [
      ['hello', 510],
      ['acme: bug triage', 600],
      ['coffee**', 615],
      ['acme: release 2.3', 740],
      ['lunch**', 790],
      ['globex: workshop', 990],
    ],
    [
      ['hello', 540],
      ['docs: user guide', 660],
      ['acme: code review', 750],
      ['lunch**', 795],
      ['globex: planning', 930],
      ['acme: support', 1005],
    ],
  ];
  const lines = [];
  workingDaysBefore(now, days.length).forEach((d, index) => {
    if (lines.length) lines.push('');
    for (const [name, minutes] of days[index]) lines.push(`${at(d, minutes)} ${name}`);
  });
  const minutesNow = now.getHours() * 60 + now.getMinutes();
  const start = Math.max(0, minutesNow - 250);
  const today = [
    ['hello', start],
    ['acme: code review  # PR 57', start + 90],
    ['coffee**', start + 105],
    ['globex: planning', start + 210],
  ];
  lines.push('');
  for (const [name, minutes] of today) lines.push(`${at(now, minutes)} ${name}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The journal of the time since today's last entry (40 minutes ago, see `timesheet`): a quarter of an hour on a
 * feature branch, twelve minutes away (longer than the default idle time: a break), then the docs on `main`.
 */
function journal(now) {
  const minute = 60_000;
  const ago = (minutes) => now.getTime() - minutes * minute;
  const record = (from, to, fields) =>
    JSON.stringify({ start: ago(from), end: ago(to), folder: 'acme', repository: 'acme', ...fields });
  return (
    [
      JSON.stringify({ format: 'timekeeper-journal', version: 1 }),
      record(40, 25, {
        kind: 'edit',
        branch: 'feature/ABC-123-login',
        language: 'typescript',
        file: 'src/login/form.ts',
      }),
      record(31, 29, { kind: 'terminal', branch: 'feature/ABC-123-login', detail: 'npm' }),
      record(13, 2, { kind: 'edit', branch: 'main', language: 'markdown', file: 'docs/guide.md' }),
    ].join('\n') + '\n'
  );
}

const tmp = mkdtempSync(join(tmpdir(), 'timekeeper-shots-'));
const dirs = Object.fromEntries(['user', 'ext', 'xdg', 'data', 'workspace'].map((n) => [n, join(tmp, n)]));
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
mkdirSync(join(dirs.user, 'User'), { recursive: true });
const settingsFile = join(dirs.user, 'User', 'settings.json');
const settings = {
  'security.workspace.trust.enabled': false,
  'timekeeper.dataFile': join(dirs.data, 'utt.log'),
  'timekeeper.dailyGoalHours': 7,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'git.enabled': false,
};
writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
const started = new Date();
writeFileSync(join(dirs.data, 'utt.log'), timesheet(started));
const journalDay = join(dirs.data, '.utt.log.journal', day(started));
mkdirSync(journalDay, { recursive: true });
writeFileSync(join(journalDay, 'screenshots-1-seeded.jsonl'), journal(started));
writeFileSync(join(dirs.workspace, 'notes.md'), '# Notes\n');

const env = codeServerEnv({ XDG_DATA_HOME: dirs.xdg, XDG_CONFIG_HOME: dirs.xdg });
const base = { userDataDir: dirs.user, extensionsDir: dirs.ext, config: join(dirs.xdg, 'config.yaml') };
const installed = spawnSync(
  process.execPath,
  [
    codeServerEntry,
    '--user-data-dir',
    base.userDataDir,
    '--extensions-dir',
    base.extensionsDir,
    '--config',
    base.config,
    '--install-extension',
    vsix,
  ],
  {
    env,
    encoding: 'utf8',
  },
);
if (installed.status !== 0) {
  console.error(installed.stdout, installed.stderr);
  process.exit(1);
}
const port = await freePort();
const server = spawn(
  process.execPath,
  codeServerArgs({ port, ...base, workspace: dirs.workspace, automation: true }),
  { env, detached: true, stdio: 'ignore' },
);
const { chromium } = require('playwright-core');
let browser;
try {
  await waitForCodeServer(port);
  browser = await chromium.launch({
    executablePath: process.env.TK_IT_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
  await page.waitForSelector('.monaco-workbench');
  const timer = page.locator('.statusbar-item:has(.codicon-watch)').first();
  await timer.waitFor({ timeout: 60_000 });

  const palette = async (title) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget .quick-input-box input');
    await page.keyboard.type(title);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
    await page.keyboard.press('Enter');
  };
  const shoot = async (name, clip) => {
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
    if (spawnSync('pngquant', ['--version']).status === 0) {
      spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality', '60-90', '--output', file, file]);
    }
    console.log(`screenshots: ${file}`);
  };

  // The status bar timer and its tooltip.
  await timer.hover();
  await page.waitForSelector('.workbench-hover', { timeout: 10_000 });
  const hover = await page.locator('.workbench-hover').first().boundingBox();
  const top = Math.max(0, Math.floor(hover.y) - 8);
  await shoot('statusbar', {
    x: 0,
    y: top,
    width: Math.min(640, Math.ceil(hover.x + hover.width) + 40),
    height: 760 - top,
  });
  await page.mouse.move(700, 300);

  // The Today view.
  await palette('Timekeeper: Focus on Today View');
  await page.waitForSelector('.pane-body .monaco-list-row');
  await sleep(500);
  await shoot('today', { x: 0, y: 0, width: 420, height: 420 });

  // The suggested entries: a row's inline actions and its tooltip, shown as the mouse rests on it.
  const suggested = page.locator('.pane-body .monaco-list-row:has-text("Suggested (unlogged)")');
  await suggested.waitFor({ timeout: 30_000 });
  await page.locator('.pane-body .monaco-list-row:has-text("acme: docs")').hover();
  await page.waitForSelector('.workbench-hover, .monaco-hover', { timeout: 10_000 });
  await sleep(800);
  const group = await suggested.boundingBox();
  await shoot('today-suggestions', {
    x: 0,
    y: Math.max(0, Math.floor(group.y) - 22),
    width: 640,
    height: 190,
  });
  await page.mouse.move(700, 300);

  // The report, from the first of those days to today, dark then light (a new window with the other theme).
  const showReport = async (name) => {
    await palette('Timekeeper: Open Report View');
    const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await report.locator('#range-preset').click();
    await report.locator('[role^=menuitem]:text-is("Custom…")').click();
    const now = new Date();
    await report.locator('#range-from').fill(day(workingDaysBefore(now, 4)[0]));
    await report.locator('#range-to').fill(day(now));
    await report.locator('.subtitle:has-text("–")').waitFor();
    await report.locator('h1').click();
    await sleep(800);
    await shoot(name);
  };
  await page.keyboard.press('Control+B');
  await showReport('report-dark');
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  rmSync(tmp, { recursive: true, force: true });
}
