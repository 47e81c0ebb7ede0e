import type { Span } from './signal';

/** Whether two spans are of the same work: everything but their times. */
export function sameWork(a: Span, b: Span): boolean {
  return (
    a.kind === b.kind &&
    a.actor === b.actor &&
    a.file === b.file &&
    a.folder === b.folder &&
    a.branch === b.branch &&
    a.repository === b.repository &&
    a.language === b.language &&
    a.source === b.source &&
    a.detail === b.detail
  );
}

interface Segment {
  readonly work: Span;
  readonly start: number;
  end: number;
}

/**
 * Turns journal records (from any number of windows, in any order, overlapping) into spans:
 *
 * 1. Each actor is one timeline. A person is in one place at a time: where records overlap, the one that began most
 *    recently holds the time until it ends, then the time returns to the one still going (window A's long edit,
 *    interrupted by two minutes in window B, reads A, B, A). Agents work beside the person, so their records form
 *    their own timeline, which may overlap the person's.
 * 2. A gap of at most `idleMs` between two records is work, counted to the one before it (as heartbeat trackers
 *    count the time between heartbeats); a longer gap is idle time and splits the spans.
 * 3. Adjacent pieces of the same work join; spans of no length (a lone signal inside other work) disappear.
 * 4. The result is clipped to [from, to] and ordered by start, then actor.
 */
export function spansOf(records: readonly Span[], idleMs: number, from: number, to: number): Span[] {
  const byActor = new Map<string, Span[]>();
  for (const record of records) {
    let list = byActor.get(record.actor);
    if (!list) byActor.set(record.actor, (list = []));
    list.push(record);
  }
  const spans: Span[] = [];
  for (const list of byActor.values()) {
    for (const segment of joined(segmentsOf(list), idleMs)) {
      const start = Math.max(segment.start, from);
      const end = Math.min(segment.end, to);
      if (end > start) spans.push({ ...segment.work, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}

/** Step 1: who holds each moment of one actor's timeline, by a sweep over records sorted by start. */
function segmentsOf(records: Span[]): Segment[] {
  // Equal starts: the longer first, so the shorter (pushed last) holds the time while it lasts. Equal starts and
  // ends (two records going on at once in one window are written in pieces cut at the same times): the order read,
  // kept by the stable sort; a window lists its records in the order they began, so the one begun last holds it.
  records.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  const stack: Span[] = [];
  let time = -Infinity;
  const emit = (work: Span, start: number, end: number) => {
    const last = segments[segments.length - 1];
    if (last && last.end === start && sameWork(last.work, work)) last.end = end;
    else segments.push({ work, start, end });
  };
  /** Gives the time up to `until` to the records on the stack, latest start first. */
  const advance = (until: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Span;
      if (top.end < time) {
        stack.pop(); // Ended while a later record held the time.
      } else if (top.end <= until) {
        emit(top, time, top.end);
        time = top.end;
        stack.pop();
      } else {
        if (until > time) emit(top, time, until);
        break;
      }
    }
    time = until;
  };
  for (const record of records) {
    advance(record.start);
    stack.push(record);
  }
  advance(Infinity);
  return segments;
}

/** Steps 2 and 3: bridges gaps up to `idleMs`, drops empty segments, joins neighbours of the same work. */
function joined(segments: Segment[], idleMs: number): Segment[] {
  for (let i = 0; i + 1 < segments.length; i++) {
    const current = segments[i] as Segment;
    const next = segments[i + 1] as Segment;
    if (next.start - current.end <= idleMs && next.start > current.end) current.end = next.start;
  }
  const result: Segment[] = [];
  for (const segment of segments) {
    if (segment.end <= segment.start) continue;
    const last = result[result.length - 1];
    if (last && last.end === segment.start && sameWork(last.work, segment.work)) last.end = segment.end;
    else result.push({ ...segment });
  }
  return result;
}
