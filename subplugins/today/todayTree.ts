import * as vscode from 'vscode';
import {
  formatElapsed,
  formatTimeOfDay,
  type Activity,
  type Api,
  type SuggestedEntry,
  type TodayItem,
  type TodayItemSource,
} from '../../src/api';
import type { SuggestedTime } from './suggestedTime';

export type TodayNode =
  | {
      readonly kind: 'project';
      readonly project: string;
      readonly activities: readonly Activity[];
      readonly working: number;
      readonly breaks: number;
    }
  | { readonly kind: 'activity'; readonly activity: Activity }
  | { readonly kind: 'current'; readonly start: Date }
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'plugin'; readonly item: TodayItem }
  | { readonly kind: 'suggestions'; readonly suggested: SuggestedTime }
  | {
      readonly kind: 'suggestion';
      readonly suggested: SuggestedTime;
      readonly entry: SuggestedEntry;
      /** How many suggestions come before it (logging it writes them too). */
      readonly before: number;
    }
  | { readonly kind: 'explain' };

/**
 * The Today view: today's activities grouped by project with their durations, and the live current activity.
 * Built from the same report model as `report` for today, so both always agree.
 */
export class TodayTree implements vscode.TreeDataProvider<TodayNode>, vscode.Disposable {
  readonly #api: Api;
  readonly #changed = new vscode.EventEmitter<TodayNode | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  #current: TodayNode | undefined;
  /** Today's suggested entries and the person's edits: loaded on first use, outside the activation bundle's path. */
  #suggested: Promise<SuggestedTime> | undefined;

  constructor(api: Api) {
    this.#api = api;
  }

  refresh(): void {
    this.#changed.fire(undefined);
  }

