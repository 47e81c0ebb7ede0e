import * as vscode from 'vscode';
import type { Actor, ActivityTracker, Signal, SignalKind, WorkContext } from '../../src/api';
import { editActor, lineBreaks, type EditFacts } from './editActor';
import { PresenceWindow } from './presenceWindow';
import { programName } from './programName';
import type { SignalSettings } from './signalSettings';
import type { WorkContexts } from './workContexts';

export interface WindowSignalsDependencies {
  readonly tracker: ActivityTracker;
  readonly contexts: WorkContexts;
  readonly settings: SignalSettings;
  /** Timekeeper's extension id: the source of the signals it observes itself. */
  readonly source: string;
  /** The current time in epoch ms, from the `Now` component. Read on the tick only. */
  now(): number;
  /** Journals a signal (the `Journal` component, resolved at use). */
  record(signal: Signal): void;
  onError(message: string, error: unknown): void;
}

/** Something that goes on for a while: a terminal command, a debug session, a task run. */
interface Running {
  readonly kind: SignalKind;
  readonly detail: string | undefined;
  /**
   * When it is presence: a terminal command started while the person was there keeps them present as long as it
   * runs (a long build they watch); one started otherwise, only while the window has the focus.
   */
  readonly presence: 'always' | 'whileFocused' | 'never';
  ended: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * This window's signals. The event listeners (the keystroke path among them) only set flags and references: no clock,
 * no I/O, no allocation while the person keeps typing in the same document. Once a second `tick` reads the `Now`
 * component once, if anything happened, and journals what the second held: the person's edit or read of the active
 * document, the agents' edits of other documents, and what runs (terminal commands, debug sessions, tasks).
 */
export class WindowSignals implements vscode.Disposable {
  readonly #deps: WindowSignalsDependencies;
  #settings: SignalSettings;
  readonly #presence = new PresenceWindow();
  /** The document the person typed in during this second (only ever the active editor's). */
  #typedIn: vscode.TextDocument | undefined;
  /** The person looked at the active editor during this second: scrolled, selected, switched to it. */
  #looked = false;
  /** Documents agents changed during this second. */
  readonly #agentEdits = new Set<vscode.TextDocument>();
  readonly #running = new Map<object, Running>();
  /** Reused for every edit, so the keystroke path allocates nothing. */
  readonly #facts: Mutable<EditFacts> = {
    inActiveEditor: false,
    focused: false,
    personRecent: false,
    ranges: 0,
    cursors: 0,
    insertedChars: 0,
    insertedLines: 0,
  };
  readonly #subscriptions: vscode.Disposable[];

