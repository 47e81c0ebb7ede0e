import { formatIsoDate, type Activity, type ExplainQuery, type Explanation, type ReportModel } from '../api';
import type { JournalReading } from '../journal/journalReading';
import { signalSummary } from './signalSummary';

/** The number being explained: what it is of, the report's value, and the activities that make it. */
export interface Subject {
  readonly subject: string;
  readonly total: number;
  readonly activities: readonly Activity[];
}

/** How many names an unknown subject's message lists: enough to spot the typo, not a screenful. */
const LISTED = 10;

/** The report's days as messages and headings write them: `2024-06-03`, or `2024-06-03 to 2024-06-09`. */
export function daysOf(model: Pick<ReportModel, 'start' | 'end'>): string {
  const first = formatIsoDate(model.start);
  const last = formatIsoDate(model.end);
  return first === last ? first : `${first} to ${last}`;
}

/** A project as the user types it back: '' is the names without a project. */
function projectText(project: string): string {
  return project === '' ? '""' : project;
}

/**
 * The number `query` asks about in `model`, with the activities behind it: a name's work or break activities, a
 * project's work activities, or all work. The total is the report's own number for it, never a sum made here.
 * Throws, listing what the days have, for a name or project the report does not show.
 */
export function subjectOf(model: ReportModel, query: Pick<ExplainQuery, 'name' | 'project'>): Subject {
  const { name, project } = query;
  if (name !== undefined) {
    const totals = [...model.names.work, ...model.names.breaks];
    const total = totals.find((line) => line.name === name);
    if (!total)
      throw unknown(
        'activity',
        name,
        model,
        totals.map((line) => line.name),
      );
    return {
      subject: name,
      total: total.duration,
      activities: model.activities.filter(
        (a) => a.name === name && (a.type === 'work' || a.type === 'break'),
      ),
    };
  }
  if (project !== undefined) {
    const total = model.projects.find((line) => line.project === project);
    if (!total)
      throw unknown(
        'project',
        projectText(project),
        model,
        model.projects.map((p) => projectText(p.project)),
      );
    return {
      subject: `project ${projectText(project)}`,
      total: total.duration,
      activities: model.activities.filter((a) => a.type === 'work' && a.project === project),
    };
  }
  return {
    subject: 'working time',
    total: model.summary.working,
    activities: model.activities.filter((a) => a.type === 'work'),
  };
}

function unknown(what: string, asked: string, model: ReportModel, known: readonly string[]): Error {
  const days = daysOf(model);
  const where = days.includes(' to ') ? 'the days have' : 'the day has';
  const listed =
    known.slice(0, LISTED).join(', ') + (known.length > LISTED ? `, … (${known.length} in all)` : '');
  return new Error(
    `No ${what} "${asked}" in ${days}; ${known.length === 0 ? `${where} no ${what}` : `${where}: ${listed}`}.`,
  );
}

/**
 * The explanation of a subject: one part per activity, in the report's order (the current activity last), each with
 * what the journal saw during it. `journal` is the journal's reading of the report's days; `idleMinutes` the idle
 * setting.
 */
export function explanationOf(
  model: ReportModel,
  subject: Subject,
  journal: JournalReading,
  idleMinutes: number,
): Explanation {
  // Without a single sign of the person in the report's days the journal was not watching (off, or before it
  // existed): its silence says nothing about idleness, so no idle time is listed, and all the time is unobserved.
  const watched = journal.spans.some((span) => span.actor !== 'agent');
  const idleAfter = watched ? idleMinutes * 60_000 : Number.POSITIVE_INFINITY;
  return {
    subject: subject.subject,
    start: model.start,
    end: model.end,
    total: subject.total,
    parts: subject.activities.map((activity) => ({
      name: activity.name,
      start: activity.start,
      end: activity.end,
      duration: activity.duration,
      ...(activity.line === undefined ? {} : { line: activity.line }),
      current: activity.current,
      ...(activity.comment === undefined ? {} : { comment: activity.comment }),
      signals: signalSummary(journal, activity, idleAfter),
    })),
  };
}
