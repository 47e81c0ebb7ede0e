import * as os from 'node:os';
import * as vscode from 'vscode';
import { formatIsoDate, formatTimeOfDay, tokens } from './api';
import type { Journal as JournalApi, ReportModel, TimeRange } from './api';
import { buildReportModel, type ReportModel as CoreReportModel } from './core/report/model';
import { renderReportText } from './core/report/text';
import { parseTimesheet } from './core/parse';
import { messageOf } from './host/errors';
import type { Host } from './host/host';
import type { EditorOutput } from './output/editorOutput';
import { dataFilePath } from './settings/dataFilePath';
import { TimesheetStore } from './store/timesheetStore';
import { DefaultActivityTracker } from './tracking/activityTracker';
import { logUnloggedTime } from './tracking/unloggedTime';
import { Journal } from './journal/journal';
import { journalDirectory } from './journal/journalFolder';
import { readWithRecords, type JournalWithRecords } from './journal/journalReading';
import { NamingTemplates } from './journal/namingTemplate';
import type { SuggestionNotes } from './ledger';
import { lazyExplainer, lazySuggester } from './ledger/lazyComponents';

/*
 * Timekeeper's own components and the singletons behind them, for the composition root (extension.ts). Factories
 * here have no side effects: they build a value or hand out a singleton the root made.
 */

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
 * One store per timesheet path for the whole activation, so a file is parsed once however often `Timesheet` is
 * resolved; a store's changes are news only while its file is the timesheet.
 */
export class TimesheetStores implements vscode.Disposable {
  readonly #stores = new Map<string, TimesheetStore>();
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #host: Host;
  readonly #onCurrentChange: () => void;

  constructor(host: Host, onCurrentChange: () => void) {
    this.#host = host;
    this.#onCurrentChange = onCurrentChange;
  }

  for(file: string): TimesheetStore {
    let store = this.#stores.get(file);
    if (!store) {
      store = new TimesheetStore(file);
      this.#subscriptions.push(store.onDidChange(() => this.#isCurrent(file) && this.#onCurrentChange()));
      this.#stores.set(file, store);
    }
    return store;
  }

  #isCurrent(file: string): boolean {
    try {
      return this.#host.timesheetIdentity.path === file;
    } catch {
      // A plugin's Timesheet that throws is reported where it is resolved; the change is news meanwhile.
      return true;
    }
  }

  dispose(): void {
    for (const s of this.#subscriptions.splice(0).reverse()) s.dispose();
    for (const store of this.#stores.values()) store.dispose();
    this.#stores.clear();
  }
}

/**
 * Registers Timekeeper's own components, the bottom layer of every token's stack. Plugins register above them and
 * get these as `previous`. The root registers the activity tracker itself, once the components it reads exist.
 */
export function registerDefaultComponents(
  host: Host,
  singletons: {
    readonly output: EditorOutput;
    readonly stores: TimesheetStores;
    /** The built-in journal: made after these components, which it reads, so only called at use. */
    readonly ownJournal: () => Journal;
  },
): vscode.Disposable[] {
  const own = host.extensionId;
  const namingTemplates = new NamingTemplates((message) => host.log.warn(message));
  return [
    host.registerComponent(tokens.Now, () => new Date(), own),
    host.registerComponent(
      tokens.DataFile,
      () => dataFilePath(settings().get<string>('dataFile'), process.env, os.homedir()),
      own,
    ),
    host.registerComponent(
      tokens.Timesheet,
      (resolve) => singletons.stores.for(resolve(tokens.DataFile)),
      own,
    ),
    host.registerComponent(tokens.Output, () => singletons.output.output, own),
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
      tokens.WorkName,
      () => namingTemplates.workName(settings().get<string>('naming.template')),
      own,
    ),
    host.registerComponent(
      tokens.Suggester,
      (resolve) =>
        lazySuggester({
          timesheet: () => resolve(tokens.Timesheet),
          journal: () => resolve(tokens.Journal),
          workName: () => resolve(tokens.WorkName),
          settings: () => ({
            journalEnabled: settings().get<boolean>('journal.enabled', true),
            idleMinutes: settings().get<number>('idleMinutes', 10),
          }),
          notes: suggestionNotes,
        }),
      own,
    ),
    host.registerComponent(
      tokens.Explainer,
      (resolve) =>
        lazyExplainer(resolve, {
          idleMinutes: () => settings().get<number>('idleMinutes', 10),
          ownJournal: singletons.ownJournal,
        }),
      own,
    ),
    // Extension points: empty lists that plugins wrap to add their own sections and items.
    host.registerComponent(tokens.StatusBarTooltip, () => [], own),
    host.registerComponent(tokens.TodayItems, () => [], own),
  ];
}

