import * as vscode from 'vscode';
import type { Actor, ActivityTracker, Signal, SignalKind, WorkContext } from '../../src/api';
import { EditSignals } from './editSignals';
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

/** Schemes of the documents people and agents work on: files (local or remote), new files, notebook cells. */
const WORK_SCHEMES: ReadonlySet<string> = new Set([
  'file',
  'untitled',
  'vscode-remote',
  'vscode-notebook-cell',
]);

/** Something that goes on for a while: a terminal command, a debug session, a task run. */
interface Running {
  readonly kind: SignalKind;
  readonly detail: string | undefined;
  /**
   * When it is presence: started while the person was there, it keeps them present as long as it runs (a long build
   * they watch); started otherwise (by an agent, in a window nobody looks at), only while the window has the focus.
   */
  readonly presence: 'always' | 'whileFocused';
  ended: boolean;
}

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
  /** The person looked at the active editor during this second: scrolled, selected, switched to it. */
  #looked = false;
  readonly #running = new Map<object, Running>();
  readonly #edits: EditSignals<vscode.TextDocument>;
  readonly #subscriptions: vscode.Disposable[];

  constructor(deps: WindowSignalsDependencies) {
    this.#deps = deps;
    this.#settings = deps.settings;
    this.#edits = new EditSignals({
      presence: this.#presence,
      tracker: deps.tracker,
      activeDocument: () => vscode.window.activeTextEditor?.document,
      cursors: () => vscode.window.activeTextEditor?.selections.length ?? 0,
      focused: () => vscode.window.state.focused,
      journalAgents: () => this.#settings.agents,
    });
    this.#subscriptions = [
      vscode.workspace.onDidChangeTextDocument((change) => {
        // Output channels and VS Code's own documents (settings, the source control input, comments) change without
        // an agent: outside the active editor, only files and notebooks are anyone's work.
        const scheme = change.document.uri.scheme;
        if (scheme === 'output') return;
        if (WORK_SCHEMES.has(scheme) || change.document === vscode.window.activeTextEditor?.document) {
          this.#edits.onEdit(change);
        }
      }),
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

  /** Once a second: journals what this second held. */
  tick(): void {
    try {
      this.#journal();
    } catch (error) {
      this.#deps.onError('Could not journal the signals of this window', error);
    } finally {
      this.#edits.clear();
      this.#looked = false;
      this.#presence.tick();
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#running.clear();
  }

  #journal(): void {
    const settings = this.#settings;
    const typed = settings.edits ? this.#edits.typedIn : undefined;
    const read = settings.reads && this.#looked ? vscode.window.activeTextEditor?.document : undefined;
    if (!typed && !read && this.#edits.agentEdits.size === 0 && this.#running.size === 0) return;
    const time = this.#deps.now();
    const contexts = this.#deps.contexts;
    if (typed) this.#record(time, 'edit', 'person', contexts.of(typed));
    else if (read && read.uri.scheme !== 'output') this.#record(time, 'read', 'person', contexts.of(read));
    for (const document of this.#edits.agentEdits)
      this.#record(time, 'agent', 'agent', contexts.of(document));
    const focused = vscode.window.state.focused;
    for (const [key, running] of this.#running) {
      this.#record(time, running.kind, 'person', contexts.ofWindow(), running.detail);
      if (!running.ended && (running.presence === 'always' || focused)) this.#deps.tracker.signal();
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
    this.#start(execution, 'terminal', detail);
  }

  #startDebug(session: vscode.DebugSession): void {
    if (this.#settings.debug) this.#start(session, 'debug', session.type);
  }

  #startTask(execution: vscode.TaskExecution): void {
    if (this.#settings.tasks) this.#start(execution, 'task', execution.task.name);
  }

  #start(key: object, kind: SignalKind, detail: string | undefined): void {
    const presence = vscode.window.state.focused || this.#presence.recent ? 'always' : 'whileFocused';
    this.#running.set(key, { kind, detail, presence, ended: false });
  }

  /** Ended work is journaled once more at the next tick, so its span reaches its end. */
  #end(key: object): void {
    const running = this.#running.get(key);
    if (running) running.ended = true;
  }
}
