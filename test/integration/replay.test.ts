// A scripted working day replayed through real VS Code events, read back from the journal as spans: edits in two
// files of two languages in a git repository, a branch switch, a terminal command, a task run, a chat reported by
// another extension, an agent editing files while the person is away, a break. The clock is a Now the test moves by
// two minutes a step (so the day takes seconds); every event is real: keystrokes typed into the editor, git run by the
// test, a bash with shell integration, a task, `workspace.applyEdit`. Then the ledger: `suggest` proposes the day's
// entries as the script knows its work, and logging them makes `report` the script's utt report, byte for byte.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type {
  Api,
  Explanation,
  Signal,
  Span,
  SuggestedEntry,
  Suggestions,
  TrackingResult,
} from '../../src/api';
import type { GitApi, GitExtension } from '../../subplugins/signals/gitApi';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';

const REPORTER = 'timekeeper-samples.activity-reporter';
const STEP_MS = 120_000;
const MINUTE = 60_000;

/** One scripted stretch of the day: what the person (or the agent) does, and how the journal must read it back. */
interface Expected {
  readonly from: string;
  readonly to: string;
  readonly match: Partial<Span>;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'pipe' });
}

async function gitApi(): Promise<GitApi> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  assert.ok(extension, 'the built-in git extension is not in the test VS Code');
  const exports = extension.isActive ? extension.exports : await extension.activate();
  return exports.getAPI(1);
}

