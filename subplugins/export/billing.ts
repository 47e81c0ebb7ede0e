import { formatIsoDate, type ReportModel } from '../../src/api';

/*
 * Billing: each project's (or ticket's) work per day, rounded as the person bills it, priced at their hourly rates.
 * Hours and money are whole hundredths (of an hour, of the currency), so rows, totals and the formats agree to the
 * cent and print with two decimals exactly. Pure: the settings are read by the caller.
 */

/** The `timekeeper.billing.*` settings, checked. */
export interface BillingSettings {
  /** Minutes each row is rounded to (6, 15 or 30); 0 bills the exact minutes. */
  readonly step: number;
  readonly mode: 'up' | 'nearest';
  readonly groupBy: 'project' | 'ticket';
  /** Hourly rates by project or ticket, keys in lower case; null for a rate the setting has wrong. */
  readonly rates: ReadonlyMap<string, number | null>;
  readonly currency: string;
}

export interface BillingRow {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly project: string;
  /** The ticket key (`ABC-123`); '' for a project's time without a ticket, and for every row by project. */
  readonly ticket: string;
  /** The work, in whole minutes. */
  readonly minutes: number;
  /** The billed hours after rounding, in hundredths. */
  readonly hours: number;
  readonly rate?: number;
  /** hours × rate, in cents; absent without a rate. */
  readonly amount?: number;
}

/** A project's rows added up, or all of them (`project` undefined). */
export interface BillingTotal {
  readonly project?: string;
  readonly minutes: number;
  readonly hours: number;
  /** The rows' amounts added up; absent when no row has one (rows without a rate add nothing). */
  readonly amount?: number;
}

export interface Billing {
  readonly rows: readonly BillingRow[];
  /** Per project, in the report's (utt's) order. */
  readonly projects: readonly BillingTotal[];
  readonly total: BillingTotal;
}

/** A task that starts with an issue tracker's key, as branches name them: `ABC-123 login`, `gh-7`. */
const TICKET = /^[A-Za-z][A-Za-z0-9]*-\d+(?![A-Za-z0-9])/;

/** The billed minutes of a row: rounded to `step`, up or to the nearest (a half step rounds up). */
export function billedMinutes(minutes: number, step: number, mode: 'up' | 'nearest'): number {
  if (step === 0) return minutes;
  return (mode === 'up' ? Math.ceil(minutes / step) : Math.floor((2 * minutes + step) / (2 * step))) * step;
}

/**
 * The `rates` setting as rates by lower-case key, and what it has wrong: each rate that is not a number ≥ 0 (its
 * amounts are left empty, never 0), or the whole setting when it is not an object of rates.
 */
export function parseRates(setting: unknown): {
  readonly rates: Map<string, number | null>;
  readonly bad: readonly string[];
} {
  const rates = new Map<string, number | null>();
  if (typeof setting !== 'object' || setting === null || Array.isArray(setting))
    return { rates, bad: [JSON.stringify(setting)] };
  const bad: string[] = [];
  for (const [key, rate] of Object.entries(setting)) {
    const good = typeof rate === 'number' && Number.isFinite(rate) && rate >= 0;
    if (!good) bad.push(`${key}: ${JSON.stringify(rate)}`);
    rates.set(key.toLowerCase(), good ? rate : null);
  }
  return { rates, bad };
}

export function billing(model: ReportModel, settings: BillingSettings): Billing {
  const tickets = settings.groupBy === 'ticket' ? ticketTime(model) : undefined;
  const rows: BillingRow[] = [];
  for (const day of model.days) {
    const date = formatIsoDate(day.date);
    for (const { project, duration } of day.work) {
      // The model has each project's day; tickets split it, and what no ticket names stays the project's.
      const split = [...(tickets?.get(`${date} ${project}`) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1));
      const unticketed = split.reduce((rest, [, time]) => rest - time, duration);
      for (const [ticket, time] of [['', unticketed] as const, ...split]) {
        const minutes = Math.floor(time / 60_000);
        if (minutes > 0) rows.push(row(date, project, ticket, minutes, settings));
      }
    }
  }
  const byProject = new Map<string, BillingRow[]>();
  for (const each of rows) {
    const own = byProject.get(each.project) ?? [];
    own.push(each);
    byProject.set(each.project, own);
  }
  return {
    rows,
    projects: model.projects.flatMap(({ project }) => {
      const own = byProject.get(project);
      return own ? [{ project, ...sum(own) }] : [];
    }),
    total: sum(rows),
  };
}

function row(
  date: string,
  project: string,
  ticket: string,
  minutes: number,
  settings: BillingSettings,
): BillingRow {
  // Whole hundredths of an hour: 6, 15 and 30 minutes are exact; exact minutes round to the nearest (never a tie).
  const hours = Math.round((billedMinutes(minutes, settings.step, settings.mode) * 100) / 60);
  // A ticket's own rate (even a bad one) wins over its project's.
  const { rates } = settings;
  const key = ticket && rates.has(ticket.toLowerCase()) ? ticket : project;
  const rate = rates.get(key.toLowerCase()) ?? undefined;
  if (rate === undefined) return { date, project, ticket, minutes, hours };
  // hours are hundredths, so hours × rate is cents; toPrecision drops the binary noise of rates like 80.1.
  return {
    date,
    project,
    ticket,
    minutes,
    hours,
    rate,
    amount: Math.round(Number((hours * rate).toPrecision(12))),
  };
}

function sum(rows: readonly BillingRow[]): BillingTotal {
  const priced = rows.filter((each) => each.amount !== undefined);
  return {
    minutes: rows.reduce((total, each) => total + each.minutes, 0),
    hours: rows.reduce((total, each) => total + each.hours, 0),
    ...(priced.length > 0 ? { amount: priced.reduce((total, each) => total + (each.amount ?? 0), 0) } : {}),
  };
}

/** Work per ticket, by `<day> <project>`: the activities' split of what the model adds up per project and day. */
function ticketTime(model: ReportModel): Map<string, Map<string, number>> {
  const time = new Map<string, Map<string, number>>();
  for (const activity of model.activities) {
    const ticket = TICKET.exec(activity.task)?.[0].toUpperCase();
    if (activity.type !== 'work' || ticket === undefined) continue;
    const key = `${formatIsoDate(activity.start)} ${activity.project}`;
    const tickets = time.get(key) ?? new Map<string, number>();
    tickets.set(ticket, (tickets.get(ticket) ?? 0) + activity.duration);
    time.set(key, tickets);
  }
  return time;
}
