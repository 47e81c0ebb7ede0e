/*
 * The messages between the report panel (extension host) and its webview (src/webview/report.ts). Types only: both
 * sides import them, and nothing here may need VS Code or the DOM.
 *
 * The webview gets the report already aggregated (ReportData), never the timesheet: a year of entries must stay
 * under 200 KB, so the details are compact rows that point into the `names` table.
 */
import type { ActivityType, BreakdownRow, ReportArgs } from '../../src/api';

/**
 * The display language and the extension's runtime translations, which the page carries (webviewHtml.ts) for
 * webview/l10n.ts: a webview cannot call `vscode.l10n`.
 */
export type { Translations } from './webview/l10n';

/** The days of a report, in the `report` command's terms. */
export type RangeArgs = Pick<ReportArgs, 'date' | 'from' | 'to' | 'week' | 'month'>;

/** What the panel shows: a range and an optional project ('' keeps the activities without a project, as in utt). */
export interface ReportQuery {
  readonly range: RangeArgs;
  readonly project?: string;
}

export interface ReportData {
  readonly query: ReportQuery;
  /** First and last day of the report, and today on the timesheet's clock (what presets count from): YYYY-MM-DD. */
  readonly first: string;
  readonly last: string;
  readonly today: string;
  /** The setting `timekeeper.dailyGoalHours`, or 8 when it is 0 (no goal set): the cards and chart need one. */
  readonly goalHours: number;
  /** Milliseconds, as in the text report's Summary. */
  readonly summary: { readonly working: number; readonly breaks: number; readonly total: number };
  /** The current activity, when the report counts it. */
  readonly current?: { readonly name: string; readonly type: ActivityType; readonly duration: number };
  /** Every project of the range before the project filter, so the filter can be changed ('' = no project). */
  readonly allProjects: readonly string[];
  /** Work per project, longest first: the index of a project here is its colour everywhere. */
  readonly projects: readonly ProjectRow[];
  /** Every day of the range, in order, with or without activities. */
  readonly days: readonly DayRow[];
  /** One row per distinct activity name (the sortable table); `details` rows point into it. */
  readonly names: readonly NameRow[];
  /** Every activity in time order. */
  readonly details: readonly DetailRow[];
  /** Where the journaled time of the days went; absent until it is read, and when the journal has nothing there. */
  readonly breakdown?: BreakdownData;
}

export interface ProjectRow {
  readonly project: string;
  readonly duration: number;
  /** Distinct tasks, longest first. */
  readonly tasks: readonly string[];
}

export interface DayRow {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Work per project: [index in `projects`, milliseconds]. */
  readonly work: readonly (readonly [project: number, duration: number])[];
  readonly breaks: number;
}

export interface NameRow {
  readonly name: string;
  readonly project: string;
  readonly task: string;
  readonly type: ActivityType;
  readonly duration: number;
  /** How many activities bear the name. */
  readonly count: number;
  /** Line of its latest entry, to open the timesheet there; 0 when only the current activity bears it. */
  readonly line: number;
}

/**
 * One activity. A tuple, not an object: 5,000 of them as objects with named keys would be 300 KB.
 * Minutes are of the local day (0-1439); an activity past midnight ends on a smaller one. `line` is 0 for the
 * current activity, which has no entry yet.
 */
export type DetailRow = readonly [
  day: number,
  startMinute: number,
  endMinute: number,
  duration: number,
  name: number,
  line: number,
  comment?: string,
];

export type ExportFormat = 'csv' | 'json' | 'markdown';
export type ExportDestination = 'file' | 'clipboard';

/** What the webview counted in its DOM after a render: the answer of `open-report`, and what tests read. */
export interface RenderedCounts {
  readonly cards: readonly string[];
  readonly bars: number;
  readonly projects: number;
  readonly tableRows: number;
  readonly days: number;
}

