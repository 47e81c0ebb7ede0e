import type { SignalSummary, Span, TimeRange } from '../api';
import type { JournalReading } from '../journal/journalReading';
import { fileKey, rowsBy, timeInside } from './breakdown';

/** A stretch of time to summarise: its times, and the milliseconds the report counts for it. */
export interface Stretch {
  readonly start: Date;
  readonly end: Date;
  /**
   * The report's duration, on the wall clock: it differs from `end - start` across a daylight saving change, so the
   * person's time is capped at it to keep person + unobserved = duration.
   */
  readonly duration: number;
}

/** Kinds whose `detail` names what ran: the terminal program, the task, the debug type. */
const COMMAND_KINDS: ReadonlySet<Span['kind']> = new Set(['terminal', 'task', 'debug']);

/**
 * What the journal saw during a stretch. Times come from the spans (who held each moment); files edited from the
 * records (what was done), so two files edited at once count two though one of them held the time. `idleAfter` is the
 * idle time in milliseconds: a stretch of the stretch without the person for longer than that is listed as idle
 * (`Infinity` lists none, for time the journal did not watch at all).
 */
export function signalSummary(
  { spans, records }: JournalReading,
  stretch: Stretch,
  idleAfter: number,
): SignalSummary {
  const from = stretch.start.getTime();
  const to = stretch.end.getTime();
  const inside = spans.filter((span) => timeInside(span, from, to) > 0);
  const person = inside.filter((span) => span.actor !== 'agent');
  const agents = inside.filter((span) => span.actor === 'agent');
  const { observed, idle } = presence(person, from, to, idleAfter);
  const personTime = Math.min(observed, Math.max(0, stretch.duration));
  const done = records.filter((record) => happenedWithin(record, from, to));
  const edited = (edits: readonly Span[]) =>
    new Set(edits.map(fileKey).filter((key) => key !== undefined)).size;
  return {
    person: personTime,
    unobserved: stretch.duration - personTime,
    agent: agents.reduce((sum, span) => sum + timeInside(span, from, to), 0),
    idle,
    filesEdited: edited(done.filter((record) => record.actor !== 'agent' && record.kind === 'edit')),
    filesEditedByAgents: edited(
      done.filter(
        (record) => record.actor === 'agent' && (record.kind === 'edit' || record.kind === 'agent'),
      ),
    ),
    languages: rowsBy(inside, (span) => span.language, from, to),
    branches: rowsBy(inside, (span) => span.branch, from, to),
    commands: rowsBy(
      inside,
      (span) =>
        COMMAND_KINDS.has(span.kind)
          ? span.detail === undefined
            ? span.kind
            : `${span.kind}: ${span.detail}`
          : undefined,
      from,
      to,
    ),
  };
}

/**
 * Whether a record happened inside `[from, to)`: a record with a length overlaps it; a record of one signal (no
 * length) lies in it. A record that ends where the stretch begins happened before it.
 */
function happenedWithin(record: Span, from: number, to: number): boolean {
  if (record.start >= to) return false;
  return record.end === record.start ? record.start >= from : record.end > from;
}

/**
 * The person's time inside `[from, to)` and the gaps longer than `idleAfter` between it, the stretch's edges
 * included. The journal's person spans never overlap; they are merged anyway, so a plugin's journal that overlaps
 * them cannot count a minute twice.
 */
function presence(
  person: readonly Span[],
  from: number,
  to: number,
  idleAfter: number,
): { observed: number; idle: TimeRange[] } {
  const idle: TimeRange[] = [];
  const gap = (start: number, end: number) => {
    if (end - start > idleAfter) idle.push({ from: new Date(start), to: new Date(end) });
  };
  let observed = 0;
  let reached = from;
  for (const span of [...person].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > reached) gap(reached, start);
    if (end > reached) {
      observed += end - Math.max(start, reached);
      reached = end;
    }
  }
  gap(reached, to);
  return { observed, idle };
}