/** Timekeeper's settings, read at each use: a change applies at once. */
const settings = () => vscode.workspace.getConfiguration('timekeeper');

/** What the default Suggester tells the person, translated when it is said. */
const suggestionNotes: SuggestionNotes = {
  journalOff: () =>
    vscode.l10n.t(
      'The journal is off (timekeeper.journal.enabled): work done while it is off is never suggested. Turn it on to have your work suggested.',
    ),
  nothingJournaled: (range) =>
    vscode.l10n.t(
      'The journal has none of your work in the unlogged time between {0} and {1}.',
      ...ends(range),
    ),
  allLogged: (range) =>
    vscode.l10n.t('Nothing is unlogged between {0} and {1}: the timesheet covers it all.', ...ends(range)),
  loggedAlready: (count) =>
    vscode.l10n.t(
      '{0} of the entries were in the timesheet already (another window or you logged that time) and were left out.',
      count,
    ),
  cannotInsert: (count, last) =>
    vscode.l10n.t(
      '{0} entries before the last one of the timesheet (line {1}, {2}) were not written: this timesheet can only add entries at its end. Add them with Timekeeper: Edit Timesheet.',
      count,
      last.line,
      dateTime(last.date),
    ),
};

function ends(range: TimeRange): [string, string] {
  return [dateTime(range.from), dateTime(range.to)];
}

/** `2024-05-06 09:05`: a moment as the timesheet writes it. */
function dateTime(date: Date): string {
  return `${formatIsoDate(date)} ${formatTimeOfDay(date)}`;
}

/**
 * This window's activity tracker. One clock: `Now` is resolved at each use, and a replaced `Now` moves the whole
 * tracker (`clockChanged`); the timesheet's path comes from its one identity. It starts its one-second tick now.
 * An away time kept as work is recorded in this window's journal, the one Timekeeper's own signals go to.
 */
export function createActivityTracker(host: Host, journal: Journal): DefaultActivityTracker {
  return new DefaultActivityTracker({
    windowId: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    now: () => host.components.resolve(tokens.Now),
    timesheet: () => host.components.resolve(tokens.Timesheet),
    timesheetPath: () => host.timesheetIdentity.path,
    isFocused: () => vscode.window.state.focused,
    startTicking: (tick) => {
      const timer = setInterval(tick, 1000);
      return { dispose: () => clearInterval(timer) };
    },
    // Background steps retry on their own; the extension host log keeps the details.
    onError: (message, error) => host.log.warn(`Tracking: ${message}: ${messageOf(error)}`),
    // Automatic mode logs time as the person's suggestions do; resolved at use, so a plugin's Suggester applies.
    unlogged: (until) =>
      logUnloggedTime(
        until,
        host.components.resolve(tokens.Timesheet),
        host.components.resolve(tokens.Suggester),
        host.components.resolve(tokens.Now),
      ),
    keptAsWork: (away) => journal.keepAsWork(away.start, away.end),
  });
}

/** This window's journal: one file per window process and day, the clock and folder resolved at use. */
export function createJournal(host: Host): Journal {
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

/**
 * The journal as plugins get it: span listeners isolated by the host, like the tracker's. Its records reach the
 * explainer under a symbol that the v1 API does not name.
 */
export function isolatedJournal(journal: Journal, host: Host): JournalApi & JournalWithRecords {
  return {
    record: (signal) => journal.record(signal),
    flush: () => journal.flush(),
    spans: (from, to) => journal.spans(from, to),
    [readWithRecords]: (from, to) => journal[readWithRecords](from, to),
    onDidCloseSpan: host.isolate(journal.onDidCloseSpan, () => host.callerOf(undefined, new Error().stack)),
  };
}
