import * as vscode from 'vscode';
import { escapeMarkdown, formatElapsed, type ActivityTracker, type Api } from '../../src/api';
import { DEFAULT_FORMAT, spokenStatus, statusText } from './statusText';
import { currentElapsed, dayKey, todayTotals, type TodayTotals } from './todayTotals';
import { tooltip } from './tooltip';
import { UnloggedToday } from './unloggedTime';

interface Settings {
  readonly format: string;
  readonly alignment: vscode.StatusBarAlignment;
  /** Milliseconds; 0 without a goal. */
  readonly goal: number;
}

/**
 * The status bar timer: `$(watch) 0:42 · 5h12`. Today's totals are computed when the timesheet changes (or the day
 * does); the one-second tick only adds the running activity to them and touches the item when its text changes,
 * so it costs microseconds.
 */
export class StatusBarTimer implements vscode.Disposable {
  readonly #api: Api;
  readonly #tracker: ActivityTracker;
  #settings: Settings = readSettings();
  #item: vscode.StatusBarItem;
  /**
   * One item per side, each created once: VS Code gives a new item the side of any item it has seen with the same id,
   * even a disposed one, so re-creating the timer would leave it where it was, and frozen.
   */
  readonly #items = new Map<vscode.StatusBarAlignment, vscode.StatusBarItem>();
  #totals: TodayTotals | undefined;
  #problem: string | undefined;
  #shown = '';
  #goalNoticeDay = '';
  /** Counts refreshes, so that a slow one that finishes after a newer one does not overwrite its totals. */
  #refreshes = 0;
  /** A refresh is reading: a tick does not start another one. */
  #refreshing = false;
  readonly #subscriptions: vscode.Disposable[] = [];
  /** Today's unlogged time for the tooltip, kept up to date apart from the drawing (which only reads it). */
  readonly #unlogged: UnloggedToday;

