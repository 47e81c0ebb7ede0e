import * as vscode from 'vscode';
import {
  formatDuration,
  formatElapsed,
  formatTimeOfDay,
  parseName,
  type Activity,
  type Api,
  type SuggestedEntry,
  type TodayItem,
  type TodayItemSource,
} from '../../src/api';
import { editedEntry, shownSuggestions, shownWork, sourcesOf, type SourceRow } from './suggestedEntries';
import { SuggestedTime } from './suggestedTime';

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
  | { readonly kind: 'suggestions'; readonly entries: readonly SuggestedEntry[] }
  | { readonly kind: 'suggestion'; readonly entry: SuggestedEntry; readonly before: number }
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
  /** Today's suggested entries, and the person's renames and discards of them. */
  readonly suggested: SuggestedTime;

  constructor(api: Api) {
    this.#api = api;
    this.suggested = new SuggestedTime(api, () => this.refresh());
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
      return shownSuggestions(node.entries, this.suggested.edits).map(({ entry, index }) => ({
        kind: 'suggestion',
        entry,
        before: index,
      }));
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
      const suggestions = await this.suggested.load(now);
      const suggested: TodayNode[] =
        suggestions && shownSuggestions(suggestions.entries, this.suggested.edits).length > 0
          ? [{ kind: 'suggestions', entries: suggestions.entries }]
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
        return this.#suggestionsItem(node.entries);
      case 'suggestion':
        return this.#suggestionItem(node.entry, node.before);
      case 'explain': {
        const item = new vscode.TreeItem(vscode.l10n.t('Explain today'));
        item.iconPath = new vscode.ThemeIcon('question');
        item.tooltip = vscode.l10n.t(
          "How today's working time is made: the entries, and what the journal saw in each.",
        );
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

  #suggestionsItem(entries: readonly SuggestedEntry[]): vscode.TreeItem {
    const isWork = (name: string) => parseName(name).type === 'work';
    const item = new vscode.TreeItem(
      vscode.l10n.t(
        'Suggested (unlogged) — {0}',
        formatDuration(shownWork(entries, this.suggested.edits, isWork)),
      ),
      vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = 'suggestions';
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.contextValue = 'timekeeper.suggestions';
    item.tooltip = vscode.l10n.t(
      'Time the journal saw that no entry covers yet, named from where you worked. Log All writes them; each row can be logged, renamed or discarded.',
    );
    return item;
  }

  #suggestionItem(entry: SuggestedEntry, before: number): vscode.TreeItem {
    const { name } = editedEntry(entry, this.suggested.edits);
    const type = parseName(name).type;
    const item = new vscode.TreeItem(name);
    const duration = entry.date.getTime() - entry.start.getTime();
    item.description = `${formatElapsed(duration)} · ${formatTimeOfDay(entry.start)}–${formatTimeOfDay(entry.date)}`;
    item.id = `suggestion:${entry.start.getTime()}`;
    item.iconPath = new vscode.ThemeIcon(
      type === 'break' ? 'coffee' : type === 'ignored' ? 'circle-slash' : 'lightbulb',
    );
    item.contextValue = 'timekeeper.suggestion';
    const logs =
      before === 0
        ? vscode.l10n.t('Log writes this entry.')
        : vscode.l10n.t(
            'Log writes this entry and the {0} suggested before it: the timesheet only grows forward.',
            before,
          );
    item.tooltip = [`${name}, ${item.description}`, logs, ...sourceLines(entry)].join('\n');
    return item;
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

/** Where a suggestion's time came from, a line per kind of source, the largest first. */
function sourceLines(entry: SuggestedEntry): string[] {
  const sources = sourcesOf(entry.spans);
  const list = (rows: readonly SourceRow[]) =>
    rows
      .slice(0, 5)
      .map((row) => `${row.key} ${formatElapsed(row.duration)}`)
      .join(', ') + (rows.length > 5 ? ', …' : '');
  const lines: string[] = [];
  if (sources.files.length > 0) lines.push(vscode.l10n.t('Files: {0}', list(sources.files)));
  if (sources.branches.length > 0) lines.push(vscode.l10n.t('Branches: {0}', list(sources.branches)));
  if (sources.commands.length > 0) lines.push(vscode.l10n.t('Commands: {0}', list(sources.commands)));
  if (sources.agent > 0) lines.push(vscode.l10n.t('Agents beside you: {0}', formatElapsed(sources.agent)));
  if (lines.length === 0 && entry.kind === 'break')
    lines.push(vscode.l10n.t('No sign of work in this time.'));
  return lines;
}
