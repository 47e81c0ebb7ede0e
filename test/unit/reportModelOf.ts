import type { ReportArgs, ReportModel } from '../../src/api';
import { buildReportModel, parseTimesheet } from '../../src/core';

/** The default ReportBuilder's model of a timesheet's text, as views and exports receive it. */
export function reportModelOf(timesheet: string, args: ReportArgs, now: Date): ReportModel {
  const { entries, errors } = parseTimesheet(timesheet);
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  return buildReportModel(entries, args, now);
}
