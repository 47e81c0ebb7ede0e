import type { DetailRow, ReportData } from '../protocol';
import { el, icon, linkButton } from './dom';
import { formatDuration, formatMinute, weekdayOf } from './format';
import { t } from './l10n';

/** Short ranges open every day; longer ones only the latest, so a year does not build 5,000 rows up front. */
const OPEN_ALL_UP_TO_DAYS = 7;

/**
 * The details: each day with activities, newest first, as a disclosure (keyboard and screen readers know it)
 * whose rows are built when it is first opened.
 */
export function renderTimeline(data: ReportData, reveal: (line: number) => void): HTMLElement {
  const byDay = new Map<number, DetailRow[]>();
  for (const row of data.details) {
    const rows = byDay.get(row[0]);
    if (rows) rows.push(row);
    else byDay.set(row[0], [row]);
  }
  if (byDay.size === 0) return el('p', { class: 'empty' }, t('-- No activities for this time range --'));
  const days = [...byDay.keys()].sort((a, b) => b - a);
  return el(
    'div',
    { class: 'timeline' },
    ...days.map((day, index) =>
      dayDetails(data, day, byDay.get(day) ?? [], index === 0 || days.length <= OPEN_ALL_UP_TO_DAYS, reveal),
    ),
  );
}

function dayDetails(
  data: ReportData,
  day: number,
  rows: readonly DetailRow[],
  open: boolean,
  reveal: (line: number) => void,
): HTMLElement {
  const date = data.days[day].date;
  const worked = data.days[day].work.reduce((sum, [, duration]) => sum + duration, 0);
  const details = el(
    'details',
    { class: 'day' },
    el(
      'summary',
      {},
      el('span', { class: 'day-date' }, `${weekdayOf(date)} ${date}`),
      el(
        'span',
        { class: 'muted' },
        ` ${t('{0} worked, {1} break', formatDuration(worked), formatDuration(data.days[day].breaks))}`,
      ),
    ),
  );
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    details.append(el('ol', { class: 'entries' }, ...rows.map((row) => entry(data, row, reveal))));
  };
  details.addEventListener('toggle', () => details.open && build());
  if (open) {
    build();
    details.open = true;
  }
  return details;
}

function entry(data: ReportData, row: DetailRow, reveal: (line: number) => void): HTMLElement {
  const [, start, end, duration, nameIndex, line, comment] = row;
  const name = data.names[nameIndex];
  return el(
    'li',
    { class: `entry type-${name.type}` },
    el('span', { class: 'time' }, `${formatMinute(start)}–${formatMinute(end)}`),
    el('span', { class: 'duration' }, formatDuration(duration)),
    el(
      'span',
      { class: 'entry-name' },
      line > 0
        ? linkButton(name.name, t('Open the timesheet at line {0}', line), () => reveal(line))
        : el('span', {}, icon('pulse'), ` ${name.name}`),
    ),
    comment !== undefined && el('span', { class: 'comment' }, comment),
  );
}