/**
 * When the webview did what, in milliseconds since the epoch: Date.now() is the one clock the extension host and the
 * webview share, so the panel can tell VS Code's start of a webview from the time that is Timekeeper's own.
 */
export interface RenderTiming {
  /** When the page's script began to run; only on the first render of a page. */
  readonly scriptStarted?: number;
  /** When the script had the data in hand (embedded in the page, or a message). */
  readonly dataArrived: number;
  readonly drawn: number;
}

/** A report, or why there is none: what replaces the page's content. */
export type ReportMessage =
  | { readonly type: 'data'; readonly version: number; readonly data: ReportData }
  | {
      readonly type: 'error';
      readonly version: number;
      readonly query: ReportQuery;
      readonly message: string;
    };

export type ToWebview =
  | ReportMessage
  /** The breakdown of the data of `version`, when it was read after that data was sent. */
  | { readonly type: 'breakdown'; readonly version: number; readonly breakdown: BreakdownData }
  /** The answer to the `explain` numbered `request`. */
  | { readonly type: 'explanation'; readonly request: number; readonly explanation: ExplanationData }
  | { readonly type: 'explanation-error'; readonly request: number; readonly message: string };

export type FromWebview =
  /** The page is live; `version` is the data it came with and has drawn, if any. */
  | { readonly type: 'ready'; readonly version?: number }
  | { readonly type: 'query'; readonly query: ReportQuery }
  | { readonly type: 'reveal'; readonly line: number }
  /** Explain a total of the report shown; `request` numbers the answer, so a late one cannot replace a newer one. */
  | { readonly type: 'explain'; readonly request: number; readonly query: ExplainRequest }
  | { readonly type: 'export'; readonly format: ExportFormat; readonly destination: ExportDestination }
  | {
      readonly type: 'rendered';
      readonly version: number;
      readonly counts: RenderedCounts;
      readonly timing: RenderTiming;
    };

/** What the webview keeps across reloads (vscode.setState), and what the panel serializer gets back. */
export interface WebviewState {
  readonly query: ReportQuery;
}

/** A total to explain: an activity name or a project of the days of `range` (the report's own days). */
export type ExplainRequest =
  | { readonly range: RangeArgs; readonly name: string }
  | { readonly range: RangeArgs; readonly project: string };

/**
 * An Explanation as the webview shows it: times as local days and minutes of the timesheet's clock (the webview's
 * time zone may not be the timesheet's), and each part's signals cut to what a line of text can say.
 */
export interface ExplanationData {
  readonly subject: string;
  /** First and last day of the report: YYYY-MM-DD. */
  readonly first: string;
  readonly last: string;
  /** Milliseconds: the report's number. */
  readonly total: number;
  readonly parts: readonly ExplainedPartData[];
}

export interface ExplainedPartData {
  readonly name: string;
  /** The day it starts on, YYYY-MM-DD, and its minutes of the day (0-1439). */
  readonly day: string;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly duration: number;
  /** The timesheet line of its entry; absent for the current activity. */
  readonly line?: number;
  readonly current: boolean;
  readonly comment?: string;
  readonly signals: SignalsData;
}

/** A SignalSummary in brief: milliseconds, counts, and the names of the top keys, longest first. */
export interface SignalsData {
  readonly person: number;
  readonly agent: number;
  readonly unobserved: number;
  /** How many idle stretches, and their time. */
  readonly idleStretches: number;
  readonly idle: number;
  readonly filesEdited: number;
  readonly filesEditedByAgents: number;
  readonly languages: readonly string[];
  readonly branches: readonly string[];
  readonly commands: readonly string[];
}

/** A Breakdown cut to its top rows per dimension, to keep the data message small. */
export interface BreakdownData {
  /** Milliseconds of the person's spans, and of agents'. */
  readonly person: number;
  readonly agent: number;
  readonly languages: readonly BreakdownRow[];
  readonly branches: readonly (BreakdownRow & { readonly ticket?: string })[];
  readonly files: readonly BreakdownRow[];
}
