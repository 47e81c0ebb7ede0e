/*
 * The public v1 contract of Timekeeper.
 *
 * Do not introduce breaking changes here: other extensions build on these names (docs/CONTRACT.md §3).
 * Add members freely; never rename or remove one. A breaking change would be a `v2` beside `v1`.
 *
 * Built-in sub-plugins (subplugins/) import this module and nothing else of ours, exactly as a
 * third-party plugin would get the same shapes from `getExtension(EXTENSION_ID).exports.v1`.
 */
import type { Disposable, Event } from 'vscode';

export { EXTENSION_ID, tokens } from './tokens';
export { REPORT_RANGE_ARGUMENTS } from './reportArguments';
/*
 * utt's naming rules and the built-in formats are plain functions exported here, not members of `v1`: they need no
 * activated host, so a plugin can call them at load time and in its own unit tests, sub-plugins and third-party
 * plugins import the same code, and the typed package (api/) compiles and ships them. They are pure and import
 * neither `vscode` nor a library. What needs the host's clock or utt's calendar library (range resolution) is a
 * member of `v1` instead.
 */
export { parseName, HELLO_NAME } from './names';
export { formatDuration, formatElapsed, formatTimeOfDay, formatIsoDate, escapeMarkdown } from './formats';

export interface Exports {
  readonly v1: Api;
}

