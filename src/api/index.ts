/*
 * The public v1 contract of Timekeeper.
 *
 * Do not introduce breaking changes here: other extensions build on these names (BRIEF §3).
 * Add members freely; never rename or remove one. A breaking change would be a `v2` beside `v1`.
 *
 * Built-in sub-plugins (subplugins/) import this module and nothing else of ours, exactly as a
 * third-party plugin would get the same shapes from `getExtension(EXTENSION_ID).exports.v1`.
 */
import type { Disposable, Event } from 'vscode';

export { EXTENSION_ID, tokens } from './tokens';
export { REPORT_RANGE_ARGUMENTS } from './reportArguments';

export interface Exports {
  readonly v1: Api;
}

export interface Api {
  /** The extension's semver: compare it to test for a feature added after 1.0. */
  readonly version: string;
  /** Names of the built-in components. */
  readonly tokens: Tokens;
  /**
   * Registers a command: the VS Code command `timekeeper.<name>`, an entry of "Timekeeper: Run Command…" and a
   * name for `runCommand`. Throws on an invalid name, a missing handler or a name already taken.
   * Pass `{ extensionId: context.extension.id }`: it is the explicit and preferred way to name the origin.
   */
  registerCommand(command: CommandDefinition, options?: RegistrationOptions): Disposable;
  /**
   * Registers a component. The newest registration wins; `previous` is what the registration below it resolves to,
   * so a plugin can wrap the default. Factories run at each `resolve`. Disposing restores what was there.
   */
  registerComponent<T>(
    token: Token<T>,
    factory: (resolve: Resolve, previous: T | undefined) => T,
    options?: RegistrationOptions,
  ): Disposable;
  /** Resolves a component; throws an error naming the token (and the extension whose factory threw). */
  resolve<T>(token: Token<T>): T;
  /** Runs a command by name. Never prompts: a missing required argument rejects with a message naming it. */
  runCommand(name: string, args?: Record<string, unknown>): Promise<unknown>;
  listCommands(): CommandInfo[];
  /** The plugin extensions found (those that list Timekeeper in `extensionDependencies`). */
  listPlugins(): PluginInfo[];
  /** Fires after the timesheet changed: own writes, other windows, the utt CLI, saves in the editor. */
  readonly onDidChangeTimesheet: Event<void>;
  /**
   * Reports that the person is working in your extension, where VS Code raises no event Timekeeper sees (an AI chat
   * panel, a notebook, a review tool). It counts as presence, like a keystroke, and is journaled as the person's work
   * with your extension id as its source. Cheap enough to call on each interaction; the journal coalesces.
   * Throws, saying what is wrong, on a missing or empty `kind`, a `detail` that is not a short string, or a missing
   * `extensionId`.
   */
  reportActivity(activity: ActivityReport, options: { extensionId: string }): void;
}

/** What the person is doing in another extension. */
export interface ActivityReport {
  /**
   * The kind of work: `chat`, `edit`, `read`, `terminal`, `debug`, `task`, or anything else, journaled as `other`.
   * (`agent` is refused: reported activity is the person's.)
   */
  readonly kind: string;
  /** A short description (at most 200 characters): the panel, the notebook, the review. Never the person's text. */
  readonly detail?: string;
}

export interface RegistrationOptions {
  /** Who registers: pass `context.extension.id`. Found from the call stack when omitted. */
  extensionId?: string;
}

export type Resolve = <T>(token: Token<T>) => T;

/** Plain strings, so that tokens cross extension bundles. The phantom member carries the component's type. */
export type Token<T> = string & { readonly __component?: T };

export interface CommandDefinition {
  /** `/^[a-z][a-z0-9-]*$/`, unique across the host. */
  name: string;
  description: string;
  /** Named arguments; asked of the user when the command is run from the palette. */
  args?: ArgumentDefinition[];
  handler(args: Record<string, unknown>, resolve: Resolve): unknown | Promise<unknown>;
  /**
   * Optional: asks the user for the args its own way (quick picks, history) when the command is run from the palette
   * without args. Resolve to `undefined` when the user cancels. Without it, the host asks for each argument in turn.
   */
  prompt?(resolve: Resolve): Promise<Record<string, unknown> | undefined>;
}

