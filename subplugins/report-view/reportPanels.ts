import * as vscode from 'vscode';
import type { Api, Resolve } from '../../src/api';
import { loadReportData } from './loadReportData';
import type { ReportQuery } from './protocol';
import { REPORT_VIEW_TYPE, ReportPanel } from './reportPanel';
import { parseQuery, RANGE_KEYS } from './webviewMessages';

const DEFAULT_QUERY: ReportQuery = { range: { week: 'this' } };

/** The report panel of this window: one at a time, opened by `open-report` or restored after a reload. */
export class ReportPanels implements vscode.Disposable {
  #current: ReportPanel | undefined;

  constructor(
    private readonly api: Api,
    /** The bundled script, styles and font: all the webview may load. */
    private readonly assets: vscode.Uri,
    private readonly icon: vscode.Uri,
  ) {}

  /** `open-report`: the data first, so a bad range is an error of the command, not an empty panel. */
  async open(args: Record<string, unknown>, resolve: Resolve): Promise<unknown> {
    const query = queryOf(args);
    const data = await loadReportData(this.api, resolve, query);
    const panel =
      this.#current ??
      this.#adopt(
        vscode.window.createWebviewPanel(
          REPORT_VIEW_TYPE,
          vscode.l10n.t('Timekeeper Report'),
          vscode.ViewColumn.Active,
        ),
        query,
      );
    panel.panel.reveal();
    return panel.show(query, data);
  }

  /** A panel VS Code brings back after a reload, with the query it showed. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const saved =
      typeof state === 'object' && state !== null ? (state as { query?: unknown }).query : undefined;
    this.#current?.dispose();
    this.#adopt(panel, parseQuery(saved) ?? DEFAULT_QUERY).showEmpty();
  }

  dispose(): void {
    this.#current?.dispose();
  }

  #adopt(panel: vscode.WebviewPanel, query: ReportQuery): ReportPanel {
    panel.iconPath = this.icon;
    const adopted = new ReportPanel(panel, this.api, query, this.assets);
    adopted.onDidDispose(() => {
      if (this.#current === adopted) this.#current = undefined;
    });
    this.#current = adopted;
    return adopted;
  }
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
