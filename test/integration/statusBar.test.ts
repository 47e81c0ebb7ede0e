// The status bar as the README describes it: `timekeeper.statusBar.format` and `.alignment`, `dailyGoalHours` with
// its one notification, and the status menu. Settings are set as the Settings editor sets them (user settings), the
// clock is a fixed Now and the timesheet a temporary file (both overridden as a plugin would).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import {
  INPUT,
  lines,
  rowLabels,
  runFromPalette,
  settleTracker,
  setUserSetting,
  TIMER,
  timerText,
  toastTexts,
  waitForPrompt,
  waitForTimer,
  waitForToast,
  waitForToastsInPlace,
  workbenchReady,
} from './workbench';

const STATUS_BAR = '#workbench\\.parts\\.statusbar';
const SETTINGS = [
  'timekeeper.statusBar.format',
  'timekeeper.statusBar.alignment',
  'timekeeper.dailyGoalHours',
] as const;

/** Which side of the status bar the timer is on, as drawn. */
function timerSide(): Promise<string> {
  return ui.evaluate<string>(
    `(() => { const t = document.querySelector('${STATUS_BAR.replace(/\\/g, '\\\\')} [id*="timekeeper.timer"]');` +
      ` return !t ? 'none' : t.closest('.left-items') ? 'left' : t.closest('.right-items') ? 'right' : 'elsewhere'; })()`,
  );
}

