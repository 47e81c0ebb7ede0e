import type { ReportData } from '../protocol';
import { chartLayout } from './chartLayout';
import { svg } from './dom';
import { formatDuration, formatHours, projectLabel } from './format';
import { t } from './l10n';

/*
 * The per-day chart, stacked by project, as SVG generated here rather than with a chart library: no dependency to
 * keep up, a few hundred bytes of code instead of tens of kilobytes, and it takes the theme's own colours
 * (--vscode-charts-*) through CSS classes, so light, dark and high contrast need nothing more.
 */

/** Draws the chart at `width` pixels; `series-N` classes colour the projects (report.css). */
export function renderChart(data: ReportData, width: number): SVGSVGElement {
  const layout = chartLayout(data.days, data.goalHours, width);
  const worked = layout.bars.filter((bar) => bar.total > 0);
  const busiest = worked.reduce((best, bar) => (bar.total > best.total ? bar : best), worked[0]);
  const label =
    worked.length === 0
      ? t('No work in this range.')
      : t(
          'Work per day, {0} of {1} days worked; most on {2}: {3}. Goal {4} a day.',
          worked.length,
          layout.bars.length,
          busiest.date,
          formatDuration(busiest.total),
          formatHours(data.goalHours, 'long'),
        );
  const chart = svg('svg', {
    class: 'chart',
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'aria-label': label,
  });
  for (const tick of layout.yTicks) {
    chart.append(
      svg('line', { class: 'grid', x1: layout.plot.left, x2: layout.plot.right, y1: tick.y, y2: tick.y }),
      svg(
        'text',
        { class: 'axis', x: layout.plot.left - 6, y: tick.y + 4, 'text-anchor': 'end' },
        formatHours(tick.hours),
      ),
    );
  }
  for (const bar of worked) {
    const parts = bar.segments.map(
      (segment) =>
        `${projectLabel(data.projects[segment.project].project)} ${formatDuration(segment.duration)}`,
    );
    chart.append(
      svg(
        'g',
        { class: 'bar' },
        svg('title', {}, `${bar.date}: ${formatDuration(bar.total)}\n${parts.join('\n')}`),
        ...bar.segments.map((segment) =>
          svg('rect', {
            class: `series-${segment.project % 12}`,
            x: bar.x,
            y: segment.y,
            width: bar.width,
            height: Math.max(segment.height, 0.5),
          }),
        ),
      ),
    );
  }
  chart.append(
    svg('line', {
      class: 'goal',
      x1: layout.plot.left,
      x2: layout.plot.right,
      y1: layout.goalY,
      y2: layout.goalY,
    }),
  );
  for (const text of layout.xLabels) {
    chart.append(
      svg('text', { class: 'axis', x: text.x, y: layout.height - 6, 'text-anchor': 'middle' }, text.text),
    );
  }
  return chart;
}