  constructor(deps: WindowSignalsDependencies) {
    this.#deps = deps;
    this.#settings = deps.settings;
    this.#subscriptions = [
      vscode.workspace.onDidChangeTextDocument((change) => this.onEdit(change)),
      vscode.window.onDidChangeTextEditorSelection((change) => {
        // A selection moved by an edit (kind undefined) or by an extension (Command) is no sign of the person.
        if (
          change.kind === vscode.TextEditorSelectionChangeKind.Keyboard ||
          change.kind === vscode.TextEditorSelectionChangeKind.Mouse
        ) {
          this.#presence.note();
          this.#looked = true;
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(() => (this.#looked = true)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && vscode.window.state.focused) this.#presence.note();
        this.#looked = true;
      }),
      vscode.window.onDidChangeWindowState((state) => state.focused && this.#presence.note()),
      vscode.window.onDidStartTerminalShellExecution((event) => this.#startCommand(event.execution)),
      vscode.window.onDidEndTerminalShellExecution((event) => this.#end(event.execution)),
      vscode.debug.onDidStartDebugSession((session) => this.#startDebug(session)),
      vscode.debug.onDidTerminateDebugSession((session) => this.#end(session)),
      vscode.tasks.onDidStartTask((event) => this.#startTask(event.execution)),
      vscode.tasks.onDidEndTask((event) => this.#end(event.execution)),
    ];
  }

  set settings(settings: SignalSettings) {
    this.#settings = settings;
    this.#deps.contexts.withGit = settings.git;
  }

  /** The keystroke path: decides who made the edit, and keeps the person's presence. */
  onEdit(change: vscode.TextDocumentChangeEvent): void {
    const changes = change.contentChanges;
    // Output channels and other programmatic documents change without anyone editing.
    if (changes.length === 0 || change.document.uri.scheme === 'output') return;
    const editor = vscode.window.activeTextEditor;
    const facts = this.#facts;
    facts.inActiveEditor = editor?.document === change.document;
    facts.focused = vscode.window.state.focused;
    facts.personRecent = this.#presence.recent;
    facts.ranges = changes.length;
    facts.cursors = editor?.selections.length ?? 0;
    facts.insertedChars = 0;
    facts.insertedLines = 0;
    for (const part of changes) {
      if (part.text.length > facts.insertedChars) facts.insertedChars = part.text.length;
      const lines = lineBreaks(part.text);
      if (lines > facts.insertedLines) facts.insertedLines = lines;
    }
    if (editActor(facts) === 'person') {
      this.#presence.note();
      this.#deps.tracker.signal();
      this.#typedIn = change.document;
    } else if (this.#settings.agents) {
      this.#agentEdits.add(change.document);
    }
  }

  /** Once a second: journals what this second held. */
  tick(): void {
    try {
      this.#journal();
    } catch (error) {
      this.#deps.onError('Could not journal the signals of this window', error);
    } finally {
      this.#typedIn = undefined;
      this.#looked = false;
      this.#agentEdits.clear();
      this.#presence.tick();
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#running.clear();
  }

  #journal(): void {
    const settings = this.#settings;
    const typed = settings.edits ? this.#typedIn : undefined;
    const read = settings.reads && this.#looked ? vscode.window.activeTextEditor?.document : undefined;
    if (!typed && !read && this.#agentEdits.size === 0 && this.#running.size === 0) return;
    const time = this.#deps.now();
    const contexts = this.#deps.contexts;
    if (typed) this.#record(time, 'edit', 'person', contexts.of(typed));
    else if (read && read.uri.scheme !== 'output') this.#record(time, 'read', 'person', contexts.of(read));
    for (const document of this.#agentEdits) this.#record(time, 'agent', 'agent', contexts.of(document));
    const focused = vscode.window.state.focused;
    for (const [key, running] of this.#running) {
      this.#record(time, running.kind, 'person', contexts.ofWindow(), running.detail);
      const present = running.presence === 'always' || (running.presence === 'whileFocused' && focused);
      if (present && !running.ended) this.#deps.tracker.signal();
      if (running.ended) this.#running.delete(key);
    }
  }

  #record(time: number, kind: SignalKind, actor: Actor, context: WorkContext, detail?: string): void {
    const signal: Signal = { ...context, time, kind, actor, source: this.#deps.source };
    this.#deps.record(detail === undefined ? signal : { ...signal, detail });
  }

  #startCommand(execution: vscode.TerminalShellExecution): void {
    if (!this.#settings.terminal) return;
    const line = execution.commandLine.value;
    const detail = this.#settings.recordTerminalArguments ? line.trim() || undefined : programName(line);
    // Started by the person at the keyboard, not by an agent in a window nobody looks at.
    const presence = vscode.window.state.focused || this.#presence.recent ? 'always' : 'whileFocused';
    this.#running.set(execution, { kind: 'terminal', detail, presence, ended: false });
  }

  #startDebug(session: vscode.DebugSession): void {
    if (this.#settings.debug) {
      this.#running.set(session, { kind: 'debug', detail: session.type, presence: 'never', ended: false });
    }
  }

  #startTask(execution: vscode.TaskExecution): void {
    if (this.#settings.tasks) {
      this.#running.set(execution, {
        kind: 'task',
        detail: execution.task.name,
        presence: 'never',
        ended: false,
      });
    }
  }

  /** Ended work is journaled once more at the next tick, so its span reaches its end. */
  #end(key: object): void {
    const running = this.#running.get(key);
    if (running) running.ended = true;
  }
}
