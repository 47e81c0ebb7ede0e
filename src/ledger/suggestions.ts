import type { NewEntry, Span, SuggestedEntry, TimeRange } from '../api';
import { HELLO_ENTRY_NAME, isHelloName } from '../core/entry';
import { MS_PER_MINUTE } from '../core/wallClock';
import { AWAY_BREAK_NAME } from '../tracking/gapEntries';

/**
 * Where suggestions come from (docs/JOURNAL.md, "Suggestions"): the time the timesheet does not cover, cut into the
 * person's named work, breaks and day starts. Pure: times are epoch milliseconds, entries whole minutes.
 */

/** A stretch of time no entry covers. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
  /**
   * True when it begins at an entry (after the last one, on the day of its work): its first piece starts there.
   * Otherwise its work begins a day with `hello`, and the time before counts nowhere.
   */
  readonly atEntry: boolean;
}

/** A run of the person's work under one name. */
interface Piece {
  start: number;
  end: number;
  name: string;
  /** No piece within the idle time before it: a short one joins the piece after it. */
  readonly firstOfRun: boolean;
}

export interface SuggestionPlan {
  readonly entries: readonly SuggestedEntry[];
  /** Milliseconds of the `work` entries. */
  readonly unlogged: number;
}

const floorMinute = (time: number) => Math.floor(time / MS_PER_MINUTE) * MS_PER_MINUTE;
const roundMinute = (time: number) => Math.round(time / MS_PER_MINUTE) * MS_PER_MINUTE;
const ceilMinute = (time: number) => Math.ceil(time / MS_PER_MINUTE) * MS_PER_MINUTE;
const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

/**
 * The stretches of `range` that no entry covers (rule 1): before the first entry, between an entry and a `hello` after
 * it, after the last entry. A stretch that ends at an entry ends a minute before it (an entry of the same minute would
 * land after it); one before a `hello` begins a minute after the entry before it. The range is cut to whole minutes
 * inside it. The stretch after the last entry is read from that entry when the range starts later on the same day,
 * since the activity the next entry ends begins there.
 */
export function uncoveredStretches(entries: readonly NewEntry[], range: TimeRange): Stretch[] {
  const from = ceilMinute(range.from.getTime());
  const to = floorMinute(range.to.getTime());
  const stretches: Stretch[] = [];
  const add = (start: number, end: number, atEntry: boolean, lowest = from) => {
    const clipped = { from: Math.max(start, lowest), to: Math.min(end, to) };
    if (clipped.to > clipped.from) stretches.push({ ...clipped, atEntry: atEntry && clipped.from === start });
  };
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) {
    add(-Infinity, Infinity, false);
    return stretches;
  }
  add(-Infinity, first.date.getTime() - MS_PER_MINUTE, false);
  for (let i = 0; i + 1 < entries.length; i++) {
    const next = entries[i + 1] as NewEntry;
    if (isHelloName(next.name)) {
      // Its `hello` needs a minute of its own after the entry before it, which covers its own minute.
      add(
        (entries[i] as NewEntry).date.getTime() + MS_PER_MINUTE,
        next.date.getTime() - MS_PER_MINUTE,
        false,
      );
    }
  }
  const lastTime = last.date.getTime();
  add(lastTime, Infinity, true, lastTime < from && sameDay(lastTime, from) ? lastTime : from);
  return stretches;
}

/**
 * Whether an entry ending at `time` would log time no entry covers, the test `Suggester.log` applies to what it is
 * asked to write after reading the timesheet again.
 */
export function isUncovered(entries: readonly NewEntry[], time: number): boolean {
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last || time > last.date.getTime() || time < first.date.getTime()) return true;
  // The first entry at or after `time`: the time is uncovered when it is a `hello` and `time` is strictly between.
  let low = 0;
  let high = entries.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entries[middle] as NewEntry).date.getTime() < time) low = middle + 1;
    else high = middle;
  }
  const next = entries[low] as NewEntry;
  return isHelloName(next.name) && next.date.getTime() > time;
}

/**
 * The person's work in one stretch as named pieces (rules 2 and 3): spans named, neighbours of the same name joined
 * across gaps up to the idle time, a piece shorter than a minute joined to the piece before it (to the one after
 * it when it begins a run), boundaries rounded to the minute, pieces that round to nothing dropped.
 */
