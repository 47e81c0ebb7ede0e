import * as vscode from 'vscode';
import { formatIsoDate, type Api, type ReportRange, type Resolve } from '../../src/api';
import { EXTENSIONS, FORMAT_NAMES, type Format } from './formats';

interface Choice extends vscode.QuickPickItem {
  readonly args: { readonly format: Format; readonly destination: 'file' | 'clipboard' };
}

/** Built at each prompt, not at load: `vscode.l10n` translates for the extension only once it is activated. */
const formats = (): readonly Choice[] => [
  {
    label: vscode.l10n.t('$(file) CSV file…'),
    description: vscode.l10n.t('every activity, one row each'),
    args: { format: 'csv', destination: 'file' },
  },
  {
    label: vscode.l10n.t('$(json) JSON file…'),
    description: vscode.l10n.t('the report model'),
    args: { format: 'json', destination: 'file' },
  },
  {
    label: vscode.l10n.t('$(markdown) Markdown file…'),
    description: vscode.l10n.t('summary and tables'),
    args: { format: 'markdown', destination: 'file' },
  },
  { label: vscode.l10n.t('$(copy) Copy as CSV'), args: { format: 'csv', destination: 'clipboard' } },
  { label: vscode.l10n.t('$(copy) Copy as JSON'), args: { format: 'json', destination: 'clipboard' } },
  {
    label: vscode.l10n.t('$(copy) Copy as Markdown'),
    args: { format: 'markdown', destination: 'clipboard' },
  },
  {
    label: vscode.l10n.t('$(credit-card) Billing (CSV)…'),
    args: { format: 'billing-csv', destination: 'file' },
  },
  {
    label: vscode.l10n.t('$(credit-card) Billing (Markdown)…'),
    args: { format: 'billing-markdown', destination: 'file' },
  },
];

/**
 * The palette's way to ask for an export: what and where in one pick, then which days (the report's range picker),
 * then, for a file, where; the file is named after the days.
 */
export async function promptForExport(
  api: Api,
  resolve: Resolve,
): Promise<Record<string, unknown> | undefined> {
  const what = await vscode.window.showQuickPick(formats(), {
    title: vscode.l10n.t('Timekeeper: Export Report'),
    placeHolder: vscode.l10n.t('Export as…'),
  });
  if (!what) return undefined;
  const days = await api.pickReportRange({ title: vscode.l10n.t('Timekeeper: Export Report') });
  // A day utt refuses throws its message here, before the save dialog.
  if (!days) return undefined;
  if (what.args.destination !== 'file') return { ...what.args, ...days };
  const { format } = what.args;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  // `timekeeper-billing-2024-05-06.csv` beside the report's `timekeeper-2024-05-06.csv`.
  const kind = format.startsWith('billing') ? 'billing-' : '';
  const name = `timekeeper-${kind}${fileDays(api.resolveRange(days, resolve(api.tokens.Now)), days.project)}.${EXTENSIONS[format]}`;
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Timekeeper: Export Report'),
    saveLabel: vscode.l10n.t('Export'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { [FORMAT_NAMES[format]]: [EXTENSIONS[format]] },
  });
  return target && { ...what.args, ...days, path: target.fsPath };
}

/** `2024-05-06`, or `2024-05-06-to-2024-05-12`, and the project when filtered: what the file holds. */
function fileDays({ start, end }: ReportRange, project: string | undefined): string {
  const [first, last] = [formatIsoDate(start), formatIsoDate(end)];
  const days = first === last ? first : `${first}-to-${last}`;
  return project ? `${days}-${project.replace(/[^\w.-]+/g, '-')}` : days;
}
