import * as vscode from 'vscode';
import { EXTENSION_ID, REPORT_RANGE_ARGUMENTS, type Api } from '../../src/api';
import { loadReportData } from './loadReportData';
import type { ReportQuery } from './protocol';
import { REPORT_VIEW_TYPE, ReportPanel } from './reportPanel';
import { parseQuery, RANGE_KEYS } from './webviewMessages';

const DEFAULT_QUERY: ReportQuery = { range: { week: 'this' } };

/**
 * The visual report: `open-report` opens a webview with summary cards, a chart per day, projects, activities and
 * the details, for a range and a project the user changes in place. One panel at a time; it follows the timesheet
 * and comes back after a reload.
 */
export function activate(api: Api): vscode.Disposable {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`the report view cannot find its own extension (${EXTENSION_ID})`);
  // The webview may load the bundled script, styles and font, and nothing else of the extension or the disk.
  const assets = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'webview');
  const icon = vscode.Uri.joinPath(extension.extensionUri, 'images', 'icon.png');
  let current: ReportPanel | undefined;

  const adopt = (panel: vscode.WebviewPanel, query: ReportQuery): ReportPanel => {
    panel.iconPath = icon;
    const adopted = new ReportPanel(panel, api, query, assets);
    adopted.onDidDispose(() => {
      if (current === adopted) current = undefined;
    });
    current = adopted;
    return adopted;
  };

  api.registerCommand({
    name: 'open-report',
    description: 'Open the visual report: summary, chart per day, projects, activities and details',
    args: [...REPORT_RANGE_ARGUMENTS],
    async handler(args, resolve) {
      const query = queryOf(args);
      // Built before the panel opens, so a bad range is an error of the command, not an empty panel.
      const data = await loadReportData(api, resolve, query);
      const panel =
        current ??
        adopt(
          vscode.window.createWebviewPanel(
            REPORT_VIEW_TYPE,
            vscode.l10n.t('Timekeeper Report'),
            vscode.ViewColumn.Active,
          ),
          query,
        );
      panel.panel.reveal();
      return panel.show(query, data);
    },
  });

  const restorer = vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
    async deserializeWebviewPanel(panel, state: unknown) {
      const saved =
        typeof state === 'object' && state !== null ? (state as { query?: unknown }).query : undefined;
      current?.dispose();
      adopt(panel, parseQuery(saved) ?? DEFAULT_QUERY).showEmpty();
    },
  });
  return new vscode.Disposable(() => {
    restorer.dispose();
    current?.dispose();
  });
}

/** The command's args as a query; none at all means this week. */
function queryOf(args: Record<string, unknown>): ReportQuery {
  const range: Record<string, string> = {};
  for (const key of RANGE_KEYS) {
    if (typeof args[key] === 'string') range[key] = args[key];
  }
  const chosen = Object.keys(range).length > 0 ? range : DEFAULT_QUERY.range;
  return typeof args.project === 'string' ? { range: chosen, project: args.project } : { range: chosen };
}