export interface ArgumentDefinition {
  name: string;
  description: string;
  type: 'string' | 'boolean';
  required?: boolean;
  choices?: string[];
}

export interface CommandInfo {
  name: string;
  description: string;
  args: ArgumentDefinition[];
  /** Who registered it: Timekeeper's own id for built-ins, the plugin's id otherwise. */
  extensionId: string;
}

export interface PluginInfo {
  extensionId: string;
  displayName: string;
  version: string;
  state: 'active' | 'inactive' | 'failed';
  /** Names of the commands it registered. */
  commands: string[];
  /** Components it registered. */
  components: string[];
  /** Errors it raised: during activation, in a handler, a factory or a listener. */
  errors: string[];
}

export interface Tokens {
  /** The current time. Command handlers resolve it once per run. */
  readonly Now: Token<Date>;
  /** Absolute path of the timesheet; default from the setting `timekeeper.dataFile`. */
  readonly DataFile: Token<string>;
  /** Reads the entries of the timesheet and appends to it. */
  readonly Timesheet: Token<Timesheet>;
  /** Where text commands write: by default a read-only editor tab. */
  readonly Output: Token<Output>;
  /** Turns a report model into text on an output. */
  readonly ReportView: Token<ReportView>;
  /** Builds the report model from entries and report arguments. */
  readonly ReportBuilder: Token<ReportBuilder>;
  /** Reads timesheet text as utt does, reporting every line it refuses (for editors, linters, importers). */
  readonly TimesheetParser: Token<TimesheetParser>;
  /**
   * Whether the user is active, idle or has paused tracking, decided across every VS Code window, and what was
   * written about it.
   */
  readonly ActivityTracker: Token<ActivityTracker>;
  /** The journal of work signals: where the time went (folders, files, languages, branches, terminal, agents). */
  readonly Journal: Token<Journal>;
  /** Names the work of a span in utt's `project: task` form; replace it to name work your way. */
  readonly WorkName: Token<WorkName>;
}

/** One line of the timesheet: the end of an activity that began at the previous entry. */
export interface Entry {
  /** Local time, minute precision. */
  readonly date: Date;
  readonly name: string;
  readonly comment?: string;
  /** 1-based line in the timesheet file. */
  readonly line: number;
}

export interface NewEntry {
  readonly date: Date;
  readonly name: string;
  readonly comment?: string;
}

export interface Timesheet {
  /** Absolute path of the file. */
  readonly path: string;
  /**
   * The entries, in order. Rejects with a `TimesheetError`-shaped error (`line` set) when a line does not parse or
   * is out of chronological order, with utt's message.
   */
  entries(): Promise<readonly Entry[]>;
  /** Appends one entry as utt does: one write of complete lines; creates the file and its folder if missing. */
  append(entry: NewEntry): Promise<void>;
  /** The line utt writes for an entry, without its line break: `YYYY-MM-DD HH:MM name  # comment`. */
  format(entry: NewEntry): string;
}

/** A line of timesheet text that utt would refuse. */
export interface TimesheetProblem {
  /** 1-based line. */
  readonly line: number;
  /** `invalid`: not an entry; `order`: earlier than the entry before it. */
  readonly kind: 'invalid' | 'order';
  /** utt's message, e.g. `Invalid entry at line 3: …`. */
  readonly message: string;
}

export interface TimesheetParser {
  /** The valid entries in order, and every problem (utt stops at the first; this goes on). */
  parse(text: string): { readonly entries: readonly Entry[]; readonly problems: readonly TimesheetProblem[] };
}

export interface Output {
  write(text: string): void;
}

export type ActivityType = 'work' | 'break' | 'ignored';

export interface Activity {
  readonly name: string;
  /** The project (`project: task`), or '' when the name has none. */
  readonly project: string;
  readonly task: string;
  readonly type: ActivityType;
  readonly start: Date;
  readonly end: Date;
  /** Milliseconds. */
  readonly duration: number;
  readonly comment?: string;
  /** Line of the entry that ends it; absent for the current activity. */
  readonly line?: number;
  /** True for the current activity (from the last entry until now). */
  readonly current: boolean;
}

