import type { RangeArgs } from '../protocol';
import { addDays } from './format';
import { t } from './l10n';

/*
 * The range picker's presets, each a set of `report` arguments. Pure: computed from the report's `today` (the
 * timesheet's clock, sent with the data), not from the webview's clock.
 */

export type PresetId =
  | 'today'
  | 'yesterday'
  | 'this-week'
  | 'last-week'
  | 'this-month'
  | 'last-month'
  | 'last-30-days'
  | 'this-year'
  | 'custom';

/** Labels are functions: a menu names its choices in the display language when it is built. */
export const PRESETS: readonly { readonly id: PresetId; readonly label: () => string }[] = [
  { id: 'today', label: () => t('Today') },
  { id: 'yesterday', label: () => t('Yesterday') },
  { id: 'this-week', label: () => t('This week') },
  { id: 'last-week', label: () => t('Last week') },
  { id: 'this-month', label: () => t('This month') },
  { id: 'last-month', label: () => t('Last month') },
  { id: 'last-30-days', label: () => t('Last 30 days') },
  { id: 'this-year', label: () => t('This year') },
  { id: 'custom', label: () => t('Custom…') },
];

/** The arguments of a preset; `custom` is the days shown now, ready to be changed. */
export function rangeOfPreset(
  id: PresetId,
  today: string,
  shown: { first: string; last: string },
): RangeArgs {
  switch (id) {
    case 'today':
      return { date: 'today' };
    case 'yesterday':
      return { date: 'yesterday' };
    case 'this-week':
      return { week: 'this' };
    case 'last-week':
      return { week: 'prev' };
    case 'this-month':
      return { month: 'this' };
    case 'last-month':
      return { month: 'prev' };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'custom':
      return { from: shown.first, to: shown.last };
  }
}

/** The preset whose arguments these are, or `custom`. */
export function presetOfRange(range: RangeArgs, today: string): PresetId {
  const key = JSON.stringify(normalized(range));
  const shown = { first: today, last: today };
  const match = PRESETS.find(
    ({ id }) => id !== 'custom' && JSON.stringify(normalized(rangeOfPreset(id, today, shown))) === key,
  );
  return match?.id ?? 'custom';
}

function normalized(range: RangeArgs): RangeArgs {
  const { date, from, to, week, month } = range;
  return { date, from, to, week, month };
}