export interface Api {
  /**
   * The extension's semver. Every member added after 0.1.0 says "Added in X.Y.Z."; a plugin that uses one checks
   * `version` against it, or passes it as `minVersion` to `getTimekeeperApi`.
   */
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
   * For a built-in token (`api.tokens.*`) `previous` is always there (Timekeeper's own component lies at the bottom),
   * so it is typed `T` (since 0.2.0); for a plugin's own token it is `undefined` when nothing was registered below.
   */
  registerComponent<T>(
    token: BuiltInToken<T>,
    factory: (resolve: Resolve, previous: T) => T,
    options?: RegistrationOptions,
  ): Disposable;
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

  // The timesheet's identity and what changed (added in 0.2.0).
  /**
   * The path of the timesheet that commands and views read: the `Timesheet` component's `path`, decided in one
   * place. Open this file to show an entry's line, so a plugin's `Timesheet` and "reveal line" agree. It is cheap:
   * the component is resolved again only when the setting or a `DataFile`/`Timesheet` layer changes. Throws the
   * component's error when it cannot be resolved. Added in 0.2.0.
   */
  currentDataFile(): string;
  /** Fires when the timesheet is another file: the setting changed, or a plugin replaced `DataFile`/`Timesheet`. Added in 0.2.0. */
  readonly onDidChangeDataFile: Event<DataFileChange>;
  /**
   * Fires with what changed in the timesheet: entries appended after those already there (the new ones), or a
   * rewrite (an edit, a removal, another file: all entries). Fires with `onDidChangeTimesheet`, after reading the
   * change; nothing is read while nobody listens. Added in 0.2.0.
   */
  readonly onDidChangeTimesheetContent: Event<TimesheetContentChange>;
  /** Fires when a component layer is registered or disposed: what `resolve(token)` returns may differ now. Added in 0.2.0. */
  readonly onDidReplaceComponent: Event<ComponentReplacement>;

  /* ----- Added in 0.2.0: utt's calendar and the built-in name picker, for plugins. ----- */

  /**
   * The days a report with these arguments covers, resolved as utt resolves them at `now` (default: `Now`): the
   * day (`date`, default today), widened to its `month` or else its `week`, then `from` and `to` override the first
   * and the last day (`to` is read from the first day on). Throws utt's message on a bad value, e.g.
   * `Invalid date: 2024-13-01 (expected YYYY-MM-DD)`, and says so when the last day is before the first. Added in
   * 0.2.0.
   */
  resolveRange(args: ReportArgs, now?: Date): ReportRange;
  /**
   * Asks the user for an activity name the way "Timekeeper: Add Entry" does: recent names (those with a project
   * first), narrowed as the user types, Enter picking the first match; the typed text is offered last as a new
   * activity. Then an optional comment. Resolves to `undefined` when the user cancels. For a command's `prompt`.
   * Added in 0.2.0.
   */
  pickActivity(options?: ActivityPickOptions): Promise<PickedActivity | undefined>;
  /**
   * Asks the user which days, the way "Timekeeper: Report" does: today, yesterday, this or last week or month, a
   * day or a range typed in, and a project filter. Resolves to the report's args (e.g. `{ week: 'prev' }`,
   * `{ from, to, project }`), or `undefined` when the user cancels. For a command's `prompt`. Added in 0.2.0.
   */
  pickReportRange(options?: RangePickOptions): Promise<ReportArgs | undefined>;

  /**
   * Reports that the person is working in your extension, where VS Code raises no event Timekeeper sees (an AI chat
   * panel, a notebook, a review tool). It counts as presence, like a keystroke, and is journaled as the person's work
   * with your extension id as its source. Cheap enough to call on each interaction; the journal coalesces.
   * Throws, saying what is wrong, on a missing or empty `kind`, a `detail` that is not a short string, or a missing
   * `extensionId`. Added in 0.2.0.
   */
  reportActivity(activity: ActivityReport, options: { extensionId: string }): void;
}

/** The timesheet is another file. Added in 0.2.0. */
export interface DataFileChange {
  readonly path: string;
  /** The file before, when it had been read. */
  readonly previous: string | undefined;
}

/** What changed in the timesheet. Added in 0.2.0. */
export type TimesheetContentChange =
  /** New entries after the ones already there, in file order. */
  | { readonly kind: 'appended'; readonly entries: readonly Entry[] }
  /** Anything else: every entry as the file holds them now. */
  | { readonly kind: 'rewritten'; readonly entries: readonly Entry[] };

/** A component layer registered on a token, or disposed from it. Added in 0.2.0. */
export interface ComponentReplacement {
  readonly token: string;
  /** The extension the layer belongs to. */
  readonly extensionId: string;
  readonly change: 'registered' | 'disposed';
}

/** How `pickReportRange` asks. Added in 0.2.0. */
export interface RangePickOptions {
  /** The picker's title; default `Timekeeper: Report`. */
  readonly title?: string;
  /** False to leave out the project filter. Default true. */
  readonly projectFilter?: boolean;
}

/** A report's first and last day, both local midnights, both included. Added in 0.2.0. */
export interface ReportRange {
  readonly start: Date;
  readonly end: Date;
}

/** How `pickActivity` asks. Added in 0.2.0. */
export interface ActivityPickOptions {
  /** The picker's title; default `Timekeeper: Activity`. */
  readonly title?: string;
  readonly placeholder?: string;
  /** False to ask for the name alone. Default true. */
  readonly askComment?: boolean;
  /** The comment box's title for the picked name; default `Timekeeper: "<name>"`. */
  readonly commentTitle?: (name: string) => string;
}

/** What `pickActivity` resolves to. Added in 0.2.0. */
export interface PickedActivity {
  readonly name: string;
  /** Absent when the user left it empty. */
  readonly comment?: string;
}

/** What the person is doing in another extension, for `reportActivity`. Added in 0.2.0. */
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

/**
 * A token Timekeeper registers a default for: `previous` is never undefined under it. A type-level mark only (the
 * values are the same plain strings); a plugin's own tokens are `Token<T>`. Added in 0.2.0.
 */
export type BuiltInToken<T> = Token<T> & { readonly __builtIn: true };

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
  /** Errors it raised (during activation, in a handler, a factory or a listener): each message once, the latest last. */
  errors: string[];
}

