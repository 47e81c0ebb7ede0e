import type { ActivityType } from '../../../src/api';
import type { NameRow, ReportData } from '../protocol';
import { el, icon, linkButton } from './dom';
import { explainButton, type Explain } from './explainPane';
import { formatCount, formatDuration, formatPercent, percent, projectLabel } from './format';
import { t } from './l10n';

/** The activities by name, sortable by any column with the mouse or the keyboard (the headers are buttons). */

/** Titles are functions: the table names its columns in the display language when it is drawn. */
type Column = {
  readonly title: () => string;
  /** The header button's tooltip. */
  readonly sortTitle: () => string;
  readonly compare: (a: NameRow, b: NameRow) => number;
  readonly numeric?: boolean;
};

const COLUMNS: readonly Column[] = [
  {
    title: () => t('Activity'),
    sortTitle: () => t('Sort by activity'),
    compare: (a, b) => a.task.localeCompare(b.task),
  },
  {
    title: () => t('Project'),
    sortTitle: () => t('Sort by project'),
    compare: (a, b) => a.project.localeCompare(b.project),
  },
  {
    title: () => t('Type'),
    sortTitle: () => t('Sort by type'),
    compare: (a, b) => a.type.localeCompare(b.type),
  },
  {
    title: () => t('Times'),
    sortTitle: () => t('Sort by times'),
    compare: (a, b) => a.count - b.count,
    numeric: true,
  },
  {
    title: () => t('Duration'),
    sortTitle: () => t('Sort by duration'),
    compare: (a, b) => a.duration - b.duration,
    numeric: true,
  },
];

/** An activity's type as the table names it. */
function typeLabel(type: ActivityType): string {
  return type === 'work' ? t('work') : type === 'break' ? t('break') : t('ignored');
}

export interface TableSort {
  readonly column: number;
  readonly descending: boolean;
}

export const DEFAULT_SORT: TableSort = { column: 4, descending: true };

export function renderActivitiesTable(
  data: ReportData,
  sort: TableSort,
  onSort: (sort: TableSort) => void,
  reveal: (line: number) => void,
  explain: Explain,
): HTMLElement {
  if (data.names.length === 0)
    return el('p', { class: 'empty' }, t('-- No activities for this time range --'));
  const column = COLUMNS[sort.column];
  const rows = [...data.names].sort((a, b) => (sort.descending ? -1 : 1) * column.compare(a, b));
  const headers = COLUMNS.map((col, index) => {
    const active = index === sort.column;
    const button = el(
      'button',
      { type: 'button', class: 'sort', title: col.sortTitle() },
      col.title(),
      active && icon(sort.descending ? 'arrow-down' : 'arrow-up'),
    );
    // A first click sorts numbers largest first and text from A; a second click reverses.
    button.addEventListener('click', () =>
      onSort({ column: index, descending: active ? !sort.descending : !!col.numeric }),
    );
    return el(
      'th',
      {
        scope: 'col',
        class: col.numeric ? 'numeric' : '',
        'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none',
      },
      button,
    );
  });
  const working = data.summary.working;
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: 'activities' },
      el('thead', {}, el('tr', {}, ...headers)),
      el(
        'tbody',
        {},
        ...rows.map((row) =>
          el(
            'tr',
            { class: `type-${row.type}` },
            el(
              'td',
              {},
              row.line > 0
                ? linkButton(row.task, t('Open the timesheet at line {0}', row.line), () => reveal(row.line))
                : row.task,
            ),
            el('td', {}, projectLabel(row.project)),
            el('td', {}, typeLabel(row.type)),
            el('td', { class: 'numeric' }, formatCount(row.count)),
            el(
              'td',
              { class: 'numeric' },
              // Ignored time counts in no total, so there is none to explain.
              row.type === 'ignored'
                ? formatDuration(row.duration)
                : explainButton({ name: row.name }, row.name, row.duration, explain),
              row.type === 'work' &&
                el('span', { class: 'muted' }, ` ${formatPercent(percent(row.duration, working))}`),
            ),
          ),
        ),
      ),
    ),
  );
}
