import type { BreakdownData } from '../protocol';
import { el } from './dom';
import { actorsSentence, breakdownTables } from './explanationText';
import { formatDuration, formatPercent, percent } from './format';
import * as l10n from './l10n';

/**
 * Where the journaled time of the range went: the person against agents, then a table per dimension (language,
 * branch and ticket, file). Every number is text in a table cell; the bars only draw the share beside it, so nothing
 * depends on colour or length alone.
 */
export function renderBreakdown(breakdown: BreakdownData): HTMLElement {
  const all = breakdown.person + breakdown.agent;
  const actors = el(
    'div',
    { class: 'share actors', 'aria-hidden': 'true' },
    bar(percent(breakdown.person, all)),
  );
  return el(
    'div',
    { class: 'breakdown' },
    el('p', {}, actorsSentence(breakdown)),
    actors,
    el(
      'div',
      { class: 'breakdown-tables' },
      ...breakdownTables(breakdown).map((table) =>
        el(
          'div',
          { class: 'table-scroll' },
          el(
            'table',
            { class: 'breakdown-table' },
            el('caption', {}, table.caption),
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', { scope: 'col' }, table.keyTitle),
                el('th', { scope: 'col', class: 'numeric' }, l10n.t('You')),
                el('th', { scope: 'col', class: 'numeric' }, l10n.t('Agents')),
                el('th', { scope: 'col', class: 'numeric' }, l10n.t('Share')),
              ),
            ),
            el(
              'tbody',
              {},
              ...table.rows.map((row) =>
                el(
                  'tr',
                  {},
                  el('th', { scope: 'row', class: 'breakdown-key' }, row.key),
                  el('td', { class: 'numeric' }, formatDuration(row.person)),
                  el('td', { class: 'numeric' }, formatDuration(row.agent)),
                  el(
                    'td',
                    { class: 'numeric' },
                    el('div', { class: 'share', 'aria-hidden': 'true' }, bar(row.share)),
                    formatPercent(row.share),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function bar(share: number): HTMLElement {
  const fill = el('div', { class: 'share-fill series-0' });
  // CSSOM, not a style attribute: the policy forbids inline styles.
  fill.style.width = `${share}%`;
  return fill;
}