export interface Tokens {
  /** The current time. Command handlers resolve it once per run. */
  readonly Now: BuiltInToken<Date>;
  /** Absolute path of the timesheet; default from the setting `timekeeper.dataFile`. */
  readonly DataFile: BuiltInToken<string>;
  /** Reads the entries of the timesheet and appends to it. */
  readonly Timesheet: BuiltInToken<Timesheet>;
  /** Where text commands write: by default a read-only editor tab. */
  readonly Output: BuiltInToken<Output>;
  /** Turns a report model into text on an output. */
  readonly ReportView: BuiltInToken<ReportView>;
  /** Builds the report model from entries and report arguments. */
  readonly ReportBuilder: BuiltInToken<ReportBuilder>;
  /** Reads timesheet text as utt does, reporting every line it refuses (for editors, linters, importers). */
  readonly TimesheetParser: BuiltInToken<TimesheetParser>;
  /**
   * Whether the user is active, idle or has paused tracking, decided across every VS Code window, and what was
   * written about it.
   */
  readonly ActivityTracker: BuiltInToken<ActivityTracker>;
  /**
   * The journal of work signals: where the time went (folders, files, languages, branches, terminal, agents). Added
   * in 0.2.0.
   */
  readonly Journal: BuiltInToken<Journal>;
  /** Names the work of a span in utt's `project: task` form; replace it to name work your way. Added in 0.2.0. */
  readonly WorkName: BuiltInToken<WorkName>;
  /**
   * Sections a plugin adds to the status bar timer's tooltip, after Timekeeper's own. Empty by default: wrap it to
   * add yours, `registerComponent(tokens.StatusBarTooltip, (_r, previous) => [...previous, mySection])`. Added in
   * 0.2.0.
   */
  readonly StatusBarTooltip: BuiltInToken<readonly StatusBarTooltipSection[]>;
  /**
   * Items a plugin adds to the Today view, after Timekeeper's own rows. Empty by default: wrap it as
   * `StatusBarTooltip`. The view asks the sources again when the timesheet changes or is another file, when the
   * tracking state changes, on its Refresh, and every 60 s while it is visible. Before today's first entry (the day's
   * `hello`) the view shows its welcome content and no plugin rows. Added in 0.2.0.
   */
  readonly TodayItems: BuiltInToken<readonly TodayItemSource[]>;
  /**
   * Proposes utt entries for the time the timesheet does not cover yet, from the journal's spans named by `WorkName`,
   * and logs them. Wrap it to change what is proposed (a plugin that names work from an issue tracker). Added in 0.3.0.
   */
  readonly Suggester: BuiltInToken<Suggester>;
  /**
   * Explains a report's numbers (the entries behind a total and the signals behind each entry) and breaks a range's
   * journaled time down by language, branch, file and actor. Added in 0.3.0.
   */
  readonly Explainer: BuiltInToken<Explainer>;
}

/** A plugin's section of the status bar tooltip. Added in 0.2.0. */
export interface StatusBarTooltipSection {
  /**
   * The section's lines at `now` (plain text: shown as written, never as Markdown or links), or `undefined` to show
   * nothing now. Called when the tooltip's text changes (about once a minute), so keep it cheap and synchronous. A
   * section that throws is left out.
   */
  lines(now: Date): readonly string[] | undefined;
}

/** A plugin's items in the Today view. Added in 0.2.0. */
export interface TodayItemSource {
  /**
   * The items at `now`, shown in this order after Timekeeper's own rows. A source that fails, and an item without a
   * label, is left out.
   */
  items(now: Date): readonly TodayItem[] | Promise<readonly TodayItem[]>;
}

