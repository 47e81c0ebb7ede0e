// The first hour, as a new user meets it in the real workbench: the walkthrough's first step, the Today view's
// welcome buttons, the report's controls with the keyboard, and axe-core's accessibility rules on the report in the
// light, dark and high-contrast themes.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';

const frames = ui.WEBVIEW_FRAMES;
const NOW = '2024-05-08 10:00';
const DAY = [
  '2024-05-08 08:30 hello',
  '2024-05-08 09:15 acme: review  # PR 42',
  '2024-05-08 09:30 coffee**',
  '',
].join('\n');

/** axe-core's own bundle, injected into the webview as a person's browser extension would run it. */
async function axeSource(): Promise<string> {
  // The compiled tests live in <repo>/out/integration.
  return fs.readFile(path.resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
}

async function setTheme(theme: string, themeClass: string): Promise<void> {
  await vscode.workspace
    .getConfiguration()
    .update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
  await waitFor(`the ${theme} theme in the workbench`, () =>
    ui.evaluate<boolean>(
      `document.querySelector('.monaco-workbench')?.classList.contains('${themeClass}') ?? false`,
    ),
  );
  // The webview's body carries VS Code's theme kind class once the new colours reached it.
  const bodyClass = { vs: 'vscode-light', 'vs-dark': 'vscode-dark', 'hc-black': 'vscode-high-contrast' }[
    themeClass
  ];
  await waitFor(`the ${theme} theme in the webview`, () =>
    ui.evaluateIn<boolean>(frames, `document.body.classList.contains('${bodyClass}')`),
  );
}

async function lines(file: string): Promise<string[]> {
  return (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean);
}

suite('The first hour', () => {
  let api: Api;

  suiteSetup(async () => {
    api = await getApi();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the walkthrough opens at its first step, whose button starts the day', async () => {
    const file = tempTimesheet();
    const undo = override(api, { DataFile: file, Now: localTime(NOW) });
    try {
      await vscode.commands.executeCommand('timekeeper.openWalkthrough');
      await ui.waitForSelector('.gettingStartedContainer');
      await waitFor('the walkthrough title', async () =>
        (await ui.textOf('.gettingStartedContainer')).includes('Get Started with Timekeeper'),
      );
      await ui.click('.gettingStartedContainer >> text="Start the Day"');
      await waitFor('the hello line', async () => (await lines(file).catch(() => [])).length === 1);
      assert.deepEqual(await lines(file), ['2024-05-08 10:00 hello']);
      await ui.screenshot('walkthrough');
    } finally {
      undo.dispose();
    }
  });

  test('the empty Today view shows its welcome, and its button starts the day', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-05-07 09:00 hello\n2024-05-07 17:00 acme: work\n');
    const undo = override(api, { DataFile: file, Now: localTime(NOW) });
    try {
      await vscode.commands.executeCommand('timekeeper.today.focus');
      await vscode.commands.executeCommand('timekeeper.today.refresh');
      const welcome = '.pane-body .welcome-view-content';
      await waitFor('the welcome content', async () =>
        (await ui.textOf(welcome)).includes('No entry today yet'),
      );
      await ui.screenshot('today-welcome');
      await ui.click(`${welcome} >> text="Start the Day"`);
      await waitFor('the hello line', async () => (await lines(file)).length === 3);
      assert.equal((await lines(file)).at(-1), '2024-05-08 10:00 hello');
      await waitFor(
        'the view lists today',
        async () => (await ui.count('.pane-body .welcome-view-content')) === 0,
      );
    } finally {
      undo.dispose();
    }
  });

  suite('the report', () => {
    let file: string;
    let undo: vscode.Disposable;

    suiteSetup(async () => {
      file = tempTimesheet();
      await fs.writeFile(file, DAY);
      undo = override(api, { DataFile: file, Now: localTime(NOW) });
    });
    suiteTeardown(async () => {
      undo.dispose();
      await vscode.workspace
        .getConfiguration()
        .update('workbench.colorTheme', undefined, vscode.ConfigurationTarget.Global);
    });

    async function openReport(): Promise<void> {
      await vscode.commands.executeCommand('timekeeper.open-report', { date: '2024-05-08' });
      await ui.waitForSelectorIn(frames, 'table.activities');
    }

    test('arrow keys on the closed Export and Range controls do nothing until a choice is confirmed', async () => {
      await openReport();
      await vscode.env.clipboard.writeText('untouched');
      // Focus the Export button as the keyboard would reach it, inside the webview.
      await ui.clickIn(frames, 'h1');
      await ui.evaluateIn(frames, `document.getElementById('export').focus()`);
      await ui.pressKeys('ArrowDown');
      assert.equal(
        await ui.evaluateIn(frames, `document.getElementById('export').getAttribute('aria-expanded')`),
        'true',
      );
      await ui.pressKeys('ArrowDown', 'ArrowDown', 'ArrowDown');
      assert.equal(await ui.evaluateIn(frames, `document.activeElement.textContent`), 'Copy as CSV');
      assert.equal(await vscode.env.clipboard.readText(), 'untouched', 'moving through the menu exported');
      await ui.pressKeys('Escape');
      assert.equal(await ui.evaluateIn(frames, `document.activeElement.id`), 'export');
      assert.equal(await vscode.env.clipboard.readText(), 'untouched', 'Escape exported');
      // Confirming a choice acts.
      await ui.pressKeys('ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
      await waitFor('the CSV on the clipboard', async () =>
        (await vscode.env.clipboard.readText()).startsWith('Date,Start,End,Project'),
      );
      // The Range control: arrows move in its menu, the report stays on its day until Enter.
      const subtitle = await ui.textIn(frames, '.subtitle');
      await ui.evaluateIn(frames, `document.getElementById('range-preset').focus()`);
      await ui.pressKeys('ArrowDown', 'ArrowDown', 'ArrowDown');
      assert.equal(await ui.textIn(frames, '.subtitle'), subtitle, 'an arrow key reloaded the report');
      await ui.pressKeys('Escape');
      assert.equal(await ui.textIn(frames, '.subtitle'), subtitle);
    });

    for (const [theme, themeClass] of [
      ['Default Light Modern', 'vs'],
      ['Default Dark Modern', 'vs-dark'],
      ['Default High Contrast', 'hc-black'],
    ] as const) {
      test(`axe-core finds no serious or critical violation in the ${theme} theme`, async () => {
        await openReport();
        await setTheme(theme, themeClass);
        const source = await axeSource();
        const violations = await ui.evaluateIn<Violation[]>(
          frames,
          `(async () => {
            if (!window.axe) { (0, eval)(${JSON.stringify(source)}); }
            const result = await window.axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
          })()`,
        );
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        await ui.screenshot(`axe-${themeClass}`);
        assert.deepEqual(serious, [], JSON.stringify(serious, null, 2));
      });
    }
  });
});

suite("The extension's page", () => {
  test('shows the README with its pictures, from the installed extension, offline', async function () {
    this.timeout(60_000);
    // The README's pictures, in its order.
    const expected = [
      'data:image/png;base64, The status bar timer and its tooltip',
      'data:image/png;base64, The Today view: activities by project, and the current activity',
      'data:image/png;base64, The report webview, dark theme',
      'data:image/png;base64, The Today view with suggested entries: Log, Rename and Discard on each, Log All on the group',
    ];
    await vscode.commands.executeCommand('extension.open', 'timekeeper.vscode-timekeeper');
    await ui.waitForSelectorIn(frames, 'img[alt^="The status bar timer"]', 30_000);
    let seen: { alt: string; src: string; width: number }[] = [];
    const pictures = await waitFor('every picture loaded', async () => {
      seen = await ui.evaluateIn<{ alt: string; src: string; width: number }[]>(
        frames,
        `[...document.images].map((image) => ({ alt: image.alt, src: image.src.slice(0, 22), width: image.naturalWidth }))`,
      );
      return seen.length >= expected.length && seen.every((image) => image.width > 0) ? seen : undefined;
    }).catch(async (error: unknown) => {
      await ui.screenshot('extension-page-failed');
      throw new Error(`${String(error)}; the page's pictures: ${JSON.stringify(seen)}`);
    });
    // Shipped inline (scripts/package.mjs): the page's webview allows only https: and data: pictures.
    assert.deepEqual(
      pictures.map((picture) => `${picture.src} ${picture.alt}`),
      expected,
    );
    await ui.screenshot('extension-page');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
