// The journal's vocabulary lives in the v1 API (sub-plugins record through it); this module is its home for the
// journal's own code, plus the checks a signal passes before it opens a record.
import type { Actor, Signal, SignalKind } from '../api';

export type { Actor, Signal, SignalKind, Span, WorkContext } from '../api';

export const SIGNAL_KINDS: readonly SignalKind[] = [
  'edit',
  'read',
  'terminal',
  'debug',
  'task',
  'agent',
  'chat',
  'other',
];
export const ACTORS: readonly Actor[] = ['person', 'agent'];

const CONTEXT_FIELDS = ['folder', 'repository', 'branch', 'language', 'file', 'detail'] as const;

/**
 * Throws an error saying what is wrong with a signal, so a listener or plugin with a bug fails where it records,
 * not later in a reader. Runs only when a signal opens a new record, never on the coalesced keystroke path.
 */
export function checkSignal(signal: Signal): void {
  if (typeof signal !== 'object' || signal === null) {
    throw new Error(`Journal.record: expected a signal object, got ${String(signal)}.`);
  }
  if (typeof signal.time !== 'number' || !Number.isFinite(signal.time)) {
    throw new Error(
      `Journal.record: time must be epoch milliseconds from the Now component, got ${String(signal.time)}.`,
    );
  }
  if (!SIGNAL_KINDS.includes(signal.kind)) {
    throw new Error(
      `Journal.record: kind must be one of ${SIGNAL_KINDS.join(', ')}; got ${JSON.stringify(signal.kind)}.`,
    );
  }
  if (!ACTORS.includes(signal.actor)) {
    throw new Error(
      `Journal.record: actor must be 'person' or 'agent', got ${JSON.stringify(signal.actor)}.`,
    );
  }
  if (typeof signal.source !== 'string' || signal.source.trim() === '') {
    throw new Error('Journal.record: source must be the id of the extension that saw the work.');
  }
  for (const field of CONTEXT_FIELDS) {
    const value = signal[field];
    if (value !== undefined && typeof value !== 'string') {
      throw new Error(`Journal.record: ${field} must be a string when given, got ${typeof value}.`);
    }
  }
}
