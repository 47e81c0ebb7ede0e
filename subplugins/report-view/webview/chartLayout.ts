import type { DayRow } from '../protocol';
import { monthDayOf, weekdayOf } from './format';

/*
 * Where the per-day chart's pieces go, in pixels: pure arithmetic, so it is unit-tested without a DOM and drawn
 * by chart.ts as SVG.
 */

export const CHART_HEIGHT = 200;
const MARGIN = { left: 40, right: 8, top: 8, bottom: 22 } as const;
const MS_PER_HOUR = 3_600_000;
/** Hour steps of the y axis: the smallest that needs at most four of them. */
const HOUR_STEPS = [1, 2, 4, 6, 8, 12, 24, 48, 96];
/** Bars of a short range stay bars, not slabs. */
const WIDEST_BAR = 48;
/** The narrowest room a day label needs. */
const LABEL_WIDTH = 46;

export interface Segment {
  /** Index of the project: its colour. */
  readonly project: number;
  readonly y: number;
  readonly height: number;
  readonly duration: number;
}

export interface Bar {
  readonly date: string;
  readonly x: number;
  readonly width: number;
  readonly total: number;
  readonly segments: readonly Segment[];
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly yTicks: readonly { readonly y: number; readonly hours: number }[];
  /** Where the daily goal's line runs. */
  readonly goalY: number;
  readonly bars: readonly Bar[];
  readonly xLabels: readonly { readonly x: number; readonly text: string }[];
}

export function chartLayout(days: readonly DayRow[], goalHours: number, width: number): ChartLayout {
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: CHART_HEIGHT - MARGIN.bottom,
  };
  const totals = days.map((day) => day.work.reduce((sum, [, duration]) => sum + duration, 0));
  const highest = Math.max(goalHours, ...totals.map((total) => total / MS_PER_HOUR));
  const step =
    HOUR_STEPS.find((hours) => Math.ceil(highest / hours) <= 4) ?? HOUR_STEPS[HOUR_STEPS.length - 1];
  const topHours = Math.max(1, Math.ceil(highest / step)) * step;
  const yOf = (hours: number) => plot.bottom - (hours / topHours) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(1, days.length);
  const barWidth = Math.min(WIDEST_BAR, Math.max(1, slot * 0.72));
  const labelEvery = Math.ceil(LABEL_WIDTH / slot);
  const bars = days.map((day, index) => {
    let hours = 0;
    const segments = day.work.map(([project, duration]) => {
      const bottom = yOf(hours);
      hours += duration / MS_PER_HOUR;
      return { project, y: yOf(hours), height: bottom - yOf(hours), duration };
    });
    return {
      date: day.date,
      x: plot.left + index * slot + (slot - barWidth) / 2,
      width: barWidth,
      total: totals[index],
      segments,
    };
  });
  return {
    width,
    height: CHART_HEIGHT,
    plot,
    yTicks: Array.from({ length: topHours / step + 1 }, (_, i) => ({ y: yOf(i * step), hours: i * step })),
    goalY: yOf(goalHours),
    bars,
    xLabels: days
      .map((day, index) => ({ day, index }))
      .filter(({ index }) => index % labelEvery === 0)
      .map(({ day, index }) => ({
        x: plot.left + (index + 0.5) * slot,
        text:
          days.length <= 14 ? `${weekdayOf(day.date)} ${Number(day.date.slice(8))}` : monthDayOf(day.date),
      })),
  };
}
