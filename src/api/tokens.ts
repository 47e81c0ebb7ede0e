import type { Tokens } from './index';

/** The id plugins pass to `vscode.extensions.getExtension` and list in `extensionDependencies`. */
export const EXTENSION_ID = 'timekeeper.vscode-timekeeper';

/**
 * Runtime values of the built-in component tokens: frozen, so no plugin can redirect another's lookups. Plain strings
 * at run time; the cast gives them the `BuiltInToken` mark, which exists in the types only.
 */
export const tokens = Object.freeze({
  Now: 'Now',
  DataFile: 'DataFile',
  Timesheet: 'Timesheet',
  Output: 'Output',
  ReportView: 'ReportView',
  ReportBuilder: 'ReportBuilder',
  TimesheetParser: 'TimesheetParser',
  ActivityTracker: 'ActivityTracker',
  Journal: 'Journal',
  WorkName: 'WorkName',
  StatusBarTooltip: 'StatusBarTooltip',
  TodayItems: 'TodayItems',
  Suggester: 'Suggester',
  Explainer: 'Explainer',
}) as Tokens;
