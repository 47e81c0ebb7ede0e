import type { ActivityReport, Signal, SignalKind, WorkContext } from '../api';

/** Kinds a plugin may report as the person's work; `agent` is Timekeeper's own verdict on edits, never reported. */
const REPORTABLE_KINDS: ReadonlySet<string> = new Set<SignalKind>([
  'edit',
  'read',
  'terminal',
  'debug',
  'task',
  'chat',
  'other',
]);
export const MAX_DETAIL_LENGTH = 200;

/**
 * The signal for an activity another extension reported (`reportActivity`): the person's work, from that extension.
 * Throws an error that says what was wrong and what to pass instead.
 */
export function reportedSignal(
  activity: ActivityReport,
  options: { extensionId: string } | undefined,
  time: number,
  context: WorkContext,
): Signal {
  const extensionId: unknown = options?.extensionId;
  if (typeof extensionId !== 'string' || extensionId.trim() === '') {
    throw new Error(
      'reportActivity needs { extensionId } as its second argument: pass context.extension.id, so the journal says where the work was.',
    );
  }
  if (typeof activity !== 'object' || activity === null) {
    throw new Error(
      `reportActivity expects { kind, detail? }, e.g. { kind: 'chat' }; got ${String(activity)}.`,
    );
  }
  const kind: unknown = activity.kind;
  if (typeof kind !== 'string' || kind.trim() === '') {
    throw new Error(
      `reportActivity: kind must be a non-empty string such as 'chat', 'edit' or 'read'; got ${JSON.stringify(kind) ?? 'undefined'}.`,
    );
  }
  if (kind === 'agent') {
    throw new Error(
      "reportActivity reports the person's work, which 'agent' is not: report what the person does (e.g. 'chat').",
    );
  }
  const detail: unknown = activity.detail;
  if (detail !== undefined && (typeof detail !== 'string' || detail.length > MAX_DETAIL_LENGTH)) {
    throw new Error(
      `reportActivity: detail must be a string of at most ${MAX_DETAIL_LENGTH} characters when given (a name, not content); got ${typeof detail === 'string' ? `${detail.length} characters` : typeof detail}.`,
    );
  }
  const known = REPORTABLE_KINDS.has(kind);
  const signal: Signal = {
    ...context,
    time,
    kind: known ? (kind as SignalKind) : 'other',
    actor: 'person',
    source: extensionId,
  };
  // An unknown kind is kept as the detail when there is none, so `other` still says what it was.
  const described = detail?.trim() || (known ? undefined : kind.trim());
  return described === undefined ? signal : { ...signal, detail: described };
}