  constructor(api: Api) {
    this.#api = api;
    this.#tracker = api.resolve(api.tokens.ActivityTracker);
    this.#item = this.#showItem();
    const timer = setInterval(() => this.#tickSafely(), 1000);
    this.#unlogged = new UnloggedToday(api, () => {
      this.#shown = '';
      this.#tickSafely();
    });
    this.#subscriptions.push(
      this.#unlogged,
      new vscode.Disposable(() => clearInterval(timer)),
      api.onDidChangeTimesheet(() => void this.refresh()),
      api.onDidChangeDataFile(() => void this.refresh()),
      this.#tracker.onDidChangeState(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (!change.affectsConfiguration('timekeeper')) return;
        const alignment = this.#settings.alignment;
        this.#settings = readSettings();
        if (alignment !== this.#settings.alignment) {
          this.#item.hide();
          this.#item = this.#showItem();
        }
        this.#shown = '';
        this.#tickSafely();
      }),
    );
    void this.refresh();
  }

  /** Recomputes today's totals from the timesheet, then shows them. */
  async refresh(): Promise<void> {
    const refresh = ++this.#refreshes;
    this.#refreshing = true;
    try {
      const entries = await this.#api.resolve(this.#api.tokens.Timesheet).entries();
      if (refresh !== this.#refreshes) return;
      const now = this.#api.resolve(this.#api.tokens.Now);
      const model = this.#api.resolve(this.#api.tokens.ReportBuilder).build(entries, { date: 'today' }, now);
      this.#totals = todayTotals(model, entries.at(-1), now);
      this.#problem = undefined;
    } catch (error) {
      if (refresh !== this.#refreshes) return;
      this.#problem = error instanceof Error ? error.message : String(error);
    }
    this.#refreshing = false;
    this.#shown = '';
    this.#tickSafely();
  }

  /** The timer's tick: components are plugins' to replace, and one that throws shows as a problem, not a crash. */
  #tickSafely(): void {
    try {
      this.tick();
    } catch (error) {
      this.#showProblem(error instanceof Error ? error.message : String(error));
    }
  }

  /** Once a second: O(1), no I/O. */
  tick(): void {
    const now = this.#api.resolve(this.#api.tokens.Now);
    // A new day: the totals are stale. (Another timesheet is an event, which refreshes.)
    if (this.#totals && this.#totals.day !== dayKey(now)) {
      if (!this.#refreshing) void this.refresh();
      return;
    }
    if (this.#problem !== undefined) return this.#showProblem(this.#problem);
    const totals = this.#totals;
    if (!totals) return;
    const state = this.#tracker.state;
    const current = currentElapsed(totals, now);
    // While paused the current span is the pause itself, which will be logged as ignored.
    const working = totals.working + (totals.currentCounts && state !== 'paused' ? current : 0);
    const { format, goal } = this.#settings;
    const numbers = { started: totals.started, state, current, today: working, goal };
    const text = statusText(format, numbers, vscode.l10n);
    const since = this.#tracker.since;
    const key = `${text}|${state}|${since.getTime()}`;
    if (key !== this.#shown) {
      this.#shown = key;
      this.#item.text = text;
      this.#item.accessibilityInformation = { label: spokenStatus(numbers, vscode.l10n), role: 'button' };
      this.#item.tooltip = tooltip({
        totals,
        state,
        since,
        now,
        working,
        current,
        goal,
        sections: this.#pluginSections(now),
        unlogged: totals.started ? this.#unlogged.value : undefined,
      });
      this.#item.command = totals.started ? 'timekeeper.add' : 'timekeeper.hello';
    }
    if (goal > 0 && working >= goal && this.#goalNoticeDay !== totals.day) this.#noticeGoal(totals.day, goal);
  }

  /** The plugins' tooltip sections at `now`; one that throws or answers nonsense is left out, the others shown. */
  #pluginSections(now: Date): (readonly string[])[] {
    const shown: (readonly string[])[] = [];
    let sections: readonly { lines(now: Date): readonly string[] | undefined }[];
    try {
      sections = this.#api.resolve(this.#api.tokens.StatusBarTooltip);
    } catch {
      return shown;
    }
    for (const section of sections) {
      try {
        const lines = section.lines(now);
        if (Array.isArray(lines) && lines.length > 0) shown.push(lines.map(String));
      } catch {
        // The timer keeps going without it.
      }
    }
    return shown;
  }

  dispose(): void {
    for (const subscription of this.#subscriptions.splice(0).reverse()) subscription.dispose();
    for (const item of this.#items.values()) item.dispose();
  }

  /** Shows the item of the configured side, created the first time that side is used. */
  #showItem(): vscode.StatusBarItem {
    const alignment = this.#settings.alignment;
    let item = this.#items.get(alignment);
    if (!item) {
      const right = alignment === vscode.StatusBarAlignment.Right;
      item = vscode.window.createStatusBarItem(
        right ? 'timekeeper.timer.right' : 'timekeeper.timer',
        alignment,
        right ? 100 : -100,
      );
      item.name = vscode.l10n.t('Timekeeper Timer');
      item.text = '$(watch)';
      this.#items.set(alignment, item);
    }
    item.show();
    return item;
  }

  #showProblem(problem: string): void {
    const key = `problem|${problem}`;
    if (key === this.#shown) return;
    this.#shown = key;
    this.#item.text = '$(watch) $(warning)';
    this.#item.accessibilityInformation = {
      label: vscode.l10n.t('Timekeeper cannot read the timesheet. Activate to edit it.'),
      role: 'button',
    };
    const markdown = new vscode.MarkdownString(
      // The problem quotes the timesheet's line: escaped, so a line cannot inject links or images.
      vscode.l10n.t(
        '**Timekeeper cannot read the timesheet.**\n\n{0}\n\n[Edit Timesheet](command:timekeeper.edit) to fix it; the timer comes back as soon as it reads again.',
        escapeMarkdown(problem),
      ),
    );
    markdown.isTrusted = { enabledCommands: ['timekeeper.edit'] };
    this.#item.tooltip = markdown;
    this.#item.command = 'timekeeper.edit';
  }

  /** Once a day, in one window: the focused one that first sees the goal reached. */
  #noticeGoal(day: string, goal: number): void {
    if (!vscode.window.state.focused) return;
    this.#goalNoticeDay = day;
    void this.#tracker.claimOnce(`goal:${day}`).then(
      (claimed) => {
        if (claimed) {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('Timekeeper: daily goal reached, {0} of work today.', formatElapsed(goal)),
          );
        }
      },
      () => undefined,
    );
  }
}

function readSettings(): Settings {
  const settings = vscode.workspace.getConfiguration('timekeeper');
  const hours = Number(settings.get<number>('dailyGoalHours', 0));
  return {
    format: settings.get<string>('statusBar.format', DEFAULT_FORMAT) || DEFAULT_FORMAT,
    alignment:
      settings.get<string>('statusBar.alignment', 'left') === 'right'
        ? vscode.StatusBarAlignment.Right
        : vscode.StatusBarAlignment.Left,
    goal: Number.isFinite(hours) && hours > 0 ? hours * 3_600_000 : 0,
  };
}