suite('Status bar settings, goal and menu (UI)', function () {
  this.timeout(60_000);
  let api: Api;
  let file: string;
  let now = localTime('2024-08-05 14:42');
  let undo: vscode.Disposable;

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
  });
  suiteTeardown(async () => {
    for (const key of SETTINGS) await setUserSetting(key, undefined);
  });

  setup(async () => {
    file = tempTimesheet();
    // 5h12 of work by 14:42: 09:00–12:00 acme, 12:30–14:00 blog, and the current 0:42 (lunch is a break).
    await fs.writeFile(
      file,
      '2024-08-05 09:00 hello\n2024-08-05 12:00 acme: code\n2024-08-05 12:30 lunch**\n2024-08-05 14:00 blog: post\n',
    );
    now = localTime('2024-08-05 14:42');
    undo = vscode.Disposable.from(
      override(api, { DataFile: file }),
      api.registerComponent(api.tokens.Now, () => new Date(now), TESTS),
    );
    await settleTracker(api);
  });
  teardown(async () => {
    await ui.pressKeys('Escape').catch(() => undefined);
    await vscode.commands.executeCommand('notifications.clearAll');
    undo.dispose();
  });

  test('statusBar.format: the text follows the setting, ${goal} included', async () => {
    await waitFor('the default text', async () => (await timerText()) === '0:42 · 5h12');
    await setUserSetting('timekeeper.dailyGoalHours', 8);
    await setUserSetting('timekeeper.statusBar.format', '$(clock) ${current} of ${today} (${goal})');
    await waitFor('the text in the new format', async () => (await timerText()) === '0:42 of 5h12 (65%)');
    assert.equal(
      await ui.count(`${TIMER} .codicon-clock`),
      1,
      'the $(clock) in the format is drawn as the codicon',
    );
    await ui.screenshot('statusbar-format', STATUS_BAR);
    now = localTime('2024-08-05 14:50');
    await waitFor('the text to follow the clock', async () => (await timerText()) === '0:50 of 5h20 (66%)');
    await setUserSetting('timekeeper.statusBar.format', undefined);
    await waitFor('the default text again', async () => (await timerText()) === '0:50 · 5h20');
  });

  test('statusBar.alignment: the timer moves to the right side and back', async () => {
    assert.equal(await timerSide(), 'left');
    await setUserSetting('timekeeper.statusBar.alignment', 'right');
    await waitFor('the timer on the right', async () => (await timerSide()) === 'right').catch(
      async (error: unknown) => {
        const items = await ui.evaluate<string[]>(
          `[...document.querySelectorAll('[id*="timekeeper.timer"]')].map((t) => (t.closest('.left-items') ? 'left ' : t.closest('.right-items') ? 'right ' : '? ') + t.id + ' ' + t.innerText)`,
        );
        throw new Error(`${String(error)}; timer items: ${items.join(' | ')}`);
      },
    );
    assert.equal(await ui.count(TIMER), 1, 'one timer, not two');
    await waitFor('the timer text on the right', async () => (await timerText()) === '0:42 · 5h12');
    await ui.screenshot('statusbar-right', STATUS_BAR);
    await setUserSetting('timekeeper.statusBar.alignment', undefined);
    await waitFor('the timer on the left', async () => (await timerSide()) === 'left');
  });

  test('dailyGoalHours: one notification when the goal is reached, progress in the tooltip', async () => {
    // 5h12 done: a 5 h goal is reached as soon as the setting says so.
    await setUserSetting('timekeeper.dailyGoalHours', 5);
    const toast = await waitForToast('daily goal');
    assert.match(toast, /Timekeeper: daily goal reached, 5:00 of work today\./);
    await waitForToastsInPlace();
    await ui.screenshot('goal-notification');
    // Once a day: more work the same day does not ask again.
    now = localTime('2024-08-05 14:50');
    await waitForTimer('the timer at 0:50', (text) => text === '0:50 · 5h20');
    assert.equal((await toastTexts()).filter((t) => t.includes('daily goal')).length, 1);
    await ui.evaluate(
      `(() => { const item = document.querySelector('${STATUS_BAR.replace(/\\/g, '\\\\')} [id$="timekeeper.timer"] a')` +
        ` ?? document.querySelector('${STATUS_BAR.replace(/\\/g, '\\\\')} [id$="timekeeper.timer"]');` +
        ` for (const type of ['mouseover', 'mouseenter', 'mousemove']) item.dispatchEvent(new MouseEvent(type, { bubbles: true }));` +
        ` return true; })()`,
    );
    const hover = await waitFor(
      'the tooltip',
      async () => (await ui.textOf('.monaco-hover, .workbench-hover', 2_000).catch(() => '')) || undefined,
    );
    assert.match(hover, /Goal 5:00: ▰{10} 106%/);
  });

  test('the status menu offers add, stretch, both reports, pause or resume, hello and Today; its pick runs', async () => {
    const tracker = api.resolve(api.tokens.ActivityTracker);
    await runFromPalette('Timekeeper: Status Bar Menu');
    await waitForPrompt('Timekeeper');
    const rows = await waitFor('the menu', async () => {
      const labels = await rowLabels();
      return labels.length >= 7 ? labels : undefined;
    });
    for (const label of [
      'Add Entry…',
      'Stretch',
      'Open Report View',
      'Text Report (utt)…',
      'Pause Tracking',
      'Hello',
      'Today',
    ]) {
      assert.ok(
        rows.some((r) => r.includes(label)),
        `${label} in ${rows.join(' | ')}`,
      );
    }
    assert.ok(!rows.some((r) => r.includes('Resume Tracking')), 'no Resume while tracking');
    await ui.screenshot('status-menu');
    await ui.typeText('Pause');
    await ui.pressKeys('Enter');
    await waitFor('paused', () => tracker.state === 'paused');
    await waitFor('the timer to say paused', async () => (await timerText()).startsWith('Paused'));
    now = localTime('2024-08-05 15:00');
    await runFromPalette('Timekeeper: Status Bar Menu');
    await waitForPrompt('Timekeeper');
    await waitFor('Resume in the menu', async () =>
      (await rowLabels()).some((r) => r.includes('Resume Tracking')),
    );
    await ui.typeText('Resume');
    await ui.pressKeys('Enter');
    await waitFor('active again', () => tracker.state === 'active');
    await waitFor(
      'the pause logged',
      async () => (await lines(file)).at(-1) === '2024-08-05 15:00 paused***',
    );
    assert.equal(await ui.count(INPUT + ':focus'), 0);
  });
});
