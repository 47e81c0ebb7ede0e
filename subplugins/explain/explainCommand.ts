import * as vscode from 'vscode';
import {
  formatDuration,
  type Api,
  type ExplainQuery,
  type Explanation,
  type NameTotal,
  type ReportArgs,
  type Resolve,
} from '../../src/api';
import { explanationText } from './explanationText';

/** The Output tab the explanation is written to. */
const TITLE = 'Timekeeper Explain';

/** Runs `explain`: the explanation of the args' subject, written to its Output tab. */
export async function explain(
  api: Api,
  args: Record<string, unknown>,
  resolve: Resolve,
): Promise<Explanation> {
  // The Explainer takes the days from the args and leaves the rest (`project` is the subject here).
  const query: ExplainQuery = {
    range: args as ReportArgs,
    name: args.name as string | undefined,
    project: args.project as string | undefined,
  };
  const explanation = await resolve(api.tokens.Explainer).explain(query, resolve(api.tokens.Now));
  resolve(api.tokens.Output).write(explanationText(explanation, query), { title: TITLE });
  return explanation;
}

interface SubjectItem extends vscode.QuickPickItem {
  readonly subject?: { readonly name?: string; readonly project?: string };
}

/** From the palette: which days, then which of their totals, each shown with its duration. */
export async function promptForSubject(
  api: Api,
  resolve: Resolve,
): Promise<Record<string, unknown> | undefined> {
  const title = vscode.l10n.t('Timekeeper: Explain');
  const picked = await api.pickReportRange({ title, projectFilter: false });
  if (!picked) return undefined;
  const entries = await resolve(api.tokens.Timesheet).entries();
  const model = resolve(api.tokens.ReportBuilder).build(entries, picked, resolve(api.tokens.Now));
  const section = (label: string, lines: readonly SubjectItem[]): SubjectItem[] =>
    lines.length === 0 ? [] : [{ label, kind: vscode.QuickPickItemKind.Separator }, ...lines];
  const nameItem = (line: NameTotal): SubjectItem => ({
    label: line.name,
    description: formatDuration(line.duration),
    subject: { name: line.name },
  });
  const items: SubjectItem[] = [
    ...section(vscode.l10n.t('Activities'), model.names.work.map(nameItem)),
    ...section(vscode.l10n.t('Breaks'), model.names.breaks.map(nameItem)),
    ...section(
      vscode.l10n.t('Projects'),
      model.projects.map((line) => ({
        label: vscode.l10n.t('project {0}', line.project === '' ? '""' : line.project),
        description: formatDuration(line.duration),
        subject: { project: line.project },
      })),
    ),
    ...section(vscode.l10n.t('All work'), [
      {
        label: vscode.l10n.t('working time'),
        description: formatDuration(model.summary.working),
        subject: {},
      },
    ]),
  ];
  const choice = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Which number to explain?'),
    matchOnDescription: true,
  });
  return choice?.subject && { ...picked, ...choice.subject };
}