suite('Replay: a working day through real VS Code events, read back as journal spans', function () {
  // Driven through the real workbench on a shared machine: the steps wait for states, never for fixed times.
  this.timeout(240_000);
  let api: Api;
  let now = localTime('2024-06-03 08:58');
  let undo: vscode.Disposable | undefined;
  let repo: string;
  let awayPrompt: string | undefined;

  suiteSetup(async function () {
    if (!ui.available()) this.skip();
    api = await getApi();
    // The day's own time away stays unlogged, so the suggestions propose it as a break: the notification that asks
    // about it (and about the away time earlier suites made by moving Now to other days) stays open, unanswered, until
    // the test is done; any standing answer would settle it (`break` logs it, `ignore` keeps it as work). Set here,
    // long before the replayed day begins (the git extension starts below), and no editor of an earlier suite left
    // open: an open settings.json changing, or a report tab read, is journaled at the next tick's Now.
    const settings = vscode.workspace.getConfiguration('timekeeper');
    awayPrompt = settings.inspect<string>('away.prompt')?.globalValue;
    await settings.update('away.prompt', 'ask', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the replay needs a workspace folder');
    repo = path.join(folder.uri.fsPath, `replay-${Date.now().toString(36)}`);
    await fs.mkdir(path.join(repo, 'src'), { recursive: true });
    await fs.mkdir(path.join(repo, 'docs'), { recursive: true });
    await fs.writeFile(path.join(repo, 'src/app.ts'), 'export const app = 1;\n');
    await fs.writeFile(path.join(repo, 'src/util.ts'), 'export const util = 1;\n');
    await fs.writeFile(path.join(repo, 'docs/notes.md'), '# Notes\n');
    await fs.writeFile(path.join(repo, 'docs/guide.md'), '# Guide\n');
    // The test's own git, never the product's: Timekeeper reads repositories through VS Code's git extension only.
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'add', '.');
    git(
      repo,
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.invalid',
      'commit',
      '--quiet',
      '-m',
      'start',
    );
    // The test VS Code runs with git disabled (it would scan every suite's workspace): on for this suite only.
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
    const repositories = await waitFor(
      'the git extension to start',
      () => gitApi().catch(() => undefined),
      30_000,
    );
    await vscode.commands.executeCommand('git.openRepository', repo);
    await waitFor(
      'the git extension to open the repository on main',
      () => repositories.repositories.some((r) => r.rootUri.fsPath === repo && r.state.HEAD?.name === 'main'),
      30_000,
    );
  });

  suiteTeardown(async () => {
    undo?.dispose();
    await vscode.workspace
      .getConfiguration('timekeeper')
      .update('away.prompt', awayPrompt, vscode.ConfigurationTarget.Global);
    await vscode.workspace
      .getConfiguration('git')
      .update('enabled', false, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the spans match the script within a minute, and the away-time edits are the agent’s', async () => {
    const timesheet = tempTimesheet();
    await fs.writeFile(timesheet, '2024-06-03 08:55 hello\n');
    undo = vscode.Disposable.from(
      override(api, { DataFile: timesheet }),
      api.registerComponent(api.tokens.Now, () => new Date(now), TESTS),
    );
    // Every signal on its way into the journal, seen the way a plugin wraps a component (`previous`).
    const signals: Signal[] = [];
    undo = vscode.Disposable.from(
      undo,
      api.registerComponent(
        api.tokens.Journal,
        (_resolve, previous) => {
          assert.ok(previous, 'Timekeeper registers a Journal');
          return {
            record: (signal: Signal) => {
              signals.push(signal);
              previous.record(signal);
            },
            flush: () => previous.flush(),
            spans: (from: Date, to: Date) => previous.spans(from, to),
            onDidCloseSpan: previous.onDidCloseSpan,
          };
        },
        TESTS,
      ),
    );
    const journal = api.resolve(api.tokens.Journal);
    const tracker = api.resolve(api.tokens.ActivityTracker);
    /** Waits until a signal of `match` reached the journal at the current Now (the signals journal once a second). */
    const journaled = async (what: string, match: Partial<Span>): Promise<void> => {
      await waitFor(`${what} journaled at ${clock(now.getTime())}`, () =>
        signals.some((signal) => signal.time === now.getTime() && matches(signal, match)),
      );
    };
    /**
     * Waits for one more signal of `match`: what ended is journaled once more at the next tick, at the current Now,
     * and never again (the end event has just been dispatched, so no tick has run since).
     */
    const journaledOnceMore = async (what: string, match: Partial<Span>): Promise<void> => {
      const count = () => signals.filter((signal) => matches(signal, match)).length;
      const before = count();
      await waitFor(what, () => count() > before);
    };
    const at = (time: string) => (now = localTime(`2024-06-03 ${time}`));
    const steps = async (from: string, to: string, act: () => Promise<void>) => {
      for (
        let t = localTime(`2024-06-03 ${from}`).getTime();
        t <= localTime(`2024-06-03 ${to}`).getTime();
        t += STEP_MS
      ) {
        now = new Date(t);
        await act();
      }
    };
    const app = await vscode.workspace.openTextDocument(path.join(repo, 'src/app.ts'));
    const notes = await vscode.workspace.openTextDocument(path.join(repo, 'docs/notes.md'));
    const typeInto = async (document: vscode.TextDocument, what: string, match: Partial<Span>) => {
      await vscode.window.showTextDocument(document, { preserveFocus: false });
      const before = document.version;
      await ui.typeText('x');
      await waitFor('the keystroke in the document', () => document.version > before);
      await journaled(what, match);
    };

    try {
      at('08:58');
      tracker.signal();
      await waitFor('the tracker to be active', () => tracker.state === 'active');

      // 09:00–09:10 TypeScript on main; 09:10–09:20 Markdown on main.
      const appOnMain = {
        kind: 'edit',
        actor: 'person',
        file: fileOf(repo, 'src/app.ts'),
        language: 'typescript',
        branch: 'main',
      } as const;
      await steps('09:00', '09:10', () => typeInto(app, 'the edit of app.ts', appOnMain));
      const notesOnMain = {
        kind: 'edit',
        actor: 'person',
        file: fileOf(repo, 'docs/notes.md'),
        language: 'markdown',
        branch: 'main',
      } as const;
      await steps('09:10', '09:20', () => typeInto(notes, 'the edit of notes.md', notesOnMain));

      // 09:20 a branch switch (by the test's git, as the person would in a terminal); 09:20–09:30 TypeScript on it.
      git(repo, 'checkout', '--quiet', '-b', 'feature/ABC-123-login');
      const repositories = await gitApi();
      await waitFor(
        'the git extension to see the new branch',
        () =>
          repositories.repositories.some(
            (r) => r.rootUri.fsPath === repo && r.state.HEAD?.name === 'feature/ABC-123-login',
          ),
        30_000,
      );
      const appOnFeature = { ...appOnMain, branch: 'feature/ABC-123-login' };
      await steps('09:20', '09:30', () => typeInto(app, 'the edit of app.ts on the branch', appOnFeature));

      // 09:30–09:40 a terminal command in bash with shell integration (`cat`, waiting on its input until ^D).
      at('09:30');
      const terminal = vscode.window.createTerminal({ name: 'replay', shellPath: '/bin/bash', cwd: repo });
      terminal.show(false);
      const integration = await waitFor(
        'shell integration in the terminal',
        () => terminal.shellIntegration,
        30_000,
      );
      const ended = new Promise<void>((done) => {
        const listening = vscode.window.onDidEndTerminalShellExecution((event) => {
          if (event.terminal === terminal) {
            listening.dispose();
            done();
          }
        });
      });
      integration.executeCommand('cat --show-ends');
      const command = { kind: 'terminal', actor: 'person', detail: 'cat' } as const;
      await steps('09:30', '09:40', () => journaled('the running terminal command', command));
      terminal.sendText('\x04', false);
      await ended;
      await journaledOnceMore('the end of the terminal command', command);
      terminal.dispose();

      // 09:40–09:50 a task run.
      at('09:40');
      const task = new vscode.Task(
        { type: 'shell' },
        vscode.TaskScope.Workspace,
        'replay build',
        'replay',
        new vscode.ShellExecution('sleep 600', { cwd: repo }),
      );
      const execution = await vscode.tasks.executeTask(task);
      const taskSpan = { kind: 'task', actor: 'person', detail: 'replay build' } as const;
      await steps('09:40', '09:50', () => journaled('the running task', taskSpan));
      const taskEnded = new Promise<void>((done) => {
        const listening = vscode.tasks.onDidEndTask((event) => {
          if (event.execution.task.name === 'replay build') {
            listening.dispose();
            done();
          }
        });
      });
      execution.terminate();
      await taskEnded;
      await journaledOnceMore('the end of the task', taskSpan);

      // 09:50–10:00 a chat in another extension, reported through v1.reportActivity.
      const chat = { kind: 'chat', actor: 'person', source: REPORTER, detail: 'review chat' } as const;
      await steps('09:50', '10:00', async () => {
        await vscode.commands.executeCommand('activityReporter.sendMessage');
        await journaled('the reported chat', chat);
      });

      // 10:00–10:30 the person is away; an agent edits two files that are not in the active editor, in one workspace
      // edit at each step, 10:05–10:15.
      const agent = { kind: 'agent', actor: 'agent' } as const;
      await steps('10:05', '10:15', async () => {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(
          vscode.Uri.file(path.join(repo, 'src/util.ts')),
          new vscode.Position(0, 0),
          '// generated\n',
        );
        edit.insert(
          vscode.Uri.file(path.join(repo, 'docs/guide.md')),
          new vscode.Position(1, 0),
          'Generated.\n',
        );
        assert.ok(await vscode.workspace.applyEdit(edit), 'the agent’s edit applies');
        await journaled('the agent’s edit', agent);
      });
      // The tracker did not take the agent for the person: idle, since the person's last sign. The tracker dates a
      // sign at its next one-second tick, which may fall after the replayed clock moved on to the agent's first step
      // (10:05); every agent edit after that left it idle.
      await waitFor('the tracker to be idle while only the agent works', () => tracker.state === 'idle');
      assert.ok(
        tracker.since.getTime() <= localTime('2024-06-03 10:05').getTime(),
        `idle since the chat ended at 10:00, not since an agent edit: since ${clock(tracker.since.getTime())}`,
      );

      // 10:30–10:40 back from the break: TypeScript on the branch again.
      await steps('10:30', '10:40', () => typeInto(app, 'the edit after the break', appOnFeature));

      const expected: Expected[] = [
        { from: '09:00', to: '09:10', match: appOnMain },
        { from: '09:10', to: '09:20', match: notesOnMain },
        { from: '09:20', to: '09:30', match: appOnFeature },
        { from: '09:30', to: '09:40', match: command },
        { from: '09:40', to: '09:50', match: taskSpan },
        { from: '09:50', to: '10:00', match: chat },
        { from: '10:30', to: '10:40', match: appOnFeature },
      ];
      // Nothing of the person's reached the journal while they were away.
      const breakStart = localTime('2024-06-03 10:00').getTime();
      const breakEnd = localTime('2024-06-03 10:30').getTime();
      assert.deepEqual(
        signals
          .filter((s) => s.actor === 'person' && s.time > breakStart && s.time < breakEnd)
          .map((s) => `${clock(s.time)} ${workOf(s)}`),
        [],
        'no signal of the person’s while they were away',
      );
      const read = await journal.spans(localTime('2024-06-03 08:00'), localTime('2024-06-03 12:00'));
      // Spans shorter than a minute are the seams of the script (a read of the document just switched to).
      const person = read.filter((span) => span.actor === 'person' && span.end - span.start >= MINUTE);
      assert.deepEqual(
        person.map((span, i) => workOf(span, expected[i]?.match)),
        expected.map((e) => workOf(e.match, e.match)),
        `the person’s spans, in order: ${person.map(describe).join('; ')}`,
      );
      expected.forEach((e, i) => {
        const span = person[i] as Span;
        const start = localTime(`2024-06-03 ${e.from}`).getTime();
        const end = localTime(`2024-06-03 ${e.to}`).getTime();
        assert.ok(
          Math.abs(span.start - start) <= MINUTE && Math.abs(span.end - end) <= MINUTE,
          `span ${describe(span)} matches ${e.from}–${e.to} within a minute; all: ${read.map(describe).join('; ')}`,
        );
      });
      // The break holds no work of the person's; the agent's edits are there, as the agent's.
      assert.deepEqual(
        read.filter((s) => s.actor === 'person' && s.end > breakStart && s.start < breakEnd).map(describe),
        [],
        'no presence while the person was away',
      );
      const agents = read.filter((s) => s.actor === 'agent');
      assert.ok(agents.length > 0, 'the agent’s edits are journaled');
      for (const span of agents) {
        assert.equal(span.kind, 'agent');
        assert.ok(span.start >= breakStart && span.end <= breakEnd, `${describe(span)} lies in the break`);
        assert.match(span.file ?? '', /(src\/util\.ts|docs\/guide\.md)$/);
      }
      assert.ok(
        Math.min(...agents.map((s) => s.start)) - localTime('2024-06-03 10:05').getTime() <= MINUTE &&
          localTime('2024-06-03 10:15').getTime() - Math.max(...agents.map((s) => s.end)) <= MINUTE,
        `the agent worked 10:05–10:15: ${agents.map(describe).join('; ')}`,
      );

      // From journal to ledger: the unlogged day as suggestions, named as the script knows its work. On main the task
      // is the file's top-level folder in the workspace folder (the replay repository's folder); the terminal, the
      // task and the chat have the workspace folder alone (no branch, no file): `work`.
      const workspace = folder();
      const repository = path.basename(repo);
      const suggestions = (await api.runCommand('suggest', { date: '2024-06-03' })) as Suggestions;
      const script = [
        { from: '08:55', to: '09:20', name: `${workspace}: ${repository}`, kind: 'work' },
        { from: '09:20', to: '09:30', name: `${workspace}: ABC-123 login`, kind: 'work' },
        { from: '09:30', to: '10:00', name: `${workspace}: work`, kind: 'work' },
        { from: '10:00', to: '10:30', name: 'away**', kind: 'break' },
        { from: '10:30', to: '10:40', name: `${workspace}: ABC-123 login`, kind: 'work' },
      ];
      const seen = suggestions.entries.map(
        (e) => `${clock(e.start.getTime())}–${clock(e.date.getTime())} ${e.name}`,
      );
      assert.deepEqual(
        suggestions.entries.map((e) => [e.name, e.kind]),
        script.map((e) => [e.name, e.kind]),
        `the suggestions: ${seen.join('; ')}`,
      );
      script.forEach((e, i) => {
        const entry = suggestions.entries[i] as SuggestedEntry;
        assert.ok(
          Math.abs(entry.start.getTime() - localTime(`2024-06-03 ${e.from}`).getTime()) <= MINUTE &&
            Math.abs(entry.date.getTime() - localTime(`2024-06-03 ${e.to}`).getTime()) <= MINUTE,
          `${e.from}–${e.to} ${e.name} within a minute: ${seen.join('; ')}`,
        );
      });
      assert.ok(
        suggestions.entries[3]?.spans.some((span) => span.actor === 'agent'),
        'the break carries the agent’s work beside it',
      );

      // Logging them all makes the day's report utt's, byte for byte.
      const logged = (await api.runCommand('suggest', { date: '2024-06-03', log: true })) as TrackingResult;
      assert.equal(logged.written.length, script.length, JSON.stringify(logged));
      let report = '';
      const output = api.registerComponent(
        api.tokens.Output,
        () => ({ write: (text) => (report = text) }),
        TESTS,
      );
      try {
        await api.runCommand('report', { date: '2024-06-03' });
      } finally {
        output.dispose();
      }
      const w = workspace;
      const r = repository;
      assert.equal(
        report,
        [
          '',
          '------------------------ Monday, Jun 03, 2024 (week 23) ------------------------',
          '',
          '  Total: 1h45',
          'Working: 1h15',
          '  Break: 0h30',
          '',
          '----------------------------------- Projects -----------------------------------',
          '',
          `(1h15) ${w}: ABC-123 login, ${r}, work`,
          '',
          '---------------------------------- Activities ----------------------------------',
          '',
          `(0h20) ${w}: ABC-123 login`,
          `(0h25) ${w}: ${r}`,
          `(0h30) ${w}: work`,
          '',
          '(0h30) : away**',
          '',
          '----------------------------------- Details ------------------------------------',
          '',
          `(0h25) 08:55-09:20 ${w}: ${r}`,
          `(0h10) 09:20-09:30 ${w}: ABC-123 login`,
          `(0h30) 09:30-10:00 ${w}: work`,
          '(0h30) 10:00-10:30 away**',
          `(0h10) 10:30-10:40 ${w}: ABC-123 login`,
          '',
          '',
        ].join('\n'),
      );
      // Explain accounts for every minute of each activity total: the parts add up to the report's number exactly,
      // and each part's time is the person's journaled work or unobserved, never both or neither.
      const explained = async (name: string, minutes: number): Promise<Explanation> => {
        const explanation = (await api.runCommand('explain', { date: '2024-06-03', name })) as Explanation;
        assert.equal(explanation.total, minutes * MINUTE, `${name}: the report's total`);
        assert.equal(
          explanation.parts.reduce((sum, part) => sum + part.duration, 0),
          explanation.total,
          `${name}: the parts add up to the total`,
        );
        for (const part of explanation.parts) {
          assert.equal(
            part.signals.person + part.signals.unobserved,
            part.duration,
            `${name}: a part's minutes`,
          );
          assert.ok(part.line !== undefined && part.line > 1, `${name}: each part names its timesheet line`);
        }
        return explanation;
      };
      const personTime = (explanation: Explanation) =>
        explanation.parts.reduce((sum, part) => sum + part.signals.person, 0);
      // The lead-in from hello (08:55) to the first keystroke (09:00) is the only time no signal accounts for.
      const onMain = await explained(`${w}: ${r}`, 25);
      assert.ok(personTime(onMain) >= 19 * MINUTE, `person ${personTime(onMain)} ms of ${w}: ${r}`);
      assert.ok(
        onMain.parts[0]?.signals.languages.some((row) => row.key === 'typescript') &&
          onMain.parts[0]?.signals.languages.some((row) => row.key === 'markdown'),
        'both languages of the first stretch',
      );
      const login = await explained(`${w}: ABC-123 login`, 20);
      assert.equal(login.parts.length, 2, 'before and after the break');
      assert.ok(personTime(login) >= 18 * MINUTE, `person ${personTime(login)} ms of ABC-123 login`);
      assert.ok(
        login.parts.every((part) => part.signals.branches.some((row) => row.key === 'feature/ABC-123-login')),
        'the branch behind each part',
      );
      const other = await explained(`${w}: work`, 30);
      const commands = other.parts.flatMap((part) => part.signals.commands.map((row) => row.key));
      assert.ok(
        commands.some((key) => key.includes('cat')) && commands.some((key) => key.includes('replay build')),
        `the terminal command and the task behind ${w}: work: ${commands.join(', ')}`,
      );
      const away = await explained('away**', 30);
      assert.equal(personTime(away), 0, 'nobody at the keyboard during the break');
      // The agent edited two files at once: one agents' timeline gives each moment to one of them, so its time counts
      // once, and both files count as edited (docs/JOURNAL.md).
      assert.deepEqual(
        away.parts.map((part) => ({
          agentTenMinutes: part.signals.agent >= 9 * MINUTE && part.signals.agent <= 11 * MINUTE,
          filesEditedByAgents: part.signals.filesEditedByAgents,
        })),
        [{ agentTenMinutes: true, filesEditedByAgents: 2 }],
        `the agent’s ten minutes in two files during the break: ${JSON.stringify(away.parts.map((part) => part.signals))}`,
      );
      const again = (await api.runCommand('suggest', { date: '2024-06-03' })) as Suggestions;
      assert.deepEqual(again.entries, [], 'once logged, nothing is left to suggest');
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
    }
  });

  test('suggest refuses bad arguments, saying what was wrong and what to give', async () => {
    await assert.rejects(
      api.runCommand('suggest', { date: '2024-13-01' }),
      /argument 'date' names no day \(Invalid date: 2024-13-01 \(expected YYYY-MM-DD\)\)\. Give YYYY-MM-DD/,
    );
    await assert.rejects(api.runCommand('suggest', { log: 'yes' }), /argument 'log' must be a boolean/);
    await assert.rejects(api.runCommand('suggest', { day: 'today' }), /has no argument 'day'.*date, log/);
    // The VS Code command answers as runCommand does, and says what was wrong in a notification.
    assert.deepEqual(
      await vscode.commands.executeCommand<Suggestions>('timekeeper.suggest', { date: '2024-06-03' }),
      await api.runCommand('suggest', { date: '2024-06-03' }),
    );
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('timekeeper.suggest', { date: '2024-13-01' });
    await waitFor('the notification of the bad date', async () =>
      (await ui.textOf('.notifications-toasts .notification-toast')).includes("argument 'date' names no day"),
    );
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});

/** The workspace folder's name: the project of every suggestion. */
function folder(): string {
  const name = vscode.workspace.workspaceFolders?.[0]?.name;
  assert.ok(name, 'the replay needs a workspace folder');
  return name;
}

/** The workspace-relative path the journal keeps for a file of the replay repository. */
function fileOf(repo: string, file: string): string {
  return vscode.workspace.asRelativePath(path.join(repo, file), false);
}

function matches(work: Signal | Span, match: Partial<Span>): boolean {
  return Object.entries(match).every(([key, value]) => work[key as keyof typeof work] === value);
}

/** What a span is of, without its times: the fields the script sets (all of them without a script). */
function workOf(span: Partial<Span> | Signal, fields: Partial<Span> = span): string {
  const keys = ['actor', 'kind', 'file', 'language', 'branch', 'detail', 'source'] as const;
  return keys
    .filter((key) => key in fields)
    .map((key) => `${key}=${String(span[key])}`)
    .join(' ');
}

function clock(ms: number): string {
  return new Date(ms).toTimeString().slice(0, 5);
}

function describe(span: Span): string {
  return `${clock(span.start)}–${clock(span.end)} ${workOf(span)}`;
}
