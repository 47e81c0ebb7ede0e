import * as vscode from 'vscode';
import type { Api, Breakdown, ReportModel, Resolve } from '../../src/api';

/**
 * The journal's breakdown of a report's days, for the JSON and Markdown exports; none for days the journal saw no
 * work in, and none for one project's report: the journal's time is every project's, and an invoice for one client
 * must not list another's files. The timesheet's export does not depend on the journal: when the breakdown cannot
 * be had, the export goes on without it and the note says why.
 */
export async function journalBreakdown(
  api: Api,
  resolve: Resolve,
  model: ReportModel,
  now: Date,
): Promise<{ readonly breakdown?: Breakdown; readonly note?: string }> {
  if (model.args.project !== undefined) return {};
  const { start, end } = model;
  const range = { from: start, to: new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1) };
  try {
    const breakdown = await resolve(api.tokens.Explainer).breakdown(range, now);
    return breakdown.person + breakdown.agent > 0 ? { breakdown } : {};
  } catch (error) {
    return {
      note: vscode.l10n.t(
        "Exported without the journal's breakdown: {0}",
        error instanceof Error ? error.message : String(error),
      ),
    };
  }
}
