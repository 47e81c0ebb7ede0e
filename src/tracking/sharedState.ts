/**
 * What every window of the machine shares about tracking, in a small JSON file beside the timesheet. Times are epoch
 * milliseconds. A missing or corrupt file reads as `EMPTY_SHARED_STATE`: each window then knows only its own activity
 * until one of them writes the file again, so the file repairs itself. (A file that exists but cannot be read is an
 * error, not an empty state: see `SharedStateFile.read`.)
 */
export interface SharedState {
  /** The latest sign of activity any window published; 0 when none has. */
  readonly lastActivity: number;
  /** Set while tracking is paused: since when. */
  readonly pausedSince?: number;
  /** The last away time a window claimed, so that no other window claims it again. */
  readonly away?: ClaimedAway;
  /** Keys of `claimOnce`, with when they were claimed. Look keys up with `Object.hasOwn`, never `in`. */
  readonly claims: Readonly<Record<string, number>>;
  /** The workspace whose window saw activity last, and its name for that work (automatic tracking). */
  readonly focus?: WorkspaceFocus;
}

export interface WorkspaceFocus {
  readonly workspace: string;
  readonly name: string;
}

export interface ClaimedAway {
  readonly start: number;
  readonly end: number;
  /** The window that shows the notification and writes the entries. */
  readonly claimedBy: string;
}

export const EMPTY_SHARED_STATE: SharedState = Object.freeze({
  lastActivity: 0,
  claims: Object.freeze(Object.create(null) as Record<string, number>),
});

const FORMAT_VERSION = 1;

export function serializeSharedState(state: SharedState): string {
  return `${JSON.stringify({ version: FORMAT_VERSION, ...state })}\n`;
}

/** Reads what it can trust and drops the rest: a hand-edited or half-broken file never stops tracking. */
export function parseSharedState(text: string): SharedState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return EMPTY_SHARED_STATE;
  }
  if (!isRecord(raw) || raw.version !== FORMAT_VERSION) return EMPTY_SHARED_STATE;
  // Keys are data (any text a plugin chose): a map without a prototype, so "constructor" is a key like any other.
  const claims: Record<string, number> = Object.create(null) as Record<string, number>;
  if (isRecord(raw.claims)) {
    for (const [key, at] of Object.entries(raw.claims)) if (isTime(at)) claims[key] = at;
  }
  return {
    lastActivity: isTime(raw.lastActivity) ? raw.lastActivity : 0,
    ...(isTime(raw.pausedSince) ? { pausedSince: raw.pausedSince } : {}),
    ...(isClaimedAway(raw.away) ? { away: raw.away } : {}),
    ...(isWorkspaceFocus(raw.focus) ? { focus: raw.focus } : {}),
    claims,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isClaimedAway(value: unknown): value is ClaimedAway {
  return (
    isRecord(value) &&
    isTime(value.start) &&
    isTime(value.end) &&
    value.start <= value.end &&
    typeof value.claimedBy === 'string'
  );
}

function isWorkspaceFocus(value: unknown): value is WorkspaceFocus {
  return isRecord(value) && typeof value.workspace === 'string' && typeof value.name === 'string';
}