/** One row a plugin adds to the Today view. Added in 0.2.0. */
export interface TodayItem {
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** A codicon name, e.g. `rocket`. */
  readonly icon?: string;
  /** A VS Code command the row runs when clicked, with its arguments. */
  readonly command?: { readonly command: string; readonly arguments?: readonly unknown[] };
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
  /**
   * Appends one entry as utt does: one write of complete lines; creates the file and its folder if missing. Rejects,
   * writing nothing, an entry earlier than the last one (`insert` writes those; an entry in the hour that repeats
   * when daylight saving time ends is written at the last entry's time), a blank name, a line break in the name or
   * the comment, and a year outside 0001–9999.
   */
  append(entry: NewEntry): Promise<void>;
  /** The line utt writes for an entry, without its line break: `YYYY-MM-DD HH:MM name  # comment`. */
  format(entry: NewEntry): string;
  /**
   * Optional (added in 0.3.0; a plugin's `Timesheet` may leave it out): writes entries that may lie before the last
   * one, each after the entries at or before its time, keeping the file in chronological order. Entries after the
   * last one are appended as by `append`. The whole change is one atomic replacement of the file under the
   * timesheet's lock; rejects, writing nothing, when the file changed meanwhile in a way that cannot be merged.
   */
  insert?(entries: readonly NewEntry[]): Promise<void>;
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

/**
 * Where text commands write. The default is a read-only editor tab per title: every writer that gives no title shares
 * the one titled "Timekeeper Report" (what `report` writes), a title of your own gets a tab of its own. Each write
 * replaces the tab's whole text, unless `mode: 'append'` adds to it. The text is updated at once; the tab is shown
 * (opened the first time, then focused) just after `write` returns, so it may appear after `runCommand` resolved.
 */
export interface Output {
  /**
   * Throws, saying what to change, on a title that is empty or holds `/` or `\`, or an unknown mode. `options`
   * added in 0.2.0.
   */
  write(text: string, options?: OutputOptions): void;
}

export interface OutputOptions {
  /** The tab to write to, e.g. `Acme Invoice`; default "Timekeeper Report". Added in 0.2.0. */
  readonly title?: string;
  /** `replace` (the default) the tab's text, or `append` to it. Added in 0.2.0. */
  readonly mode?: 'replace' | 'append';
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
  /**
   * True for the current activity: the time from the timesheet's last entry until now, not written yet, last in
   * `activities`. It is there when the timesheet has two entries at least, now lies after the last one and within
   * the report's days; its name is `args.currentActivity` (default `-- Current Activity --`, work without a
   * project), its start is clipped to the first day. `noCurrentActivity` leaves it out.
   */
  readonly current: boolean;
}

/**
 * The `report` command's arguments, each one of utt's. `api.resolveRange(args)` says which days they cover. Strings
 * are read as utt reads them, case-insensitively; a bad one throws utt's message when the report is built.
 */
export interface ReportArgs {
  /**
   * The day to report (utt's positional `date`; default today): `YYYY-MM-DD` (or `YYYY-M-D`), `today`,
   * `yesterday` (any prefix of either: `y`, `yest`), or a weekday name (`monday`: the latest Monday up to today).
   * With `week` or `month` it picks the week or month.
   */
  date?: string;
  /** First day (`--from`), a day as for `date`; it overrides the first day of `date`, `week` and `month`. */
  from?: string;
  /** Last day (`--to`), a day as for `date`, read from the first day on: a weekday is the next one from it. */
  to?: string;
  /** The ISO week (Monday to Sunday) of the day: `this`, `prev`, a week number of its year, or `-N` weeks before. */
  week?: string;
  /** The month of the day: `this`, `prev`, `YYYY-MM`, a month name (`may`), a number (`5`) or `-N` months before. */
  month?: string;
  /** Only this project's activities (`project: task` names); '' keeps the names without a project, as in utt. */
  project?: string;
  /** The text report's Per Day section instead of Projects. */
  perDay?: boolean;
  /** The text report's Details section for several days too (a one-day report always has it). */
  details?: boolean;
  /** Comments in the Details section. */
  comments?: boolean;
  /** Only this section of the text report, as CSV; another value throws. */
  csvSection?: 'per_day' | 'per-day' | 'per_task' | 'per-task';
  /** Leave the current activity (see `Activity.current`) out of the report. */
  noCurrentActivity?: boolean;
  /**
   * The current activity's name (default `-- Current Activity --`): its project, task and type are read from it as
   * from any name, so `acme: review` counts for acme and `lunch**` as a break.
   */
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
  /**
   * Work per project, in utt's order (the Projects section): by project name case-insensitively, names that differ
   * only in case in code point order. The current activity counts when it is work. A `ReportBuilder` that builds
   * its model from scratch must fill these three totals too; one that spreads the default model keeps them. Added
   * in 0.2.0.
   */
  readonly projects: readonly ProjectTotal[];
  /** Work and breaks per activity name, in utt's order (the Activities section). Added in 0.2.0. */
  readonly names: NameTotals;
  /** The days with work or breaks, in order; the days with work are utt's Per Day section. Added in 0.2.0. */
  readonly days: readonly DayTotal[];
}

/* ----- Names: utt's reading of an activity name (see `parseName`). ----- */

/** What `parseName` returns. Added in 0.2.0. */
export interface ParsedName {
  /** The project of `project: task`, or '' when the name has none. */
  readonly project: string;
  /** The rest of the name; the whole name when it has no project. Break and ignore marks stay in it. */
  readonly task: string;
  readonly type: ActivityType;
  /** True for `hello`, which starts a day: the time before it counts in no report. */
  readonly hello: boolean;
}

/* ----- Report totals: what utt's sections add up, so no view or plugin adds them up again. ----- */

/** One line of utt's Projects section. Added in 0.2.0. */
export interface ProjectTotal {
  /** '' for the names without a project. */
  readonly project: string;
  /** Milliseconds of work. */
  readonly duration: number;
  /** Distinct tasks, sorted as utt sorts them (case-insensitively). */
  readonly tasks: readonly string[];
}

/** One line of utt's Activities section: a name's total. Added in 0.2.0. */
export interface NameTotal {
  readonly name: string;
  readonly project: string;
  readonly task: string;
  /** Milliseconds. */
  readonly duration: number;
}

/** The Activities section's totals, work and breaks apart. Added in 0.2.0. */
export interface NameTotals {
  /** Work names, by project then task, case-insensitively. */
  readonly work: readonly NameTotal[];
  /** Break names (`name**`), in the same order. Ignored names (`name***`) count nowhere. */
  readonly breaks: readonly NameTotal[];
}

/** A day's work and breaks, counted on the day each activity starts. Added in 0.2.0. */
export interface DayTotal {
  /** The day, a local midnight. */
  readonly date: Date;
  /** Milliseconds of work. */
  readonly duration: number;
  /** Milliseconds of breaks. */
  readonly breaks: number;
  /** Distinct projects worked on ('' for names without one), case-insensitively; empty on a day of breaks only. */
  readonly projects: readonly string[];
  /** Distinct tasks worked on, case-insensitively. */
  readonly tasks: readonly string[];
  /** Work per project, in the order of `projects`: a per-project-per-day table reads it as it is. */
  readonly work: readonly { readonly project: string; readonly duration: number }[];
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
   * Write entries without being asked: `hello` at the day's first activity, and when the user switches to another
   * workspace's window, an away time begins, tracking pauses or a new day starts, the `Suggester`'s entries for the
   * unlogged time before it (since 0.3.0), or `<workspace folder>: <detail>` when it suggests nothing. Default false.
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

/** What kind of work a signal shows. Reported kinds outside this list are journaled as `other`. Added in 0.2.0. */
export type SignalKind = 'edit' | 'read' | 'terminal' | 'debug' | 'task' | 'agent' | 'chat' | 'other';

/**
 * Who did the work: the person at the keyboard, or an agent editing on its own. Only the person's are presence.
 * Added in 0.2.0.
 */
export type Actor = 'person' | 'agent';

/** Where the work happens; every field optional, as known at the time of the signal. Added in 0.2.0. */
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

/** One sign of work, as a listener saw it. Added in 0.2.0. */
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

/** A stretch of one kind of work in one context, without an idle gap inside. Added in 0.2.0. */
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
 * recently holds the time), agents' spans form their own timeline and may overlap the person's. Added in 0.2.0.
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
 * branch (`feature/ABC-123-login` → `ABC-123 login`), else from the file's top-level folder. Added in 0.2.0.
 */
export interface WorkName {
  name(span: Span): string;
}

// ---- From journal to ledger (added in 0.3.0) ----------------------------------------------------------------------

/** A stretch of time: `from` included, `to` excluded. Added in 0.3.0. */
export interface TimeRange {
  readonly from: Date;
  readonly to: Date;
}

/**
 * A proposed timesheet entry: `name` ends at `date` the activity that began at `start`, as utt reads an entry after
 * the one before it. Times are whole minutes. Added in 0.3.0.
 */
export interface SuggestedEntry extends NewEntry {
  /**
   * Where the proposed activity's time begins: the previous entry's (or suggestion's) time. For a `day` (`hello`),
   * its own `date`: it counts no time.
   */
  readonly start: Date;
  /**
   * `work` from the person's spans; `break` for time away between them (`away**`); `day` for the `hello` that starts
   * a day when the suggestions begin on a day the timesheet has no entry before them.
   */
  readonly kind: 'work' | 'break' | 'day';
  /** The journal spans behind it (the person's, and agents' working beside them), clipped to its time. */
  readonly spans: readonly Span[];
}

/** What the timesheet does not cover in a range, as entries to log. Added in 0.3.0. */
export interface Suggestions {
  readonly range: TimeRange;
  /** In time order; logging them all in this order keeps the timesheet chronological. */
  readonly entries: readonly SuggestedEntry[];
  /** Milliseconds of work the entries propose (breaks and days not counted). */
  readonly unlogged: number;
  /** Why nothing, or less than the range, is proposed: the journal is off, or has nothing for these days. */
  readonly note?: string;
}

/** The `Suggester` component: what `tokens.Suggester` resolves to. Added in 0.3.0. */
export interface Suggester {
  /**
   * The entries proposed for the time in `range` (clipped to `now`) that no entry of the timesheet covers: after its
   * last entry, and before a `hello` (utt counts that time nowhere). The person's spans, named by `WorkName`, become
   * work; gaps between them longer than `timekeeper.idleMinutes` become breaks; time already covered is never
   * proposed; what comes after the last span is left for later.
   */
  suggest(range: TimeRange, now: Date): Promise<Suggestions>;
  /**
   * Writes suggested entries (those after the last entry appended, earlier ones inserted where they belong), under
   * the timesheet's lock. Entries whose time is covered by now (another window logged it) are left out. Resolves to
   * what was written, with a note when less than asked.
   */
  log(entries: readonly NewEntry[]): Promise<TrackingResult>;
}

/** What `explain` explains: a report's days, and one activity name, one project, or the whole working time. Added in 0.3.0. */
export interface ExplainQuery {
  /** The days, as `report` reads them (`date`, `from`, `to`, `week`, `month`; `project` is ignored). */
  readonly range: ReportArgs;
  /** An activity name as in the report's Activities section (`acme: review`, `lunch**`). */
  readonly name?: string;
  /** A project as in the Projects section; '' for the names without one. Ignored when `name` is given. */
  readonly project?: string;
}

/** How a report's number is made. Added in 0.3.0. */
export interface Explanation {
  /** What the number is of: the name, `project acme`, or `working time`. */
  readonly subject: string;
  /** The report's first and last day (local midnights). */
  readonly start: Date;
  readonly end: Date;
  /** Milliseconds: the report's number. The parts' durations add up to it exactly. */
  readonly total: number;
  /** One per activity counted, in time order; the current activity last when it counts. */
  readonly parts: readonly ExplainedPart[];
}

/** One activity counted in an explained number. Added in 0.3.0. */
export interface ExplainedPart {
  readonly name: string;
  readonly start: Date;
  readonly end: Date;
  /** Milliseconds counted (the activity's time within the report's days). */
  readonly duration: number;
  /** The timesheet line of the entry that ends it; absent for the current activity. */
  readonly line?: number;
  readonly current: boolean;
  readonly comment?: string;
  /** What the journal saw during it. */
  readonly signals: SignalSummary;
}

/** What the journal saw during a stretch of time. Added in 0.3.0. */
export interface SignalSummary {
  /** Milliseconds of the person's spans. */
  readonly person: number;
  /** Milliseconds without a span of the person's: before the journal, or no signal at all. person + unobserved = duration. */
  readonly unobserved: number;
  /** Milliseconds of agents' spans (beside the person's, so not part of the sum above). */
  readonly agent: number;
  /** Stretches without any sign of the person longer than `timekeeper.idleMinutes`, inside the stretch. */
  readonly idle: readonly TimeRange[];
  /**
   * Distinct files edited by the person, and by agents: every edit journaled inside the stretch counts, also one whose
   * time another record held (two files edited at once, in two windows or by one agent, count two). The times above
   * give each moment to one record only.
   */
  readonly filesEdited: number;
  readonly filesEditedByAgents: number;
  readonly languages: readonly BreakdownRow[];
  readonly branches: readonly BreakdownRow[];
  /** Terminal programs run (their first word), tasks and debug sessions, with their time. */
  readonly commands: readonly BreakdownRow[];
}

/** Time of one key (a language, a branch, a file, a command), the person's and agents'. Added in 0.3.0. */
export interface BreakdownRow {
  readonly key: string;
  /** Milliseconds of the person's spans. */
  readonly person: number;
  /** Milliseconds of agents' spans. */
  readonly agent: number;
}

/** Where a range's journaled time went. Added in 0.3.0. */
export interface Breakdown {
  readonly range: TimeRange;
  /** Milliseconds of the person's spans, and of agents'. */
  readonly person: number;
  readonly agent: number;
  /** Rows by person + agent time, largest first; `(none)` for spans without the field. */
  readonly languages: readonly BreakdownRow[];
  /** By branch; the row's `ticket` is the task the branch names (`ABC-123 login`), when it names one. */
  readonly branches: readonly (BreakdownRow & { readonly ticket?: string })[];
  readonly files: readonly BreakdownRow[];
  readonly folders: readonly BreakdownRow[];
}

/** The `Explainer` component: what `tokens.Explainer` resolves to. Added in 0.3.0. */
export interface Explainer {
  /** Explains one number of the report `query.range` gives at `now`; throws utt's message on a bad range. */
  explain(query: ExplainQuery, now: Date): Promise<Explanation>;
  /** The journal's time in a range, broken down. Empty rows when the journal has nothing there. */
  breakdown(range: TimeRange, now: Date): Promise<Breakdown>;
}
