// Two real VS Code windows: a second browser tab on the same code-server is a second window with its own extension
// host, running the installed Timekeeper on the same timesheet (the `timekeeper.dataFile` user setting) at the real
// time. Nothing here calls `refresh()`: each window learns what the other did through the file watch, as a person's
// two windows would. The last test waits one real minute: `timekeeper.idleMinutes` is 1 and both windows decide idle
// on activity in either.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { NO_BRIDGE, getApi, waitFor } from './helpers';
import * as ui from './ui';
import {
  INPUT,
  TIMER,
  TOAST,
  lines,
  runFromPalette,
  setUserSetting,
  settleTracker,
  timerText,
  waitForTimer,
  toastTexts,
  waitForPrompt,
  waitForToast,
} from './workbench';

const EDITOR = '.editor-group-container.active .monaco-editor .view-lines';
const TODAY_ROWS = `[id="workbench.view.extension.timekeeper"] .monaco-list-row, .pane-body .monaco-list-row`;

/** `YYYY-MM-DD HH:MM` of a local time. */
function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** `minutesAgo` before now, but not before today's midnight. */
function earlierToday(minutesAgo: number): Date {
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  return new Date(Math.max(midnight.getTime(), Date.now() - minutesAgo * 60_000));
}

suite('Two windows (second browser tab, real file watch)', function () {
  this.timeout(60_000);
  let api: Api;
  let second: ui.OtherWindow;
  let file: string;
  let notes: vscode.Uri;
  let stateFile: string;

  suiteSetup(async function () {
    this.timeout(120_000);
    assert.ok(ui.available(), NO_BRIDGE);
    assert.ok(
      process.env.TIMEKEEPER_TEST_DATA_DIR,
      'the runner names the data folder of the default timesheet',
    );
    api = await getApi();
    await ui.waitForSelector('.monaco-workbench');
    // The timesheet both windows use: the one the user setting names (no override in this window).
    file = path.join(process.env.TIMEKEEPER_TEST_DATA_DIR, 'utt.log');
    assert.equal(api.resolve(api.tokens.Timesheet).path, file);
    stateFile = path.join(path.dirname(file), `.${path.basename(file)}.timekeeper.json`);
    // Settled first: an away time left by earlier suites is logged into the file before it is replaced.
    await settleTracker(api);
    await fs.writeFile(file, `${stamp(earlierToday(60))} hello\n${stamp(earlierToday(30))} acme: code\n`);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace has a folder');
    notes = vscode.Uri.joinPath(folder.uri, 'windows-notes.txt');
    await fs.writeFile(notes.fsPath, 'notes\n');
    // Set before the other window opens: it reads its settings when it starts (a change made later in this window did
    // not reach it in code-server).
    await setUserSetting('timekeeper.idleMinutes', 1);
    second = await ui.openWindow('second');
    // Timekeeper starts in the new window once its workbench has started up.
    await waitFor(
      'both timers to agree',
      async () => {
        const [first, other] = [await timerText(), await timerText(second)];
        return first.includes(' · ') && first === other;
      },
      60_000,
    );
  });
  suiteTeardown(async () => {
    await second?.close();
    await setUserSetting('timekeeper.idleMinutes', undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await fs.rm(notes.fsPath, { force: true });
  });
  /** A failure with what both windows go by (the shared state, the timesheet's last lines) and what they said. */
  async function failWithWhatTheWindowsSee(error: unknown): Promise<never> {
    const shared = await fs.readFile(stateFile, 'utf8').catch((e: unknown) => String(e));
    const last = (await lines(file)).slice(-3).join(' | ');
    const said = JSON.stringify([await toastTexts().catch(String), await toastTexts(second).catch(String)]);
    throw new Error(
      `${String(error)}; the shared state: ${shared}; the timesheet ends: ${last}; the notifications: ${said}`,
    );
  }
  teardown(async () => {
    await ui.pressKeys('Escape').catch(() => undefined);
    await second.pressKeys('Escape').catch(() => undefined);
  });

  test('an entry added in one window shows in the other’s status bar and Today view', async () => {
    await second.click(TIMER);
    await second.waitForSelector(INPUT);
    await second.typeText('blog: post');
    await second.pressKeys('Enter');
    await waitForPrompt('blog: post', second);
    await second.pressKeys('Enter');
    await waitFor('the entry in the timesheet', async () =>
      (await lines(file)).at(-1)?.endsWith(' blog: post'),
    );
    // This window read nothing by hand: the file watch brings the new entry to its timer and its Today view.
    await waitFor('this window’s timer to restart', async () => (await timerText()).startsWith('0:00 · '));
    await vscode.commands.executeCommand('timekeeper.today.focus');
    let rows: string[] = [];
    await waitFor('blog in this window’s Today view', async () => {
      rows = await ui.evaluate<string[]>(
        `[...document.querySelectorAll('${TODAY_ROWS}')].map((r) => r.innerText.replace(/\\s+/g, ' ').trim())`,
      );
      return (
        rows.some((r) => /^blog\s*0:\d\d$/.test(r)) &&
        rows.some((r) => /^post\s*0:\d\d · \d\d:\d\d–\d\d:\d\d$/.test(r))
      );
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}; the rows: ${rows.join(' | ')}`);
    });
    assert.equal(await timerText(), await timerText(second));
    await ui.screenshot('two-windows-first');
    await second.screenshot('two-windows-second');
  });

  test('pausing in one window pauses the other; resuming in the other resumes both', async () => {
    const tracker = api.resolve(api.tokens.ActivityTracker);
    await runFromPalette('Timekeeper: Pause Tracking', second);
    await waitFor('this window to be paused', () => tracker.state === 'paused');
    await waitFor('this window’s timer to say paused', async () => (await timerText()).startsWith('Paused '));
    await runFromPalette('Timekeeper: Resume Tracking');
    await waitFor('this window to run again', () => tracker.state === 'active').catch(
      failWithWhatTheWindowsSee,
    );
    await waitForTimer(
      'the other window’s timer to run again',
      (text) => text.includes(' · ') && !text.includes('Paused'),
      second,
    ).catch(failWithWhatTheWindowsSee);
    assert.equal(tracker.state, 'active');
  });

  test('idle is decided on activity in either window (one real minute)', async function () {
    this.timeout(180_000);
    const tracker = api.resolve(api.tokens.ActivityTracker);
    // An editor in each window, the cursor in it, as a person clicking into it.
    await vscode.window.showTextDocument(notes, { preview: false });
    await ui.click(EDITOR);
    // The other window opens it from its Explorer (Quick Open's file search needs ripgrep, absent offline).
    await second.pressKeys('Escape', 'Control+Shift+E');
    await second.click('.explorer-folders-view .monaco-list-row:has-text("windows-notes.txt")');
    await second.waitForSelector(`${EDITOR}`);
    await second.click(EDITOR);
    await settleTracker(api);

    const windowEvents: unknown[] = [];
    const watchingWindow = vscode.window.onDidChangeWindowState((state) =>
      windowEvents.push({ ...state, at: new Date().toISOString() }),
    );
    const changes: { state: string; at: number }[] = [];
    const listening = tracker.onDidChangeState((c) => changes.push({ state: c.state, at: Date.now() }));
    try {
      await ui.typeText('first window ');
      const typedHere = Date.now();
      // A quarter of a minute later the user types in the other window only.
      await waitFor('15 s to pass', () => Date.now() >= typedHere + 15_000, 20_000);
      await second.typeText('second window ');
      const typedThere = Date.now();
      await waitFor('this window to be idle', () => tracker.state === 'idle', 90_000).catch(
        async (error: unknown) => {
          const shared = await fs.readFile(stateFile, 'utf8').catch(() => '(none)');
          throw new Error(
            `${String(error)}; typed here ${new Date(typedHere).toISOString()}, there ${new Date(typedThere).toISOString()};` +
              ` shared state ${shared}; window events ${JSON.stringify(windowEvents)}`,
          );
        },
      );
      const wentIdle = changes.find((c) => c.state === 'idle');
      assert.ok(wentIdle, `a change to idle in ${JSON.stringify(changes)}`);
      // Idle one minute after the OTHER window's keystrokes, not this window's: it decided on both.
      assert.ok(
        wentIdle.at >= typedThere + 60_000 - 2_000,
        `idle ${(wentIdle.at - typedThere) / 1000} s after typing in the other window`,
      );
      assert.ok(
        Math.abs(tracker.since.getTime() - typedThere) < 2_500,
        `idle since ${tracker.since.toISOString()}, typed there at ${new Date(typedThere).toISOString()}`,
      );
      await waitForTimer('this window’s timer to say idle', (text) => text.endsWith('· idle'));
      await waitForTimer('the other window’s timer to say idle', (text) => text.endsWith('· idle'), second);
      await ui.screenshot('two-windows-idle-first');
      await second.screenshot('two-windows-idle-second');

      // Back at the first window: it claims the time away and asks once; the other window only stops being idle.
      const before = await lines(file);
      await ui.typeText('back ');
      const toast = await waitForToast('Away');
      assert.match(toast, /Timekeeper: Away \d\d:\d\d–\d\d:\d\d \(1 min\)\. Log it as…/);
      await waitFor('the other window to be active again', async () => {
        const text = await timerText(second);
        return text.includes(' · ') && !text.includes('idle');
      });
      assert.deepEqual(
        (await toastTexts(second)).filter((t) => t.includes('Away')),
        [],
        'one notification, in the window the user came back to',
      );
      await ui.click(`${TOAST} .monaco-button:has-text("Keep as Work")`);
      await waitFor('the notification to close', async () => (await ui.count(TOAST)) === 0);
      assert.deepEqual(await lines(file), before, 'the time away kept as work: nothing written');
      assert.equal(tracker.state, 'active');
    } finally {
      listening.dispose();
      watchingWindow.dispose();
    }
  });
});
