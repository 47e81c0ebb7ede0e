// Reacting to events: each time the timesheet changes (a command, the utt CLI, an edit), rewrite today's summary
// file from the report model, the same model the report command renders.
import * as vscode from 'vscode';
import { getTimekeeperApi, type Api, type ReportModel } from '@timekeeper/vscode-timekeeper-api';
import { summaryText } from './summaryText';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const timekeeper = await getTimekeeperApi({ minVersion: '0.1.0' });
  if (!timekeeper.api) {
    void vscode.window.showWarningMessage(`Daily Summary: ${timekeeper.message}`);
    return;
  }
  const { api } = timekeeper;
  const log = vscode.window.createOutputChannel('Timekeeper Daily Summary', { log: true });
  // One write at a time, in order: a burst of changes must not leave an older summary last.
  let writing = Promise.resolve();
  const write = () => {
    writing = writing.then(() =>
      writeSummary(api, context).then(
        (file) => log.info(`Wrote ${file.fsPath}`),
        (error: unknown) => log.error(`Could not write the daily summary: ${String(error)}`),
      ),
    );
  };
  context.subscriptions.push(log, api.onDidChangeTimesheet(write));
}

async function writeSummary(api: Api, context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const now = api.resolve(api.tokens.Now);
  const entries = await api.resolve(api.tokens.Timesheet).entries();
  // Recorded time only: the current activity grows by the minute and would make the file change all day.
  const model: ReportModel = api
    .resolve(api.tokens.ReportBuilder)
    .build(entries, { noCurrentActivity: true }, now);
  const folder = summaryFolder(context);
  await vscode.workspace.fs.createDirectory(folder);
  const file = vscode.Uri.joinPath(folder, `${isoDay(now)}.txt`);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(summaryText(isoDay(now), model)));
  return file;
}

function summaryFolder(context: vscode.ExtensionContext): vscode.Uri {
  const configured = vscode.workspace.getConfiguration('timekeeperDailySummary').get<string>('folder', '');
  return configured
    ? vscode.Uri.file(configured)
    : vscode.Uri.joinPath(context.globalStorageUri, 'summaries');
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function deactivate(): void {
  // Nothing to do: disposing context.subscriptions stops listening.
}