export interface ReportArgs {
  date?: string;
  from?: string;
  to?: string;
  week?: string;
  month?: string;
  project?: string;
  perDay?: boolean;
  details?: boolean;
  comments?: boolean;
  csvSection?: 'per_day' | 'per-day' | 'per_task' | 'per-task';
  noCurrentActivity?: boolean;
  currentActivity?: string;
}

export interface ReportModel {
  readonly args: ReportArgs;
  /** The report's activities after filtering, the current activity included. */
  readonly activities: readonly Activity[];
  /** First and last day of the report (local midnight). */
  readonly start: Date;
  readonly end: Date;
  /** Milliseconds of work and of breaks in the report (ignored activities count in neither); total = both. */
  readonly summary: { readonly working: number; readonly breaks: number; readonly total: number };
}

export interface ReportBuilder {
  build(entries: readonly Entry[], args: ReportArgs, now: Date): ReportModel;
}

export interface ReportView {
  render(model: ReportModel, output: Output): void;
}

/** Active: signs of presence within `timekeeper.idleMinutes`; idle: none in any window; paused: by the user. */
export type ActivityState = 'active' | 'idle' | 'paused';

export interface ActivityStateChange {
  readonly state: ActivityState;
  readonly previous: ActivityState;
  /** When the new state began: for `idle`, the last sign of activity in any window, not when it was noticed. */
  readonly since: Date;
  /** When this window noticed the change. */
  readonly at: Date;
}

/** A span without any sign of activity in any window, from the last sign before it to the first one after. */
export interface AwayTime {
  readonly start: Date;
  readonly end: Date;
}

/**
 * How the user wants an away time logged: as a break (`away**`), as an activity named by the user, as working time
 * (the current activity goes on: nothing is written) or discarded (`away***`, counted in no total).
 */
export type AwayChoice =
  | { readonly kind: 'break' }
  | { readonly kind: 'activity'; readonly name: string; readonly comment?: string }
  | { readonly kind: 'work' }
  | { readonly kind: 'discard' };

/** What logging an away time or a pause wrote, and why it wrote less than asked when it did. */
export interface TrackingResult {
  readonly written: readonly NewEntry[];
  /** Set when nothing (or only part) could be written, e.g. the timesheet already has entries after the away time. */
  readonly note?: string;
}

/**
 * Activity and idle detection shared by every VS Code window (each its own extension host). The default component
 * keeps a small state file beside the timesheet, so all windows agree on the state within a second, idle is decided
 * on activity in any window, and an away time or a pause is claimed, and its entries written, by one window only.
 */
export interface ActivityTracker {
  readonly state: ActivityState;
  /** When the current state began (see `ActivityStateChange.since`). */
  readonly since: Date;
  /**
   * Records a sign of the user's presence (an edit, a selection, a focus, …). Made for every keystroke: it does no
   * I/O and allocates nothing; the tracker reads the clock on its own one-second tick.
   */
  signal(): void;
  /**
   * Pauses tracking in every window: the current activity ends now and the paused time will be logged as ignored
   * (`paused***`). Resolves to what was written; nothing when tracking was paused already.
   */
  pause(): Promise<TrackingResult>;
  /** Resumes tracking: writes `paused***` for the paused time. Nothing when tracking was not paused. */
  resume(): Promise<TrackingResult>;
  /**
   * Logs an away time reported by `onDidReturn` as the user chose. The activity before it ends when the away time
   * began. Entries added meanwhile (by hand, by the CLI) are respected: only what is still missing is written.
   * Settling the same away time twice writes nothing the second time.
   */
  settleAway(away: AwayTime, choice: AwayChoice): Promise<TrackingResult>;
  /**
   * True for the first caller of `key` in any window, false for every later one (keys are forgotten after two days):
   * for something that must happen once, like a notification.
   */
  claimOnce(key: string): Promise<boolean>;
  /**
   * Settings and context the tracker cannot see by itself. The built-in activity feature keeps them current from
   * `timekeeper.idleMinutes`, `timekeeper.autoTrack` and the window's workspace; a plugin rarely needs this.
   */
  configure(options: ActivityTrackerOptions): void;
  readonly onDidChangeState: Event<ActivityStateChange>;
  /** Fires in the one window that claimed an away time: the focused window where the user came back. */
  readonly onDidReturn: Event<AwayTime>;
}

