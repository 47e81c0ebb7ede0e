import type { NameRow, ReportData } from '../protocol';
import { el, icon, linkButton } from './dom';
import { explainButton, type Explain } from './explainPane';
import { formatDuration, percent, projectLabel } from './format';

/** The activities by name, sortable by any column with the mouse or the keyboard (the headers are buttons). */

type Column = {
  readonly title: string;
  readonly compare: (a: NameRow, b: NameRow) => number;
  readonly numeric?: boolean;
};

const COLUMNS: readonly Column[] = [
  { title: 'Activity', compare: (a, b) => a.task.localeCompare(b.task) },
  { title: 'Project', compare: (a, b) => a.project.localeCompare(b.project) },
  { title: 'Type', compare: (a, b) => a.type.localeCompare(b.type) },
  { title: 'Times', compare: (a, b) => a.count - b.count, numeric: true },
  { title: 'Duration', compare: (a, b) => a.duration - b.duration, numeric: true },
];

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
  if (data.names.length === 0) return el('p', { class: 'empty' }, '-- No activities for this time range --');
  const column = COLUMNS[sort.column];
  const rows = [...data.names].sort((a, b) => (sort.descending ? -1 : 1) * column.compare(a, b));
  const headers = COLUMNS.map((col, index) => {
    const active = index === sort.column;
    const button = el(
      'button',
      { type: 'button', class: 'sort', title: `Sort by ${col.title.toLowerCase()}` },
      col.title,
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
                ? linkButton(row.task, `Open the timesheet at line ${row.line}`, () => reveal(row.line))
                : row.task,
            ),
            el('td', {}, projectLabel(row.project)),
            el('td', {}, row.type),
            el('td', { class: 'numeric' }, row.count),
            el(
              'td',
              { class: 'numeric' },
              // Ignored time counts in no total, so there is none to explain.
              row.type === 'ignored'
                ? formatDuration(row.duration)
                : explainButton({ name: row.name }, row.name, row.duration, explain),
              row.type === 'work' && el('span', { class: 'muted' }, ` ${percent(row.duration, working)}%`),
            ),
          ),
        ),
      ),
    ),
  );
}
