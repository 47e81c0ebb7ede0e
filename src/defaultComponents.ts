import * as os from 'node:os';
import * as vscode from 'vscode';
import { tokens } from './api';
import type { ActivityTracker, Journal as JournalApi, ReportModel } from './api';
import { buildReportModel, type ReportModel as CoreReportModel } from './core/report/model';
import { renderReportText } from './core/report/text';
import { parseTimesheet } from './core/parse';
import { messageOf } from './host/errors';
import type { Host } from './host/host';
import type { EditorOutput } from './output/editorOutput';
import { dataFilePath } from './settings/dataFilePath';
import { TimesheetStore } from './store/timesheetStore';
import { DefaultActivityTracker } from './tracking/activityTracker';
import { isolatedTracker } from './host/isolatedTracker';
import { Journal } from './journal/journal';
import { journalDirectory } from './journal/journalFolder';
import { defaultWorkName } from './journal/workName';

/**
 * The text view needs the sections the default builder computes. A plugin builder that wraps the default one
 * (spreading its model) keeps them; one that builds from scratch must bring its own view.
 */
function asCoreModel(model: ReportModel): CoreReportModel {
  const candidate = model as Partial<CoreReportModel>;
  if (candidate.options && candidate.names && candidate.projects && candidate.days)
    return model as CoreReportModel;
  throw new Error(
    'The default ReportView renders models built by the default ReportBuilder (or a wrapper that spreads it); ' +
      'this model lacks its sections. Register a ReportView for your model too.',
  );
}

/**
 * Registers Timekeeper's own components, the bottom layer of every token's stack. Plugins register above them and
 * get these as `previous`. Stores are kept per path, so a file is parsed once however often it is resolved.
 */
export function registerDefaultComponents(
  host: Host,
  output: EditorOutput,
  onStoreChange: () => void,
): vscode.Disposable {
  const stores = new Map<string, TimesheetStore>();
  // One per window, made at first use: the activity feature's first resolve, not activation, starts its tick.
  let tracker: DefaultActivityTracker | undefined;
  let facade: ActivityTracker | undefined;
  let journal: Journal | undefined;
  let journalFacade: JournalApi | undefined;
  const subscriptions: vscode.Disposable[] = [];
  const own = host.extensionId;
  const storeFor = (file: string): TimesheetStore => {
    let store = stores.get(file);
    if (!store) {
      store = new TimesheetStore(file);
      // A file that was the timesheet once (before the setting or a plugin changed it) is not news any more.
      subscriptions.push(store.onDidChange(() => isCurrent(file) && onStoreChange()));
      stores.set(file, store);
    }
    return store;
  };
  const isCurrent = (file: string): boolean => {
    try {
      return host.components.resolve(tokens.DataFile) === file;
    } catch {
      // A plugin's DataFile that throws is reported where it is resolved; the change is news meanwhile.
      return true;
    }
  };
  subscriptions.push(
    host.registerComponent(tokens.Now, () => new Date(), own),
    host.registerComponent(
      tokens.DataFile,
      () =>
        dataFilePath(
          vscode.workspace.getConfiguration('timekeeper').get<string>('dataFile'),
          process.env,
          os.homedir(),
        ),
      own,
    ),
    host.registerComponent(tokens.Timesheet, (resolve) => storeFor(resolve(tokens.DataFile)), own),
    host.registerComponent(tokens.Output, () => output.output, own),
    host.registerComponent(tokens.ReportBuilder, () => ({ build: buildReportModel }), own),
    host.registerComponent(
      tokens.TimesheetParser,
      () => ({
        parse: (text: string) => {
          const { entries, errors } = parseTimesheet(text);
          return { entries, problems: errors };
        },
      }),
      own,
    ),
    host.registerComponent(
      tokens.ReportView,
      () => ({ render: (model: ReportModel, out) => out.write(renderReportText(asCoreModel(model))) }),
      own,
    ),
    host.registerComponent(
      tokens.ActivityTracker,
      () => (facade ??= isolatedTracker((tracker = createActivityTracker(host)), host)),
      own,
    ),
    host.registerComponent(
      tokens.Journal,
      () => (journalFacade ??= isolatedJournal((journal = createJournal(host)), host)),
      own,
    ),
    host.registerComponent(tokens.WorkName, () => defaultWorkName, own),
  );
  return new vscode.Disposable(() => {
    journal?.dispose();
    tracker?.dispose();
    for (const s of subscriptions.reverse()) s.dispose();
    for (const store of stores.values()) store.dispose();
  });
}

/** This window's activity tracker: the clock and the timesheet are resolved at use, so overrides apply at once. */
function createActivityTracker(host: Host): DefaultActivityTracker {
  return new DefaultActivityTracker({
    windowId: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    now: () => host.components.resolve(tokens.Now),
    timesheet: () => host.components.resolve(tokens.Timesheet),
    isFocused: () => vscode.window.state.focused,
    startTicking: (tick) => {
      const timer = setInterval(tick, 1000);
      return { dispose: () => clearInterval(timer) };
    },
    // Background steps retry on their own; the extension host log keeps the details.
    onError: (message, error) => host.log.warn(`Tracking: ${message}: ${messageOf(error)}`),
  });
}

/** This window's journal: one file per window process and day, the clock and folder resolved at use. */
function createJournal(host: Host): Journal {
  const settings = () => vscode.workspace.getConfiguration('timekeeper');
  return new Journal({
    now: () => host.components.resolve(tokens.Now),
    directory: () =>
      journalDirectory(
        settings().get<string>('journal.directory'),
        host.components.resolve(tokens.DataFile),
        os.homedir(),
      ),
    settings: () => ({
      enabled: settings().get<boolean>('journal.enabled', true),
      idleMinutes: settings().get<number>('idleMinutes', 10),
      retentionDays: settings().get<number>('journal.retentionDays', 365),
    }),
    ownSource: host.extensionId,
    fileName: () =>
      `${os.hostname().replace(/[^A-Za-z0-9.-]/g, '_')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.jsonl`,
    startTicking: (tick, intervalMs) => {
      const timer = setInterval(tick, intervalMs);
      return { dispose: () => clearInterval(timer) };
    },
    log: (message) => host.log.info(message),
    onError: (error) => host.log.warn(`Journal: ${messageOf(error)}`),
  });
}

/** The journal as plugins get it: span listeners isolated by the host, like the tracker's. */
function isolatedJournal(journal: Journal, host: Host): JournalApi {
  return {
    record: (signal) => journal.record(signal),
    flush: () => journal.flush(),
    spans: (from, to) => journal.spans(from, to),
    onDidCloseSpan: host.isolate(journal.onDidCloseSpan, () => host.callerOf(undefined, new Error().stack)),
  };
}