export interface ActivityTrackerOptions {
  /** Minutes without a sign of activity in any window before the user counts as idle. Default 10. */
  readonly idleMinutes?: number;
  /**
   * Write entries without being asked: `hello` at the day's first activity, `<workspace folder>: <detail>` when the
   * user switches to another workspace's window and when an away time begins. Default false.
   */
  readonly autoTrack?: boolean;
  /**
   * This window's name for the work going on in it, `<workspace folder>: <detail>`: used for activities nobody
   * named. Called when an entry is about to be written, never on a tick.
   */
  readonly nameOfWork?: () => string;
  /** Identifies this window's workspace, to notice switches between windows. */
  readonly workspace?: string;
}

// ---- The journal of work signals ---------------------------------------------------------------------------------

/** What kind of work a signal shows. Reported kinds outside this list are journaled as `other`. */
export type SignalKind = 'edit' | 'read' | 'terminal' | 'debug' | 'task' | 'agent' | 'chat' | 'other';

/** Who did the work: the person at the keyboard, or an agent editing on its own. Only the person's are presence. */
export type Actor = 'person' | 'agent';

/** Where the work happens; every field optional, as known at the time of the signal. */
export interface WorkContext {
  /** The workspace folder's name. */
  readonly folder?: string;
  /** The name of the repository's root folder (not its path, which stays on the machine). */
  readonly repository?: string;
  readonly branch?: string;
  /** The document's language id (`typescript`, `markdown`). */
  readonly language?: string;
  /** The file's path relative to its workspace folder, with `/` separators. */
  readonly file?: string;
}

/** One sign of work, as a listener saw it. */
export interface Signal extends WorkContext {
  /** Epoch milliseconds, from the `Now` component (so a replayed day journals replayed times). */
  readonly time: number;
  readonly kind: SignalKind;
  readonly actor: Actor;
  /** The id of the extension that observed or reported it (Timekeeper's own for the built-in signals). */
  readonly source: string;
  /**
   * The terminal program (its first word, unless the person allows arguments), the task name, the debug type, or a
   * reported activity's detail.
   */
  readonly detail?: string;
}

/** A stretch of one kind of work in one context, without an idle gap inside. */
export interface Span extends WorkContext {
  /** Epoch milliseconds. */
  readonly start: number;
  readonly end: number;
  readonly kind: SignalKind;
  readonly actor: Actor;
  readonly source: string;
  readonly detail?: string;
}

/**
 * The local journal of work signals: one append-only JSON-lines file per window and day, beside the timesheet.
 * Reading merges every window's file into spans: the person's spans never overlap one another (the work begun most
 * recently holds the time), agents' spans form their own timeline and may overlap the person's.
 */
export interface Journal {
  /**
   * Journals a signal. Made for every keystroke: no I/O, and no allocation while the context stays the same. Signals
   * of the same context are coalesced into one record, which reaches the file a minute at a time; this window writes
   * at most every 30 s, at `flush` and at shutdown. Throws on a malformed signal. Other extensions report work
   * through the API's activity reporting, which stamps their id.
   */
  record(signal: Signal): void;
  /** Writes what is pending now. Rejects with a message naming the folder and what to do when it cannot write. */
  flush(): Promise<void>;
  /**
   * The spans between two times, from every window's file and this window's unwritten records, split at idle gaps
   * (`timekeeper.idleMinutes`) and context changes, clipped to the range, ordered by start.
   */
  spans(from: Date, to: Date): Promise<readonly Span[]>;
  /** Fires in this window when its current span ends: the context changed, or no signal came for the idle time. */
  readonly onDidCloseSpan: Event<Span>;
}

/**
 * Names the work of a span in utt's `project: task` form. The default is `<folder>: <task>`, the task taken from the
 * branch (`feature/ABC-123-login` → `ABC-123 login`), else from the file's top-level folder.
 */
export interface WorkName {
  name(span: Span): string;
}
