import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { breakdownData, explanationData, rangeOfDays } from './explanationData';
import { loadReportData } from './loadReportData';
import type {
  ExplainRequest,
  ExportFormat,
  FromWebview,
  RenderedCounts,
  RenderTiming,
  ReportData,
  ReportQuery,
  ToWebview,
} from './protocol';
import { parseFromWebview } from './webviewMessages';
import { reportHtml } from './webviewHtml';

export { REPORT_VIEW_TYPE } from './viewType';

/** What `open-report` resolves to: the report's days and what the webview counted in its DOM. */
export interface OpenedReport {
  readonly first: string;
  readonly last: string;
  readonly project?: string;
  /** Size of the data message, in bytes of JSON. */
  readonly dataBytes: number;
  /** Undefined when the panel was closed before it rendered. */
  readonly rendered: RenderedCounts | undefined;
  /** Where the time went; undefined when the panel was closed before it rendered. */
  readonly timing: ShowTiming | undefined;
}

/** The time from sending the data to its answer, in milliseconds, split by who spends it. */
export interface ShowTiming {
  /**
   * The page set → its script's first line: VS Code's start of a webview (iframe, service worker) and the loading
   * of our bundle. Only when this data came with a new page.
   */
  readonly webviewStart?: number;
  /** Script started (or data sent to a live page) → data in the script's hands. */
  readonly dataWait: number;
  /** Data in hand → drawn and laid out. */
  readonly drawing: number;
  /** Drawn → the extension has the webview's answer. */
  readonly reply: number;
}

type Rendered = { readonly counts: RenderedCounts; readonly timing: ShowTiming };
type RenderWaiter = {
  readonly version: number;
  readonly done: (rendered: Rendered | undefined) => void;
};

/**
 * One report panel: sends the webview its data, and again whenever the timesheet or the settings change or the
 * webview reloads (a hidden webview is discarded, and asks again with `ready` when it is shown).
 */
