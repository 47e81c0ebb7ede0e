import type { ReportData } from '../protocol';
import { el, icon } from './dom';
import { formatDuration, formatHours, formatPercent, percent } from './format';
import { t } from './l10n';

const MS_PER_HOUR = 3_600_000;

/** Working, break and total time, and working time against the daily goal over the days worked. */
export function renderCards(data: ReportData): HTMLElement {
  const { working, breaks, total } = data.summary;
  const current = data.current;
  const nowPart = (type: string) =>
    current?.type === type ? t('{0} of it now', formatDuration(current.duration)) : undefined;
  // A range's goal counts the days worked (at least one): weekends and days off do not owe hours.
  const goalDays = Math.max(1, data.days.filter((day) => day.work.length > 0).length);
  const goal = data.goalHours * MS_PER_HOUR * goalDays;
  const reached = percent(working, goal);
  const meter = el('div', {
    class: 'meter',
    role: 'progressbar',
    'aria-label': t('Working time against the goal'),
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': String(Math.min(reached, 100)),
  });
  const fill = el('div', { class: reached >= 100 ? 'meter-fill reached' : 'meter-fill' });
  // CSSOM, not a style attribute: the policy forbids inline styles.
  fill.style.width = `${Math.min(reached, 100)}%`;
  meter.append(fill);
  return el(
    'section',
    { class: 'cards', 'aria-label': t('Summary') },
    card('briefcase', t('Working'), formatDuration(working), nowPart('work')),
    card('coffee', t('Break'), formatDuration(breaks), nowPart('break')),
    card(
      'watch',
      t('Total'),
      formatDuration(total),
      t('{0} working', formatPercent(percent(working, total))),
    ),
    card(
      'target',
      t('Goal'),
      formatPercent(reached),
      goalDays === 1
        ? t(
            '{0} of {1} ({2} × 1 day)',
            formatDuration(working),
            formatDuration(goal),
            formatHours(data.goalHours),
          )
        : t(
            '{0} of {1} ({2} × {3} days)',
            formatDuration(working),
            formatDuration(goal),
            formatHours(data.goalHours),
            goalDays,
          ),
      meter,
    ),
  );
}

function card(
  iconName: string,
  label: string,
  value: string,
  note: string | undefined,
  extra?: HTMLElement,
): HTMLElement {
  return el(
    'div',
    { class: 'card' },
    el('div', { class: 'card-label' }, icon(iconName), ` ${label}`),
    el('div', { class: 'card-value' }, value),
    note !== undefined && el('div', { class: 'card-note' }, note),
    extra,
  );
}