function piecesOf(
  spans: readonly Span[],
  stretch: Stretch,
  name: (span: Span) => string,
  idleMs: number,
): Piece[] {
  const pieces: Piece[] = [];
  for (const span of spans) {
    if (span.actor !== 'person' || span.end <= stretch.from || span.start >= stretch.to) continue;
    const start = Math.max(span.start, stretch.from);
    const end = Math.min(span.end, stretch.to);
    const piece = { start, end, name: name({ ...span, start, end }) };
    const last = pieces.at(-1);
    const near = last !== undefined && start - last.end <= idleMs;
    if (last && near && (last.name === piece.name || end - start < MS_PER_MINUTE)) {
      last.end = Math.max(last.end, end);
    } else if (last && near && last.firstOfRun && last.end - last.start < MS_PER_MINUTE) {
      last.end = end;
      last.name = piece.name;
    } else {
      pieces.push({ ...piece, firstOfRun: !near });
    }
  }
  const rounded: Piece[] = [];
  for (const piece of pieces) {
    const start = roundMinute(piece.start);
    const end = roundMinute(piece.end);
    if (end <= start) continue;
    const last = rounded.at(-1);
    // A piece between two of one name that rounded to nothing leaves them neighbours again.
    if (last && last.name === piece.name && start - last.end <= idleMs) last.end = end;
    else rounded.push({ ...piece, start, end });
  }
  return rounded;
}

/**
 * The entries that log the stretches (rules 4 to 6): each piece ends at the next piece's start when the gap between
 * them is at most the idle time, else at its own end; a longer gap is a break (`away**`) up to the next piece, or,
 * across midnight, a new day (`hello`) at it. The first piece of a stretch that begins at an entry starts at that
 * entry (a longer lead is a break, or a new day); any other stretch begins its day with `hello`. Nothing is
 * proposed after the last piece. Each entry carries the spans (the person's and agents') within its time.
 */
export function planSuggestions(
  stretches: readonly Stretch[],
  spans: readonly Span[],
  name: (span: Span) => string,
  idleMs: number,
): SuggestionPlan {
  const planned: Omit<SuggestedEntry, 'spans'>[] = [];
  const day = (time: number) =>
    planned.push({ date: new Date(time), start: new Date(time), name: HELLO_ENTRY_NAME, kind: 'day' });
  for (const stretch of stretches) {
    const pieces = piecesOf(spans, stretch, name, idleMs);
    let previous = stretch.atEntry ? stretch.from : undefined;
    pieces.forEach((piece, k) => {
      if (previous === undefined) {
        day(piece.start);
      } else if (piece.start - previous > idleMs) {
        if (sameDay(previous, piece.start)) {
          planned.push({
            date: new Date(piece.start),
            start: new Date(previous),
            name: AWAY_BREAK_NAME,
            kind: 'break',
          });
        } else {
          day(piece.start);
        }
      }
      const start = previous === undefined || piece.start - previous > idleMs ? piece.start : previous;
      const next = pieces[k + 1];
      const end = next && next.start - piece.end <= idleMs ? next.start : piece.end;
      planned.push({ date: new Date(end), start: new Date(start), name: piece.name, kind: 'work' });
      previous = end;
    });
  }
  const entries = withSpans(planned, spans);
  const unlogged = entries
    .filter((entry) => entry.kind === 'work')
    .reduce((total, entry) => total + entry.date.getTime() - entry.start.getTime(), 0);
  return { entries, unlogged };
}

/** Each entry with the spans within its time, clipped to it; entries and spans are in time order. */
function withSpans(
  planned: readonly Omit<SuggestedEntry, 'spans'>[],
  spans: readonly Span[],
): SuggestedEntry[] {
  let low = 0;
  return planned.map((entry) => {
    const start = entry.start.getTime();
    const end = entry.date.getTime();
    // Spans before `low` ended before this entry began, so before every later one too.
    while (low < spans.length && (spans[low] as Span).end <= start) low++;
    const within: Span[] = [];
    for (let i = low; i < spans.length; i++) {
      const span = spans[i] as Span;
      if (span.start >= end) break;
      if (span.end > start)
        within.push({ ...span, start: Math.max(span.start, start), end: Math.min(span.end, end) });
    }
    return { ...entry, spans: within };
  });
}
