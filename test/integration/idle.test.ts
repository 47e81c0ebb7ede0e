// Idle detection through the real listeners: `timekeeper.idleMinutes` set to 1 as the Settings editor sets it, the
// clock (the `Now` component, which the tracker reads) moved past that minute, then the user comes back by typing,
// moving the cursor, saving, scrolling or switching editors in the real workbench, and answers the away notification
// with its buttons. Only the setup calls `tracker.signal()` (to start active): what ends each idle time is what the
// workbench reports.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api, Suggestions } from '../../src/api';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import {
  lines,
  pickRow,
  settleTracker,
  setUserSetting,
  TIMER,
  timerText,
  TOAST,
  waitForPrompt,
  waitForToast,
  waitForToastsInPlace,
  workbenchReady,
} from './workbench';

const EDITOR = '.editor-group-container.active .monaco-editor .view-lines';
const TIMESHEET = ['2024-07-01 09:00 hello', '2024-07-01 10:00 acme: code'];

suite('Idle detection (real listeners, idleMinutes 1)', function () {
  this.timeout(60_000);
  let api: Api;
  let file: string;
  let notes: vscode.Uri;
  let now = localTime('2024-07-01 10:30');
  let undo: vscode.Disposable;

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
    await setUserSetting('timekeeper.idleMinutes', 1);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace has a folder');
    // Long enough to scroll.
    notes = vscode.Uri.joinPath(folder.uri, 'idle-notes.txt');
    await fs.writeFile(notes.fsPath, Array.from({ length: 200 }, (_, i) => `line ${i + 1}`).join('\n'));
  });
  suiteTeardown(async () => {
    await setUserSetting('timekeeper.idleMinutes', undefined);
    await fs.rm(notes.fsPath, { force: true });
  });

  setup(async () => {
    file = tempTimesheet();
    await fs.writeFile(file, `${TIMESHEET.join('\n')}\n`);
    now = localTime('2024-07-01 10:30');
    undo = vscode.Disposable.from(
      override(api, { DataFile: file }),
      api.registerComponent(api.tokens.Now, () => new Date(now), TESTS),
    );
    await vscode.window.showTextDocument(notes, { preview: false });
    // The cursor in the editor, as a person clicking into it: keys go there from now on.
    await ui.click(EDITOR);
    await settleTracker(api);
  });
  teardown(async () => {
    await ui.pressKeys('Escape').catch(() => undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('notifications.clearAll');
    undo.dispose();
  });

  /** Two minutes pass without a sign of the user: the tracker and the status bar say idle since 10:30. */
  async function goIdle(): Promise<void> {
    const tracker = api.resolve(api.tokens.ActivityTracker);
    now = localTime('2024-07-01 10:32');
    await waitFor('the tracker to be idle', () => tracker.state === 'idle');
    assert.equal(tracker.since.getTime(), localTime('2024-07-01 10:30').getTime());
    await waitFor('the timer to say idle', async () => (await timerText()).endsWith('· idle'));
  }

  /** The away notification, once: "Away 10:30–10:32 (2 min)", and the tracker active again. */
  async function awayNotice(): Promise<string> {
    const toast = await waitForToast('Away');
    assert.match(toast, /Timekeeper: Away 10:30–10:32 \(2 min\)\. Log it as…/);
    await waitFor(
      'the tracker to be active',
      () => api.resolve(api.tokens.ActivityTracker).state === 'active',
    );
    await waitFor('the timer to drop idle', async () => !(await timerText()).includes('idle'));
    return toast;
  }

  /** Every line journaled on the test's day beside the test's timesheet (no folder yet: none). */
  async function journalText(): Promise<string> {
    const day = path.join(path.dirname(file), '.utt.log.journal', '2024-07-01');
    const names = await fs.readdir(day).catch(() => []);
    return (await Promise.all(names.map((name) => fs.readFile(path.join(day, name), 'utf8')))).join('');
  }

  async function choose(button: string): Promise<void> {
    await ui.click(`${TOAST} .monaco-button:has-text("${button}")`);
  }

  /** An answer behind the notification's More…, picked from its list. */
  async function chooseMore(answer: string): Promise<void> {
    await choose('More…');
    await waitForPrompt('Timekeeper: Away 10:30–10:32 (2 min)');
    await pickRow(answer);
  }

  test('typing in an editor ends the idle time; "Activity…" logs it under a picked name and comment', async () => {
    await goIdle();
    assert.match(await timerText(), /^0:32 · 1h32 · idle$/);
    await ui.screenshot('idle-statusbar', TIMER);
    await ui.typeText('back at the desk');
    await awayNotice();
    await waitForToastsInPlace();
    await ui.screenshot('away-notification-choices');
    await choose('Activity…');
    await waitForPrompt('Timekeeper: Log the Time Away as');
    await ui.typeText('acme: meeting');
    await ui.pressKeys('Enter');
    await waitForPrompt('Timekeeper: "acme: meeting"');
    await ui.typeText('standup');
    await ui.pressKeys('Enter');
    await waitFor('the time away logged', async () => (await lines(file)).length === 4);
    assert.deepEqual(await lines(file), [
      ...TIMESHEET,
      '2024-07-01 10:30 acme: code',
      '2024-07-01 10:32 acme: meeting  # standup',
    ]);
  });

  test('moving the cursor ends the idle time; "More…", "Discard" logs it as ignored', async () => {
    await goIdle();
    await ui.pressKeys('ArrowDown', 'ArrowDown');
    await awayNotice();
    await chooseMore('Discard');
    await waitFor('the time away discarded', async () => (await lines(file)).length === 4);
    assert.deepEqual((await lines(file)).slice(-2), [
      '2024-07-01 10:30 acme: code',
      '2024-07-01 10:32 away***',
    ]);
  });

  test('the notification shows its four answers whole; "More…", "Always Log Time Away as a Break" logs one and never asks again', async () => {
    await goIdle();
    await ui.pressKeys('ArrowDown');
    await awayNotice();
    await waitForToastsInPlace();
    // A label VS Code cut short ("Br…") is wider than its button.
    const buttons = await ui.evaluate<{ text: string; cut: boolean }[]>(
      `[...document.querySelectorAll('${TOAST} .monaco-button')].map((b) => ({ text: b.innerText, cut: b.scrollWidth > b.clientWidth }))`,
    );
    assert.deepEqual(buttons, [
      { text: 'Break', cut: false },
      { text: 'Activity…', cut: false },
      { text: 'Keep as Work', cut: false },
      { text: 'More…', cut: false },
    ]);
    try {
      await chooseMore('Always Log Time Away as a Break');
      await waitFor('the break logged', async () => (await lines(file)).at(-1) === '2024-07-01 10:32 away**');
      assert.equal(vscode.workspace.getConfiguration('timekeeper').get('away.prompt'), 'break');
      // The next time away is logged as a break with nothing asked.
      await settleTracker(api);
      now = localTime('2024-07-01 10:40');
      await waitFor('the tracker to be idle', () => api.resolve(api.tokens.ActivityTracker).state === 'idle');
      await ui.click(EDITOR);
      await ui.pressKeys('ArrowDown');
      await waitFor(
        'the second break logged',
        async () => (await lines(file)).at(-1) === '2024-07-01 10:40 away**',
      );
      assert.equal(await ui.count(TOAST), 0, 'nothing asked');
    } finally {
      await setUserSetting('timekeeper.away.prompt', undefined);
    }
  });

  test('a selection another extension moves is no sign of the user; the keyboard’s is', async () => {
    await goIdle();
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the notes are open');
    const tracker = api.resolve(api.tokens.ActivityTracker);
    // As an agent revealing what it wrote: VS Code reports the change as the `Command` kind.
    const heard = new Promise<vscode.TextEditorSelectionChangeKind | undefined>((resolve) => {
      const listening = vscode.window.onDidChangeTextEditorSelection((change) => {
        listening.dispose();
        resolve(change.kind);
      });
    });
    // A return would show within two of the tracker's one-second ticks (as settleTracker counts them).
    const returned = new Promise<boolean>((resolve) => {
      const listening = tracker.onDidChangeState(() => {
        listening.dispose();
        resolve(true);
      });
      setTimeout(() => {
        listening.dispose();
        resolve(false);
      }, 2_500);
    });
    editor.selection = new vscode.Selection(3, 0, 3, 4);
    assert.equal(await heard, vscode.TextEditorSelectionChangeKind.Command);
    assert.equal(await returned, false, 'still idle after an extension’s selection');
    assert.equal(tracker.state, 'idle');
    assert.equal(await ui.count(TOAST), 0, 'no notification for an extension’s selection');
    await ui.pressKeys('ArrowUp');
    await awayNotice();
  });

  test('saving ends the idle time; "Keep as Work" writes nothing', async () => {
    // A change made before the time away, so that there is something to save (a change is itself a sign).
    const edit = new vscode.WorkspaceEdit();
    edit.insert(notes, new vscode.Position(0, 0), 'saved ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const saved = new Promise<void>((done) => {
      const listening = vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.toString() === notes.toString()) {
          listening.dispose();
          done();
        }
      });
    });
    // The change is a sign of the user at 10:30: let the tracker take it before the clock moves on.
    await settleTracker(api);
    await goIdle();
    await ui.pressKeys('Control+S');
    await saved;
    await awayNotice();
    await choose('Keep as Work');
    await waitFor('the notification to close', async () => (await ui.count(TOAST)) === 0);
    // The answer is journaled beside this timesheet (before the next test moves the timesheet elsewhere).
    await waitFor('the kept time journaled', async () =>
      (await journalText()).includes('"detail":"kept as work"'),
    );
    assert.deepEqual(await lines(file), TIMESHEET);
    assert.match(await fs.readFile(notes.fsPath, 'utf8'), /^saved line 1\n/);
    await fs.writeFile(notes.fsPath, Array.from({ length: 200 }, (_, i) => `line ${i + 1}`).join('\n'));
  });

  test('the standing answer "ignore" asks nothing and keeps the time away as work, as "Keep as Work" does', async () => {
    await setUserSetting('timekeeper.away.prompt', 'ignore');
    try {
      await goIdle();
      await ui.typeText('back');
      await waitFor(
        'the tracker to be active',
        () => api.resolve(api.tokens.ActivityTracker).state === 'active',
      );
      await waitFor('the kept time journaled', async () =>
        (await journalText()).includes('"detail":"kept as work"'),
      );
      assert.equal(await ui.count(TOAST), 0, 'nothing asked');
      assert.deepEqual(await lines(file), TIMESHEET, 'no entry written');
    } finally {
      await setUserSetting('timekeeper.away.prompt', undefined);
    }
  });

  /**
   * Keeps the time away 10:30–10:32 as work with `answer` (the button, or closing the notification), on a journal
   * that saw login work up to it and after it (docs/JOURNAL.md's format): the claiming window journals the answer
   * over the time away in the context of the work before it, no entry is written, and `suggest` at 10:40 proposes
   * one login entry across the time away, no away**.
   */
  async function keepAsWorkWith(answer: () => Promise<void>): Promise<void> {
    // The tests before replayed the same minutes, and this window's journal may still hold some of their records
    // (one of 10:30–10:32 would fill the time away): written now beside this timesheet and removed, so that this
    // journal holds this test's day only.
    await api.resolve(api.tokens.Journal).flush();
    await fs.rm(path.join(path.dirname(file), '.utt.log.journal'), { recursive: true, force: true });
    const day = path.join(path.dirname(file), '.utt.log.journal', '2024-07-01');
    const login = { kind: 'edit', folder: 'acme', branch: 'feature/ABC-7-idle', file: 'src/idle.ts' };
    const record = (from: string, to: string, work: object = login) =>
      JSON.stringify({
        start: localTime(`2024-07-01 ${from}`).getTime(),
        end: localTime(`2024-07-01 ${to}`).getTime(),
        ...work,
      });
    await fs.mkdir(day, { recursive: true });
    await fs.writeFile(
      path.join(day, 'seeded-1-test.jsonl'),
      [
        JSON.stringify({ format: 'timekeeper-journal', version: 1 }),
        record('10:00', '10:30'),
        record('10:32', '10:40'),
      ].join('\n') + '\n',
    );
    // The journal reads timekeeper.idleMinutes on its 30-second timer: until it has the suite's minute, it would
    // join the seeded work across the two minutes away by itself.
    const journal = api.resolve(api.tokens.Journal);
    const seeded = () => journal.spans(localTime('2024-07-01 10:00'), localTime('2024-07-01 10:40'));
    await waitFor(
      'the journal to split spans at the idle minute',
      async () => (await seeded()).filter((span) => span.folder === 'acme').length === 2,
      35_000,
    );
    await goIdle();
    await ui.typeText('back');
    await awayNotice();
    await answer();
    await waitFor('the notification to close', async () => (await ui.count(TOAST)) === 0);
    const kept = record('10:30', '10:32', { ...login, kind: 'other', detail: 'kept as work' });
    await waitFor('the kept time journaled', async () => (await journalText()).split('\n').includes(kept));
    assert.deepEqual(await lines(file), TIMESHEET, 'keeping the time as work writes no entry');
    now = localTime('2024-07-01 10:40');
    const suggested = await vscode.commands.executeCommand<Suggestions>('timekeeper.suggest', {
      date: '2024-07-01',
    });
    const clock = (date: Date) => date.toTimeString().slice(0, 5);
    assert.deepEqual(
      suggested.entries.map(
        (entry) => `${clock(entry.start)}–${clock(entry.date)} ${entry.name} ${entry.kind}`,
      ),
      ['10:00–10:40 acme: ABC-7 idle work'],
    );
  }

  test('"Keep as Work": the journal keeps the time away as the work before it, and suggest proposes no away**', () =>
    keepAsWorkWith(() => choose('Keep as Work')));

  test('closing the away notification keeps the time away as work, as "Keep as Work" does', () =>
    keepAsWorkWith(() => ui.click(`${TOAST} .codicon-notifications-clear`)));

  test('scrolling an editor ends the idle time', async () => {
    await goIdle();
    const topLine = () => vscode.window.activeTextEditor?.visibleRanges[0]?.start.line ?? -1;
    assert.equal(topLine(), 0);
    await ui.wheel(EDITOR, 600);
    await awayNotice();
    assert.ok(topLine() > 0, `the editor scrolled (top line ${topLine()})`);
    await chooseMore('Discard');
    await waitFor(
      'the time away discarded',
      async () => (await lines(file)).at(-1) === '2024-07-01 10:32 away***',
    );
  });

  test('switching to another editor ends the idle time', async () => {
    const other = vscode.Uri.joinPath(notes, '..', 'idle-other.txt');
    await fs.writeFile(other.fsPath, 'other\n');
    try {
      await vscode.window.showTextDocument(other, { preview: false });
      await ui.click(EDITOR);
      await settleTracker(api);
      await goIdle();
      await ui.pressKeys('Control+PageUp');
      await awayNotice();
      assert.equal(
        vscode.window.activeTextEditor?.document.uri.fsPath,
        notes.fsPath,
        'the other editor is active',
      );
      await chooseMore('Discard');
      await waitFor(
        'the time away discarded',
        async () => (await lines(file)).at(-1) === '2024-07-01 10:32 away***',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await fs.rm(other.fsPath, { force: true });
    }
  });

  test('without any sign of the user the idle time goes on, and the status bar keeps saying so', async () => {
    await goIdle();
    // The idle time follows the clock: ten more minutes away are still one idle time, since 10:30.
    now = localTime('2024-07-01 10:42');
    await waitFor('the timer to move on', async () => (await timerText()).startsWith('0:42 · 1h42'));
    const tracker = api.resolve(api.tokens.ActivityTracker);
    assert.equal(tracker.state, 'idle');
    assert.equal(tracker.since.getTime(), localTime('2024-07-01 10:30').getTime());
    assert.equal(await ui.count(TOAST), 0, 'no notification while away');
  });
});
