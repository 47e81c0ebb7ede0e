import * as vscode from 'vscode';
import { EXTENSIONS, FORMAT_NAMES, type Format } from './formats';

interface Choice extends vscode.QuickPickItem {
  readonly args: Record<string, string>;
}

const FORMATS: readonly Choice[] = [
  {
    label: '$(file) CSV file…',
    description: 'every activity, one row each',
    args: { format: 'csv', destination: 'file' },
  },
  {
    label: '$(json) JSON file…',
    description: 'the report model',
    args: { format: 'json', destination: 'file' },
  },
  {
    label: '$(markdown) Markdown file…',
    description: 'summary and tables',
    args: { format: 'markdown', destination: 'file' },
  },
  { label: '$(copy) Copy as CSV', args: { format: 'csv', destination: 'clipboard' } },
  { label: '$(copy) Copy as JSON', args: { format: 'json', destination: 'clipboard' } },
  { label: '$(copy) Copy as Markdown', args: { format: 'markdown', destination: 'clipboard' } },
];

const RANGES: readonly Choice[] = [
  { label: 'Today', args: { date: 'today' } },
  { label: 'Yesterday', args: { date: 'yesterday' } },
  { label: 'This week', args: { week: 'this' } },
  { label: 'Last week', args: { week: 'prev' } },
  { label: 'This month', args: { month: 'this' } },
  { label: 'Last month', args: { month: 'prev' } },
];

/** The palette's way to ask for an export: what and where in one pick, then which days. */
export async function promptForExport(): Promise<Record<string, unknown> | undefined> {
  const what = await vscode.window.showQuickPick(FORMATS, {
    title: 'Timekeeper: Export Report',
    placeHolder: 'Export as…',
  });
  if (!what) return undefined;
  const days = await vscode.window.showQuickPick(RANGES, {
    title: 'Timekeeper: Export Report',
    placeHolder: 'Which days?',
  });
  if (!days) return undefined;
  if (what.args.destination !== 'file') return { ...what.args, ...days.args };
  const format = what.args.format as Format;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `timekeeper-${days.label.toLowerCase().replace(/\s+/g, '-')}.${EXTENSIONS[format]}`;
  const target = await vscode.window.showSaveDialog({
    title: 'Timekeeper: Export Report',
    saveLabel: 'Export',
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { [FORMAT_NAMES[format]]: [EXTENSIONS[format]] },
  });
  return target && { ...what.args, ...days.args, path: target.fsPath };
}
