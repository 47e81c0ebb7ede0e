// Live tracking in the real workbench: the status bar timer read and clicked as a person would, pause and resume
// from the Command Palette, an away time coming back as a notification, and the Today view. The clock is a fixed
// Now the tests move by hand; the timesheet is a temporary file (both overridden as a plugin would).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import { settleTracker, waitForToastsInPlace, workbenchReady } from './workbench';
import * as ui from './ui';

const TIMER = '#workbench\\.parts\\.statusbar [id$="timekeeper.timer"]';
const INPUT = '.quick-input-widget .quick-input-box input';
const TOAST = '.notifications-toasts .notification-toast';

async function timerText(): Promise<string> {
  return (await ui.textOf(TIMER, 2_000).catch(() => '')).replace(/\s+/g, ' ').trim();
}

async function lines(file: string): Promise<string[]> {
  return (await fs.readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
}

async function runFromPalette(title: string): Promise<void> {
  await ui.pressKeys('Escape', 'F1');
  await ui.waitForSelector(INPUT);
  await ui.typeText(title);
  await waitFor(`"${title}" in the palette`, async () =>
    (
      await ui.textOf('.quick-input-widget .quick-input-list .monaco-list-row', 2_000).catch(() => '')
    ).includes(title.replace(/^>?\s*/, '')),
  );
  await ui.pressKeys('Enter');
}

suite('Tracking (status bar, idle, Today)', function () {
  this.timeout(60_000);
  let api: Api;
  let file: string;
  let now = localTime('2024-05-02 14:42');
  let undo: vscode.Disposable;

  suiteSetup(async function () {
    await workbenchReady();
    api = await getApi();
  });

  setup(async () => {
    file = tempTimesheet();
    await fs.writeFile(
      file,
      '2024-05-02 09:00 hello\n2024-05-02 12:00 acme: code\n2024-05-02 12:30 lunch**\n2024-05-02 14:00 blog: post\n',
    );
    now = localTime('2024-05-02 14:42');
    undo = vscode.Disposable.from(
      override(api, { DataFile: file }),
      api.registerComponent(api.tokens.Now, () => new Date(now), TESTS),
    );
    await settleTracker(api);
  });
  teardown(async () => {
    await ui.pressKeys('Escape').catch(() => undefined);
    undo.dispose();
  });

  test('the status bar shows the current activity and today’s work; a click adds an entry', async () => {
    await waitFor('the timer to show 0:42 · 4h30+0:42', async () =>
      (await timerText()).includes('0:42 · 5h12'),
    );
    await ui.click(TIMER);
    await ui.waitForSelector(INPUT);
    await ui.typeText('blog: edit');
    await ui.pressKeys('Enter');
    await waitFor('the comment prompt', async () =>
      (await ui.textOf('.quick-input-widget .quick-input-title', 2_000).catch(() => '')).includes(
        'blog: edit',
      ),
    );
    await ui.pressKeys('Enter');
    await waitFor('the entry', async () => (await lines(file)).at(-1) === '2024-05-02 14:42 blog: edit');
    await waitFor('the timer to restart', async () => (await timerText()).includes('0:00 · 5h12'));
  });

  test('the tooltip: today per project, the state and its actions (screenshot for the README)', async () => {
    await api.runCommand('add', { name: 'acme: review' });
    now = localTime('2024-05-02 14:50');
    await waitFor('the timer at 0:08', async () => (await timerText()).includes('0:08 · 5h20'));
    // The bridge has no hover: the pointer events VS Code's hover listens to, sent to the item.
    await ui.evaluate(
      `(() => { const item = document.querySelector('#workbench\\\\.parts\\\\.statusbar [id$="timekeeper.timer"] a')` +
        ` ?? document.querySelector('#workbench\\\\.parts\\\\.statusbar [id$="timekeeper.timer"]');` +
        ` for (const type of ['mouseover', 'mouseenter', 'mousemove']) item.dispatchEvent(new MouseEvent(type, { bubbles: true }));` +
        ` return true; })()`,
    );
    const hover = await waitFor(
      'the tooltip',
      async () => (await ui.textOf('.monaco-hover, .workbench-hover', 2_000).catch(() => '')) || undefined,
    );
    assert.match(hover, /Active/);
    assert.match(hover, /Working 5:20 · breaks 0:30/);
    assert.match(hover, /acme\s+3:42/);
    assert.match(hover, /blog\s+1:30/);
    assert.match(hover, /Current activity: 0:08 since 14:42/);
    assert.match(hover, /Pause/);
    // The hover fades in: shoot once it is opaque.
    await waitFor('the tooltip to be opaque', () =>
      ui.evaluate<boolean>(
        `[...document.querySelectorAll('.monaco-hover, .workbench-hover-container, .workbench-hover')]` +
          `.every((e) => { for (let n = e; n; n = n.parentElement) if (getComputedStyle(n).opacity !== '1') return false; return true; })`,
      ),
    );
    await ui.screenshot('statusbar-tooltip');
  });

  test('pause and resume from the Command Palette: the paused time is logged as ignored', async () => {
    await runFromPalette('Timekeeper: Pause Tracking');
    await waitFor('the timer to say paused', async () => (await timerText()).includes('Paused'));
    assert.equal((await lines(file)).at(-1), '2024-05-02 14:42 blog: post');
    now = localTime('2024-05-02 15:10');
    await runFromPalette('Timekeeper: Resume Tracking');
    await waitFor(
      'the paused time logged',
      async () => (await lines(file)).at(-1) === '2024-05-02 15:10 paused***',
    );
    await waitFor('the timer to run again', async () => !(await timerText()).includes('Paused'));
    assert.equal(api.resolve(api.tokens.ActivityTracker).state, 'active');
  });

  test('coming back after the idle time: one notification, and "Break" logs the time away', async () => {
    const tracker = api.resolve(api.tokens.ActivityTracker);
    const changes: string[] = [];
    const listening = tracker.onDidChangeState((c) => changes.push(c.state));
    try {
      // The tracker shares its last activity in a state file beside the timesheet: wait until it has 14:42 there.
      const stateFile = path.join(path.dirname(file), `.${path.basename(file)}.timekeeper.json`);
      await waitFor('the shared state at 14:42', async () => {
        const shared = JSON.parse(await fs.readFile(stateFile, 'utf8')) as { lastActivity?: number };
        return shared.lastActivity === now.getTime();
      });
      assert.equal(tracker.state, 'active');
      const lastSeen = new Date(now);
      now = new Date(now.getTime() + 20 * 60_000);
      await waitFor('idle', () => tracker.state === 'idle');
      assert.ok(
        Math.abs(tracker.since.getTime() - lastSeen.getTime()) < 2_000,
        `idle since ${tracker.since}`,
      );
      await waitFor('the timer to say idle', async () => (await timerText()).includes('idle'));
      // The user comes back: a keystroke in the workbench is a sign of presence.
      await ui.click('.monaco-workbench .part.statusbar');
      await ui.pressKeys('Escape');
      tracker.signal();
      const toast = await waitFor('the away notification', async () =>
        (await ui.textOf(TOAST, 2_000).catch(() => '')).includes('Away') ? ui.textOf(TOAST) : undefined,
      );
      assert.match(toast, /Away 14:42–15:02 \(20 min\)/);
      await waitForToastsInPlace();
      await ui.screenshot('away-notification');
      await ui.click(`${TOAST} .monaco-button:has-text("Break")`);
      await waitFor('the break logged', async () => (await lines(file)).at(-1) === '2024-05-02 15:02 away**');
      assert.deepEqual((await lines(file)).slice(-2), [
        '2024-05-02 14:42 blog: post',
        '2024-05-02 15:02 away**',
      ]);
      assert.deepEqual(changes, ['idle', 'active']);
    } finally {
      listening.dispose();
    }
  });

  test('the Today view lists today’s activities by project with the live current activity', async () => {
    await vscode.commands.executeCommand('timekeeper.today.focus');
    const rows = await waitFor('the Today rows', async () => {
      const text = await ui.evaluate<string[]>(
        `[...document.querySelectorAll('[id="workbench.view.extension.timekeeper"] .monaco-list-row, .pane-body .monaco-list-row')]` +
          `.map((r) => r.innerText.replace(/\\s+/g, ' ').trim())`,
      );
      // Groups render before their children: wait for both.
      return text.some((t) => t.includes('Current activity')) && text.some((t) => t.includes('09:00–12:00'))
        ? text
        : undefined;
    });
    const has = (pattern: RegExp) =>
      assert.ok(
        rows.some((r) => pattern.test(r)),
        `${pattern} in ${rows.join(' | ')}`,
      );
    has(/^acme\s*3:00$/);
    has(/^code\s*3:00 · 09:00–12:00$/);
    has(/^\(no project\)\s*0:30 break$/);
    has(/^Current activity\s*0:42 since 14:00$/);
    await ui.screenshot('today-view');
  });
});
