import type { ReportData } from '../protocol';
import { el, linkButton } from './dom';
import { explainButton, type Explain } from './explainPane';
import { projectSubject } from './explanationText';
import { formatPercent, percent, projectLabel } from './format';
import { t } from './l10n';

/** Work per project, longest first, in the chart's colours; a project's name filters the report to it. */
export function renderProjects(
  data: ReportData,
  filterTo: (project: string) => void,
  explain: Explain,
): HTMLElement {
  const working = data.summary.working;
  if (data.projects.length === 0) return el('p', { class: 'empty' }, t('No work in this range.'));
  return el(
    'ul',
    { class: 'projects' },
    ...data.projects.map((row, index) => {
      const bar = el('div', { class: `share-fill series-${index % 12}` });
      bar.style.width = `${percent(row.duration, working)}%`;
      const name =
        data.query.project === row.project
          ? el('span', { class: 'project-name' }, projectLabel(row.project))
          : linkButton(projectLabel(row.project), t('Show only this project'), () => filterTo(row.project));
      return el(
        'li',
        {},
        el(
          'div',
          { class: 'project-line' },
          el('span', { class: `swatch series-${index % 12}`, 'aria-hidden': 'true' }),
          name,
          el(
            'span',
            { class: 'duration' },
            explainButton({ project: row.project }, projectSubject(row.project), row.duration, explain),
          ),
          el('span', { class: 'muted' }, formatPercent(percent(row.duration, working))),
        ),
        el('div', { class: 'share', 'aria-hidden': 'true' }, bar),
        el('div', { class: 'tasks muted' }, row.tasks.join(', ')),
      );
    }),
  );
}
