// Steps the UI suites share: reading the status bar timer and the notifications, running a command from the palette,
// setting a setting as the Settings editor would, and starting each test from an active tracker.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import * as assert from 'node:assert/strict';
import { NO_BRIDGE, waitFor } from './helpers';
import * as ui from './ui';

/** The timer on either side (its id on the right side is `timekeeper.timer.right`). */
export const TIMER = '#workbench\\.parts\\.statusbar [id*="timekeeper.timer"]';
export const INPUT = '.quick-input-widget .quick-input-box input';
export const ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';
export const TITLE = '.quick-input-widget .quick-input-title';
export const TOAST = '.notifications-toasts .notification-toast';

/** A suite that drives the workbench starts here: it cannot run without the runner's UI bridge, so it fails then. */
export async function workbenchReady(): Promise<void> {
  assert.ok(ui.available(), NO_BRIDGE);
  await ui.waitForSelector('.monaco-workbench');
}

/** The timer's text as shown, whitespace collapsed; '' while it is not there. */
export async function timerText(window: Pick<ui.OtherWindow, 'textOf'> = ui): Promise<string> {
  return (await window.textOf(TIMER, 2_000).catch(() => '')).replace(/\s+/g, ' ').trim();
}

/** Waits until the timer's text passes `test`; a timeout says what the timer showed last. */
export async function waitForTimer(
  what: string,
  test: (text: string) => boolean,
  window: Pick<ui.OtherWindow, 'textOf'> = ui,
  timeoutMs = 10_000,
): Promise<string> {
  let last = '';
  return waitFor(
    what,
    async () => {
      last = await timerText(window);
      return test(last) ? last : undefined;
    },
    timeoutMs,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}; the timer shows "${last}"`);
  });
}

/** The text of every notification toast on screen. */
export function toastTexts(window: Pick<ui.OtherWindow, 'evaluate'> = ui): Promise<string[]> {
  return window.evaluate<string[]>(
    `[...document.querySelectorAll('.notifications-toasts .notification-toast')].map((t) => t.innerText)`,
  );
}

/** Waits for a notification containing `text`; resolves to its whole text. */
export function waitForToast(text: string, window: Pick<ui.OtherWindow, 'evaluate'> = ui): Promise<string> {
  return waitFor(`a notification saying "${text}"`, async () =>
    (await toastTexts(window)).find((t) => t.includes(text)),
  );
}

/** Waits until every notification has slid in, opaque and inside the window: as a screenshot should show it. */
export async function waitForToastsInPlace(): Promise<void> {
  await waitFor('the notifications in place', () =>
    ui.evaluate<boolean>(
      `[...document.querySelectorAll('${TOAST}')].every((e) => {` +
        ` const r = e.getBoundingClientRect(); if (r.bottom > innerHeight || r.height === 0) return false;` +
        ` for (let n = e; n; n = n.parentElement) if (getComputedStyle(n).opacity !== '1') return false; return true; })`,
    ),
  );
}

/** The timesheet's lines, without the empty one after the last newline. */
export async function lines(file: string): Promise<string[]> {
  return (await fs.readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
}

/** A quick input row's label as the page reads it (a function's source, run in the page). */
const ROW_LABEL = `(r) => r.getAttribute('aria-label') || r.innerText`;

/** The visible rows of the quick input, top to bottom. */
export function rowLabels(window: Pick<ui.OtherWindow, 'evaluate'> = ui): Promise<string[]> {
  return window.evaluate<string[]>(
    `[...document.querySelectorAll('${ROWS}')]` +
      `.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)` +
      `.map(${ROW_LABEL})`,
  );
}

/** Opens the Command Palette of `window` and runs the command whose title is typed (the row that starts with it). */
export async function runFromPalette(
  title: string,
  window: Pick<ui.OtherWindow, 'pressKeys' | 'waitForSelector' | 'typeText' | 'evaluate'> = ui,
): Promise<void> {
  await window.pressKeys('Escape', 'F1');
  await window.waitForSelector(INPUT);
  await window.typeText(title);
  // The palette filters as it is told of the typing: rows read before it has the whole title may be the recently
  // used commands, and Enter on the row where the command was would run another.
  await waitFor('the palette to hold the typed title', async () =>
    (await window.evaluate<string>(`document.querySelector('${INPUT}')?.value ?? ''`)).endsWith(title),
  );
  await pickRow(title, window);
}

/**
 * Presses Enter on the row of the open quick pick whose label starts with `label`, going down the list to it and
 * looking at what is highlighted before each step: Enter runs the highlighted row, whatever else the list shows.
 */
export async function pickRow(
  label: string,
  window: Pick<ui.OtherWindow, 'pressKeys' | 'evaluate'> = ui,
): Promise<void> {
  await waitFor(`"${label}" in the list`, async () =>
    (await rowLabels(window)).some((row) => row.startsWith(label)),
  );
  await waitFor(`"${label}" highlighted`, async () => {
    const highlighted = await window.evaluate<string>(
      `[...document.querySelectorAll('${ROWS}.focused')].map(${ROW_LABEL})[0] ?? ''`,
    );
    if (highlighted.startsWith(label)) return true;
    await window.pressKeys('ArrowDown');
    return false;
  });
  await window.pressKeys('Enter');
}

/** Waits for a quick pick or input box whose title contains `title`. */
export async function waitForPrompt(
  title: string,
  window: Pick<ui.OtherWindow, 'textOf'> = ui,
): Promise<void> {
  await waitFor(`the "${title}" prompt`, async () =>
    (await window.textOf(TITLE, 2_000).catch(() => '')).includes(title),
  );
}

/** A user setting, written where the Settings editor writes it (every window reads it). */
export async function setUserSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
  await waitFor(`${key} to read back`, () => {
    const read = vscode.workspace.getConfiguration().inspect(key)?.globalValue;
    return JSON.stringify(read) === JSON.stringify(value);
  });
}

/**
 * Other suites move Now to other days: to the shared tracker that is time away. Any such away time is discarded and
 * its notification cleared, so a test starts active, at its own Now. Only a focused window ends an idle time, and a
 * webview left focused by an earlier suite takes the focus from the workbench: the focus goes back to it first.
 */
export async function settleTracker(api: Api): Promise<void> {
  const tracker = api.resolve(api.tokens.ActivityTracker);
  if (!vscode.window.state.focused) {
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    await waitFor('the window to have the focus', () => vscode.window.state.focused);
  }
  const returned = new Promise<void>((done) => {
    const listening = tracker.onDidReturn((away) => {
      listening.dispose();
      void tracker.settleAway(away, { kind: 'discard' }).then(() => done());
    });
    // Two ticks of the tracker: a return, if the gap makes one, is reported by then.
    setTimeout(() => {
      listening.dispose();
      done();
    }, 2_500);
  });
  tracker.signal();
  await returned;
  await vscode.commands.executeCommand('notifications.clearAll');
  await waitFor('the tracker to be active', () => tracker.state === 'active');
}
