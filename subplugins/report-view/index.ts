import * as vscode from 'vscode';
import { EXTENSION_ID, REPORT_RANGE_ARGUMENTS, type Api } from '../../src/api';
import type { ReportPanels } from './reportPanels';
import { REPORT_VIEW_TYPE } from './viewType';

/**
 * The visual report: `open-report` opens a webview with summary cards, a chart per day, projects, activities and
 * the details, for a range and a project the user changes in place. One panel at a time; it follows the timesheet
 * and comes back after a reload. The panel's code loads when the first panel opens (a chunk of its own): activation
 * registers the command and the serializer only.
 */
export function activate(api: Api): vscode.Disposable {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`the report view cannot find its own extension (${EXTENSION_ID})`);
  // The webview may load the bundled script, styles and font, and nothing else of the extension or the disk.
  const assets = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'webview');
  const icon = vscode.Uri.joinPath(extension.extensionUri, 'images', 'icon.png');
  let panels: Promise<ReportPanels> | undefined;
  const loaded = () =>
    (panels ??= import('./reportPanels').then((module) => new module.ReportPanels(api, assets, icon)));

  api.registerCommand({
    name: 'open-report',
    description: 'Open the visual report: summary, chart per day, projects, activities and details',
    args: [...REPORT_RANGE_ARGUMENTS],
    handler: async (args, resolve) => (await loaded()).open(args, resolve),
  });

  const restorer = vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
    deserializeWebviewPanel: async (panel, state: unknown) => (await loaded()).restore(panel, state),
  });
  return new vscode.Disposable(() => {
    restorer.dispose();
    void panels?.then((loadedPanels) => loadedPanels.dispose());
  });
}
