import * as vscode from 'vscode';
import { parseName, type Api, type Entry, type Resolve } from '../../src/api';
import type { ReportData, ReportQuery } from './protocol';
import { projectsOf, reportData } from './reportData';

/** The goal the summary measures working time against; the status bar reads the same setting. */
const DEFAULT_DAILY_GOAL_HOURS = 8;

/**
 * Builds what the webview shows through the components any plugin may replace (`Now`, `Timesheet`,
 * `ReportBuilder`). Throws, with utt's message, on a range that does not parse or a broken timesheet.
 */
export async function loadReportData(api: Api, resolve: Resolve, query: ReportQuery): Promise<ReportData> {
  const now = resolve(api.tokens.Now);
  const entries = await resolve(api.tokens.Timesheet).entries();
  const args = query.project === undefined ? { ...query.range } : { ...query.range, project: query.project };
  const model = resolve(api.tokens.ReportBuilder).build(entries, args, now);
  return reportData({
    query,
    model,
    // The filter's choices come from the whole range, so that a filtered report can switch to another project.
    allProjects:
      query.project === undefined
        ? projectsOf(model.activities)
        : projectsBetween(entries, model.start, model.end),
    now,
    goalHours: dailyGoalHours(),
  });
}

/**
 * The projects of the entries that end an activity from the first day to the last: read from the names rather than
 * by building the report a second time without the filter, which costs as much as the report itself.
 */
function projectsBetween(entries: readonly Entry[], first: Date, last: Date): string[] {
  const start = first.getTime();
  const end = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1).getTime();
  const projects = new Set<string>();
  for (const entry of entries) {
    const time = entry.date.getTime();
    if (time <= start || time > end) continue;
    const name = parseName(entry.name);
    // `hello` only starts a day: it names no activity of the report.
    if (!name.hello) projects.add(name.project);
  }
  return [...projects];
}

function dailyGoalHours(): number {
  const hours = vscode.workspace.getConfiguration('timekeeper').get<unknown>('dailyGoalHours');
  return typeof hours === 'number' && hours > 0 ? hours : DEFAULT_DAILY_GOAL_HOURS;
}