export class ReportPanel implements vscode.Disposable {
  private query: ReportQuery;
  private version = 0;
  private webviewReady = false;
  /** Whether the page is set: the first data goes into it, so the script has it without asking. */
  private pageSet = false;
  /** The message for a webview still loading: `ready` delivers it. */
  private pending: ToWebview | undefined;
  private waiters: RenderWaiter[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the page was set, until its first render is timed: a page reloaded after hiding is not ours to time. */
  private pageSetAt: number | undefined;
  /** When the latest data was sent (Date.now(), the clock the webview shares). */
  private sentAt = Date.now();
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly api: Api,
    query: ReportQuery,
    private readonly assets: vscode.Uri,
  ) {
    this.query = query;
    panel.webview.options = { enableScripts: true, localResourceRoots: [assets] };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.webviewReady = false;
      }),
      panel.onDidDispose(() => this.dispose()),
      api.onDidChangeTimesheet(() => this.refreshSoon()),
      api.onDidChangeDataFile(() => this.refreshSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('timekeeper')) this.refreshSoon();
      }),
    );
  }

  /** Sets the page without data, for a panel restored after a reload: its script asks with `ready`. */
  showEmpty(): void {
    this.setPage(undefined);
  }

  /** Shows `data` (built for `query` by the caller, which so learns of a bad range first); resolves once drawn. */
  async show(query: ReportQuery, data: ReportData): Promise<OpenedReport> {
    this.query = query;
    const version = ++this.version;
    const dataBytes = await this.post({ type: 'data', version, data });
    void this.sendBreakdown(version, data);
    const rendered = await new Promise<Rendered | undefined>((done) => this.waiters.push({ version, done }));
    return {
      first: data.first,
      last: data.last,
      project: query.project,
      dataBytes,
      rendered: rendered?.counts,
      timing: rendered?.timing,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.refreshTimer);
    for (const waiter of this.waiters) waiter.done(undefined);
    this.waiters = [];
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
    this.onDidDisposeEmitter.fire();
    this.onDidDisposeEmitter.dispose();
  }

  /** Coalesces the bursts of change events that one save or append makes. */
  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 50);
  }

  private async refresh(): Promise<void> {
    if (this.disposed || !this.webviewReady) return;
    const version = ++this.version;
    const query = this.query;
    try {
      const data = await loadReportData(this.api, (token) => this.api.resolve(token), query);
      await this.post({ type: 'data', version, data });
      void this.sendBreakdown(version, data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.post({ type: 'error', version, query, message });
    }
  }

  /**
   * Reads where the journaled time of the data's days went, after the data is on its way: the journal may take longer
   * than the report, and the first look must not wait for it. A page still loading gets it in its data message.
   */
  private async sendBreakdown(version: number, data: ReportData): Promise<void> {
    let breakdown;
    try {
      const explainer = this.api.resolve(this.api.tokens.Explainer);
      const now = this.api.resolve(this.api.tokens.Now);
      breakdown = breakdownData(await explainer.breakdown(rangeOfDays(data.first, data.last), now));
    } catch (error) {
      // The report stands without the section; the log says why it is missing.
      console.warn(
        `Timekeeper report: no breakdown: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    if (!breakdown || version !== this.version || this.disposed) return;
    const pending = this.pending;
    if (pending?.type === 'data' && pending.version === version) {
      this.pending = { ...pending, data: { ...pending.data, breakdown } };
    } else if (this.webviewReady) {
      await this.panel.webview.postMessage({ type: 'breakdown', version, breakdown } satisfies ToWebview);
    } else if (!pending) {
      this.pending = { type: 'breakdown', version, breakdown };
    }
  }

  /** Asks the Explainer how a total is made; a failure is the answer too, in words the pane shows. */
  private async explain(request: number, query: ExplainRequest): Promise<void> {
    let answer: ToWebview;
    try {
      const explainer = this.api.resolve(this.api.tokens.Explainer);
      const explanation = await explainer.explain(query, this.api.resolve(this.api.tokens.Now));
      answer = { type: 'explanation', request, explanation: explanationData(explanation) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      answer = {
        type: 'explanation-error',
        request,
        message: vscode.l10n.t('This total cannot be explained: {0}', reason),
      };
    }
    // A hidden page is discarded: it has no pane to show the answer in.
    if (this.webviewReady && !this.disposed) await this.panel.webview.postMessage(answer);
  }

  /**
   * Puts the first message in the page, posts to a live webview, or keeps the message for `ready` (one still loading
   * would lose it); returns its size.
   */
  private async post(message: ToWebview): Promise<number> {
    this.sentAt = Date.now();
    const json = JSON.stringify(message);
    if (!this.pageSet) this.setPage(json);
    else if (this.webviewReady && !this.disposed) await this.panel.webview.postMessage(message);
    else this.pending = message;
    return Buffer.byteLength(json);
  }

  private setPage(firstMessage: string | undefined): void {
    if (this.disposed) return;
    this.pageSet = true;
    this.pageSetAt = Date.now();
    this.panel.webview.html = reportHtml(this.panel.webview, this.assets, firstMessage);
  }

  private receive(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) return;
    // A click that fails (the timesheet moved, a range that does not parse) says so instead of doing nothing.
    this.handle(message).catch((error: unknown) => {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Timekeeper report: {0}', error instanceof Error ? error.message : String(error)),
      );
    });
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.webviewReady = true;
        const pending = this.pending;
        this.pending = undefined;
        if (pending) return void (await this.post(pending));
        // A page that drew the latest data it came with needs nothing more; any other asks for fresh data.
        return message.version === this.version ? undefined : this.refresh();
      }
      case 'query':
        this.query = message.query;
        return this.refresh();
      case 'rendered':
        this.waiters = this.waiters.filter((waiter) => {
          if (waiter.version > message.version) return true;
          waiter.done({ counts: message.counts, timing: this.timingOf(message.timing) });
          return false;
        });
        return;
      case 'reveal':
        return this.revealLine(message.line);
      case 'explain':
        return this.explain(message.request, message.query);
      case 'export': {
        // The command never prompts when given arguments: a file export asks where first, as the palette does.
        const target = message.destination === 'file' ? await askExportFile(message.format) : undefined;
        if (message.destination === 'file' && !target) return;
        // Through the VS Code command: the user's way, so a failure becomes a notification.
        await vscode.commands.executeCommand('timekeeper.export', {
          format: message.format,
          destination: message.destination,
          ...(target ? { path: target.fsPath } : {}),
          ...this.query.range,
          ...(this.query.project === undefined ? {} : { project: this.query.project }),
        });
        return;
      }
    }
  }

  private timingOf(webview: RenderTiming): ShowTiming {
    const answered = Date.now();
    const { scriptStarted, dataArrived, drawn } = webview;
    const timing = {
      dataWait: dataArrived - this.sentAt,
      drawing: drawn - dataArrived,
      reply: answered - drawn,
    };
    const pageSetAt = this.pageSetAt;
    if (scriptStarted === undefined || pageSetAt === undefined) return timing;
    this.pageSetAt = undefined;
    return {
      ...timing,
      webviewStart: scriptStarted - pageSetAt,
      dataWait: dataArrived - Math.max(scriptStarted, this.sentAt),
    };
  }

  /** Opens the timesheet beside the report, at the line of an activity's entry. */
  private async revealLine(line: number): Promise<void> {
    // The file the report was read from, even when a plugin replaced Timesheet alone.
    const file = this.api.currentDataFile();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const position = new vscode.Position(Math.min(line, document.lineCount) - 1, 0);
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
      preview: false,
    });
  }
}

const EXPORT_FILES: Readonly<Record<ExportFormat, { readonly name: string; readonly extension: string }>> = {
  csv: { name: 'CSV', extension: 'csv' },
  json: { name: 'JSON', extension: 'json' },
  markdown: { name: 'Markdown', extension: 'md' },
};

/** The save dialog of a file export from the report: the workspace folder, filtered to the format's files. */
function askExportFile(format: ExportFormat): Thenable<vscode.Uri | undefined> {
  const { name, extension } = EXPORT_FILES[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Timekeeper: Export Report'),
    saveLabel: vscode.l10n.t('Export'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `timekeeper-report.${extension}`) } : {}),
    filters: { [name]: [extension] },
  });
}