  /** The current activity's duration moves on with the clock: only its row is redrawn. */
  refreshCurrent(): void {
    if (this.#current) this.#changed.fire(this.#current);
  }

  async getChildren(node?: TodayNode): Promise<TodayNode[]> {
    if (node?.kind === 'project') return node.activities.map((activity) => ({ kind: 'activity', activity }));
    if (node?.kind === 'suggestions') {
      const { suggested } = node;
      return suggested
        .shown()
        .map(({ entry, index }) => ({ kind: 'suggestion', suggested, entry, before: index }));
    }
    if (node) return [];
    try {
      const now = this.#api.resolve(this.#api.tokens.Now);
      const entries = await this.#api.resolve(this.#api.tokens.Timesheet).entries();
      const model = this.#api.resolve(this.#api.tokens.ReportBuilder).build(entries, { date: 'today' }, now);
      const last = entries.at(-1);
      const startedToday = last !== undefined && last.date.toDateString() === now.toDateString();
      // Empty, so that VS Code shows the view's welcome content (package.json `viewsWelcome`) with its buttons.
      if (!startedToday) return [];
      const groups = new Map<string, Activity[]>();
      let current: Activity | undefined;
      for (const activity of model.activities) {
        if (activity.current) {
          current = activity;
          continue;
        }
        const list = groups.get(activity.project) ?? [];
        list.push(activity);
        groups.set(activity.project, list);
      }
      // The model's totals count the current activity, which has a row of its own.
      const runningIn = (project: string, type: Activity['type']) =>
        current?.project === project && current.type === type ? current.duration : 0;
      const totalOf = (totals: readonly { project: string; duration: number }[], project: string) =>
        totals.find((total) => total.project === project)?.duration ?? 0;
      const projects: TodayNode[] = [...groups].map(([project, activities]) => ({
        kind: 'project',
        project,
        activities,
        working: totalOf(model.projects, project) - runningIn(project, 'work'),
        breaks:
          model.names.breaks
            .filter((name) => name.project === project)
            .reduce((sum, name) => sum + name.duration, 0) - runningIn(project, 'break'),
      }));
      this.#current = { kind: 'current', start: last.date };
      this.#suggested ??= import('./suggestedTime').then(
        ({ SuggestedTime }) => new SuggestedTime(this.#api, () => this.refresh()),
      );
      const suggestedTime = await this.#suggested;
      const suggested: TodayNode[] = (await suggestedTime.load(now))
        ? [{ kind: 'suggestions', suggested: suggestedTime }]
        : [];
      return [
        ...projects,
        this.#current,
        ...suggested,
        { kind: 'explain' },
        ...(await this.#pluginItems(now)),
      ];
    } catch (error) {
      return [
        {
          kind: 'message',
          text: `Cannot read the timesheet: ${error instanceof Error ? error.message : String(error)}`,
        },
      ];
    }
  }

  getTreeItem(node: TodayNode): vscode.TreeItem {
    switch (node.kind) {
      case 'project': {
        const item = new vscode.TreeItem(
          node.project || vscode.l10n.t('(no project)'),
          vscode.TreeItemCollapsibleState.Expanded,
        );
        // Breaks without a project gather in their own group: say what its time is.
        item.description =
          node.working > 0 || node.breaks === 0
            ? formatElapsed(node.working)
            : `${formatElapsed(node.breaks)} break`;
        item.id = `project:${node.project}`;
        item.iconPath = new vscode.ThemeIcon('folder');
        item.contextValue = 'project';
        return item;
      }
      case 'activity': {
        const { activity } = node;
        const item = new vscode.TreeItem(activity.project ? activity.task : activity.name);
        item.description = `${formatElapsed(activity.duration)} · ${formatTimeOfDay(activity.start)}–${formatTimeOfDay(activity.end)}`;
        item.tooltip = `${activity.name}${activity.comment ? `  # ${activity.comment}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(
          activity.type === 'break' ? 'coffee' : activity.type === 'ignored' ? 'circle-slash' : 'check',
        );
        item.contextValue = 'entry';
        if (activity.line !== undefined) {
          item.command = {
            command: 'timekeeper.today.openEntry',
            title: vscode.l10n.t('Open in Timesheet'),
            arguments: [node],
          };
        }
        return item;
      }
      case 'current': {
        const now = this.#api.resolve(this.#api.tokens.Now);
        const item = new vscode.TreeItem(vscode.l10n.t('Current activity'));
        item.description = `${formatElapsed(now.getTime() - node.start.getTime())} since ${formatTimeOfDay(node.start)}`;
        item.iconPath = new vscode.ThemeIcon('watch');
        item.contextValue = 'current';
        item.tooltip = vscode.l10n.t(
          'Running since the last entry: Add ends it under a name, Stretch continues the last one.',
        );
        return item;
      }
      case 'suggestions':
        return node.suggested.groupItem();
      case 'suggestion':
        return node.suggested.rowItem(node.entry, node.before);
      case 'explain': {
        const item = new vscode.TreeItem(vscode.l10n.t('Explain today'));
        item.iconPath = new vscode.ThemeIcon('question');
        item.contextValue = 'explain';
        item.command = {
          command: 'timekeeper.explain',
          title: vscode.l10n.t('Explain today'),
          arguments: [{ date: 'today' }],
        };
        return item;
      }
      case 'message':
        return new vscode.TreeItem(node.text);
      case 'plugin': {
        const { label, description, tooltip, icon, command } = node.item;
        const item = new vscode.TreeItem(label);
        item.description = description;
        item.tooltip = tooltip;
        if (icon) item.iconPath = new vscode.ThemeIcon(icon);
        if (command)
          item.command = {
            command: command.command,
            title: label,
            arguments: [...(command.arguments ?? [])],
          };
        item.contextValue = 'plugin';
        return item;
      }
    }
  }

  /** The plugins' rows (`tokens.TodayItems`); a source that fails, or an item without a label, is left out. */
  async #pluginItems(now: Date): Promise<TodayNode[]> {
    let sources: readonly TodayItemSource[];
    try {
      sources = this.#api.resolve(this.#api.tokens.TodayItems);
    } catch {
      return [];
    }
    const rows = await Promise.all(
      sources.map(async (source) => {
        try {
          return await source.items(now);
        } catch {
          return [];
        }
      }),
    );
    return rows
      .flat()
      .filter((item) => typeof item?.label === 'string' && item.label !== '')
      .map((item) => ({ kind: 'plugin', item }));
  }

  dispose(): void {
    this.#changed.dispose();
  }
}
