import type {
  ActivityState,
  ActivityStateChange,
  ActivityTracker,
  ActivityTrackerOptions,
  AwayChoice,
  AwayTime,
  NewEntry,
  Timesheet,
  TrackingResult,
} from '../api';
import { HELLO_ENTRY_NAME } from '../core/entry';
import { Emitter, type Subscription } from './emitter';
import {
  AWAY_BREAK_NAME,
  AWAY_DISCARDED_NAME,
  PAUSED_NAME,
  minuteOf,
  nameBeforeGap,
  planGapEntries,
  type Gap,
} from './gapEntries';
import type { SharedState } from './sharedState';
import { SharedStateFile } from './sharedStateFile';

export const DEFAULT_IDLE_MINUTES = 10;
/** While active, a window writes its latest activity at most this often: the budget is one write a minute. */
export const HEARTBEAT_MS = 60_000;
/** A window writes its unpublished activity this long before the others would call the user idle without it. */
const FLUSH_LEAD_MS = 5_000;
/** A shared time further in the future than this comes from a clock since set back: it is not trusted. */
const CLOCK_SKEW_MS = 60_000;
/** `claimOnce` keys are kept this long: long enough for "once a day", short enough to keep the file small. */
const CLAIM_RETENTION_MS = 2 * 86_400_000;

export interface TrackerDependencies {
  /** Tells this window apart from the others in the shared state. */
  readonly windowId: string;
  /** The current time (the `Now` component): read once per tick and once per write, never per signal. */
  now(): Date;
  /** The timesheet (the `Timesheet` component); its state file lies beside it. */
  timesheet(): Timesheet;
  /**
   * The timesheet's path as the one place that decides it knows it, kept current by change events: read on every
   * tick instead of resolving `timesheet()`. Without it, `timesheet().path`.
   */
  timesheetPath?(): string;
  /** Whether this window has the focus: only the focused window ends an idle time. */
  isFocused(): boolean;
  /** Starts calling `tick` every second; tests pass their own scheduler and tick by hand. */
  startTicking(tick: () => void): Subscription;
  /** Reports a failure of a background step (a write of the shared state, a plugin's listener); never throws. */
  onError(message: string, error: unknown): void;
  /** Where the shared state of a timesheet lives; tests may point it elsewhere. */
  stateFileFor?(timesheetPath: string): SharedStateFile;
  /**
   * Automatic mode, before a gap it writes: logs the time from the timesheet's last entry up to `until` as the
   * `Suggester` component proposes it (`logUnloggedTime`), and resolves to the entries written. Called only on the
   * write paths this window claimed, never on a tick: it reads the journal. Without it, or when it writes nothing
   * (journal off, nothing journaled), the window names the work itself (`nameOfWork`), as before suggestions.
   */
  unlogged?(until: Date): Promise<readonly NewEntry[]>;
  /**
   * Journals that the person kept an away time as work (the journal's `keepAsWork`): the timesheet gets nothing, but
   * without this the journal would show no one there, and the suggestions (and automatic mode) would log a break.
   */
  keptAsWork?(away: AwayTime): Promise<unknown>;
}

/**
 * The default `ActivityTracker`: this window's half of the activity state that all windows share.
 *
 * The keystroke path (`signal`) only sets a flag. Once a second `tick` turns the flag into a time, decides the state
 * from this window's activity and the shared state file's (cached, re-read when another window changes it), and
 * writes that file only when the others need to know: at most once a minute while active, before they would call
 * the user idle, and when a window claims an away time, a pause or a resume. Writes are read-modify-write under the
 * file's lock, so exactly one window claims each away time and writes its entries.
 */
export class DefaultActivityTracker implements ActivityTracker {
  readonly #deps: TrackerDependencies;
  #signalled = false;
  /** The latest activity this window saw (epoch ms). */
  #localLast: number;
  #state: ActivityState = 'active';
  #since: number;
  #idleMs = DEFAULT_IDLE_MINUTES * 60_000;
  #autoTrack = false;
  #nameOfWork: () => string = () => 'work';
  #workspace: string | undefined;
  #file: SharedStateFile | undefined;
  /** The timesheet path `#file` belongs to. */
  #fileFor = '';
  #fileSubscription: Subscription | undefined;
  #publishing = false;
  /** A claim writes the latest activity itself: publishing meanwhile would end the idle time it claims. */
  #claiming = false;
  #takingFocus = false;
  #retryPublishAfter = 0;
  #dayStarted = '';
  /** A day's `hello` is being written (or tried). */
  #startingDay = false;
  /** The day whose `hello` this window claimed: it is this window's to write, also on a retry. */
  #helloClaimed = '';
  /** Entries are planned from what the timesheet holds: one plan-and-write at a time. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Writes and reads started by a tick, which does not wait for them. */
  readonly #background = new Set<Promise<unknown>>();
  readonly #stateChanged: Emitter<ActivityStateChange>;
  readonly #returned: Emitter<AwayTime>;
  readonly #ticking: Subscription;

  constructor(deps: TrackerDependencies) {
    this.#deps = deps;
    const now = deps.now().getTime();
    // Opening a window is a sign of presence.
    this.#localLast = now;
    this.#since = now;
    const onListenerError = (error: unknown) => deps.onError('An activity state listener threw', error);
    this.#stateChanged = new Emitter(onListenerError);
    this.#returned = new Emitter(onListenerError);
    this.#ticking = deps.startTicking(() => this.#tickSafely());
  }

  readonly onDidChangeState = (...args: Parameters<Emitter<ActivityStateChange>['event']>) =>
    this.#stateChanged.event(...args);
  readonly onDidReturn = (...args: Parameters<Emitter<AwayTime>['event']>) => this.#returned.event(...args);

  get state(): ActivityState {
    return this.#state;
  }

  get since(): Date {
    return new Date(this.#since);
  }

  signal(): void {
    this.#signalled = true;
  }

  /**
   * The `Now` component was replaced: times taken on the old clock mean nothing on the new one. The current state
   * begins now on the new clock, as if this window had just opened (which is a sign of presence too).
   */
  clockChanged(): void {
    let now: number;
    try {
      now = this.#deps.now().getTime();
    } catch (error) {
      // A plugin's clock that throws is reported; the tracker keeps the old times until one reads.
      return this.#deps.onError('Could not read the new clock', error);
    }
    this.#localLast = now;
    this.#since = now;
    this.#tickSafely();
  }

  configure(options: ActivityTrackerOptions): void {
    if (options.idleMinutes !== undefined) {
      const minutes = Number(options.idleMinutes);
      this.#idleMs = (Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_IDLE_MINUTES) * 60_000;
    }
    if (options.autoTrack !== undefined) this.#autoTrack = options.autoTrack;
    if (options.nameOfWork !== undefined) this.#nameOfWork = options.nameOfWork;
    if (options.workspace !== undefined) this.#workspace = options.workspace;
  }

  /** Decides the state; O(1) and free of I/O unless the other windows must be told something. */
  tick(): void {
    const now = this.#deps.now().getTime();
    const shared = this.#stateFile().current;
    const sharedLast = trusted(shared.lastActivity, now);
    // The clock was set back: what this window saw "later" cannot be later than now.
    if (this.#localLast > now) this.#localLast = now;
    const signalled = this.#signalled;
    this.#signalled = false;
    if (shared.pausedSince !== undefined) {
      this.#enter('paused', shared.pausedSince, now);
      return;
    }
    const lastBefore = Math.max(this.#localLast, sharedLast);
    const wasIdle = now - lastBefore >= this.#idleMs;
    // A background window's signal (a terminal closing, a debug session ending) does not mean the user is back.
    if (signalled && (!wasIdle || this.#deps.isFocused())) {
      this.#localLast = now;
      if (wasIdle) {
        this.#claiming = true;
        this.#inBackground(this.#claimAway(lastBefore, now).finally(() => (this.#claiming = false)));
      } else if (this.#autoTrack && this.#deps.isFocused()) this.#trackAutomatically(shared, now);
    }
    const last = Math.max(this.#localLast, sharedLast);
    this.#enter(now - last >= this.#idleMs ? 'idle' : 'active', last, now);
    if (this.#shouldPublish(now, sharedLast)) this.#inBackground(this.#publish(now));
  }

  /** Re-reads the shared state and ticks; resolves when what the tick started is done. */
  async refresh(): Promise<void> {
    const file = this.#stateFile();
    await file.read();
    if (this.#file === file) this.tick();
    await this.settled();
  }

  /** Resolves once every write and read a tick started has finished (tests, and a clean shutdown). */
  async settled(): Promise<void> {
    while (this.#background.size > 0) await Promise.allSettled([...this.#background]);
    await this.#queue;
  }

  pause(): Promise<TrackingResult> {
    return this.#serially(async () => {
      const now = this.#deps.now();
      const { written } = await this.#stateFile().update((state) =>
        state.pausedSince === undefined ? { ...state, pausedSince: now.getTime() } : undefined,
      );
      // Either way the file says paused now: show it at once, not at the next tick.
      this.tick();
      if (!written) return { written: [], note: 'Tracking is paused already.' };
      return this.#writeGap({ start: now, end: now }, {});
    });
  }

  resume(): Promise<TrackingResult> {
    return this.#serially(async () => {
      const now = this.#deps.now();
      const resumed: { since?: number } = {};
      await this.#stateFile().update((state) => {
        if (state.pausedSince === undefined) return undefined;
        resumed.since = state.pausedSince;
        return { ...state, pausedSince: undefined, lastActivity: now.getTime() };
      });
      this.#localLast = now.getTime();
      this.tick();
      if (resumed.since === undefined) return { written: [], note: 'Tracking was not paused.' };
      return this.#writeGap({ start: new Date(resumed.since), end: now }, { gapName: PAUSED_NAME });
    });
  }

  settleAway(away: AwayTime, choice: AwayChoice): Promise<TrackingResult> {
    if (choice.kind === 'work') return this.#keepAsWork(away);
    if (choice.kind === 'activity' && choice.name.trim() === '') {
      return Promise.reject(new Error('The activity for the time away needs a name, e.g. "acme: meeting".'));
    }
    const gapName =
      choice.kind === 'break'
        ? AWAY_BREAK_NAME
        : choice.kind === 'discard'
          ? AWAY_DISCARDED_NAME
          : choice.name;
    const comment = choice.kind === 'activity' ? choice.comment : undefined;
    return this.#serially(() =>
      this.#writeGap(away, { gapName, ...(comment === undefined ? {} : { comment }) }),
    );
  }

  /**
   * Kept as work, the time away needs no entry: the next one covers it. The journal records the person's answer, so
   * that the suggestions name the time as the work around it instead of proposing a break. A failure is reported and
   * the answer stands: the timesheet is right either way.
   */
  async #keepAsWork(away: AwayTime): Promise<TrackingResult> {
    try {
      await this.#deps.keptAsWork?.(away);
    } catch (error) {
      this.#deps.onError('Could not journal the time away kept as work', error);
    }
    return { written: [] };
  }

  async claimOnce(key: string): Promise<boolean> {
    const now = this.#deps.now().getTime();
    const { written } = await this.#stateFile().update((state) => {
      if (Object.hasOwn(state.claims, key)) return undefined;
      const claims = recentClaims(state.claims, now);
      claims[key] = now;
      return { ...state, claims };
    });
    return written;
  }

  dispose(): void {
    this.#ticking.dispose();
    // A closing window hands its last activity to the others (best effort: the process may end first).
    const file = this.#file;
    if (file && this.#localLast > file.current.lastActivity) {
      try {
        void this.#publish(this.#deps.now().getTime());
      } catch (error) {
        this.#deps.onError('Could not hand the last activity to the other windows', error);
      }
    }
    this.#fileSubscription?.dispose();
    file?.dispose();
    this.#stateChanged.dispose();
    this.#returned.dispose();
  }

  /** Ticks from timers and watches: a `Now` or `Timesheet` that throws (a plugin's) is reported, never uncaught. */
  #tickSafely(): void {
    try {
      this.tick();
    } catch (error) {
      this.#deps.onError('Could not decide the activity state', error);
    }
  }

  /** The state file beside the current timesheet; follows the `DataFile` setting (and test overrides). */
  #stateFile(): SharedStateFile {
    const timesheetPath = this.#deps.timesheetPath?.() ?? this.#deps.timesheet().path;
    const current = this.#file;
    if (current && this.#fileFor === timesheetPath) return current;
    this.#fileSubscription?.dispose();
    current?.dispose();
    const file = this.#deps.stateFileFor?.(timesheetPath) ?? SharedStateFile.besideTimesheet(timesheetPath);
    this.#file = file;
    this.#fileFor = timesheetPath;
    this.#fileSubscription = file.onDidChange(() => this.#tickSafely());
    this.#inBackground(file.read().then(() => this.#file === file && this.#tickSafely()));
    return file;
  }
  #enter(state: ActivityState, since: number, now: number): void {
    if (state === this.#state) {
      // Idle since the last activity of any window: one heard of late (a window that slept) moves it on.
      if (state === 'idle') this.#since = since;
      return;
    }
    const previous = this.#state;
    this.#state = state;
    this.#since = since;
    this.#stateChanged.fire({ state, previous, since: new Date(since), at: new Date(now) });
  }

  #shouldPublish(now: number, sharedLast: number): boolean {
    if (
      this.#publishing ||
      this.#claiming ||
      now < this.#retryPublishAfter ||
      this.#localLast <= sharedLast
    ) {
      return false;
    }
    return this.#localLast - sharedLast >= HEARTBEAT_MS || now - sharedLast >= this.#idleMs - FLUSH_LEAD_MS;
  }

  async #publish(now: number): Promise<void> {
    this.#publishing = true;
    const local = this.#localLast;
    try {
      const file = this.#stateFile();
      await file.update((state) =>
        local > trusted(state.lastActivity, now)
          ? { ...state, lastActivity: local, claims: recentClaims(state.claims, now) }
          : undefined,
      );
      file.ensureWatching();
    } catch (error) {
      this.#retryPublishAfter = now + HEARTBEAT_MS;
      this.#deps.onError('Could not share the latest activity with the other windows', error);
    } finally {
      this.#publishing = false;
    }
  }

  /** The user is back after an away time: the first window to claim it under the lock shows it, alone. */
  async #claimAway(lastBefore: number, end: number): Promise<void> {
    const claim: { start?: number; workedOn?: string } = {};
    const workspace = this.#autoTrack ? this.#workspace : undefined;
    try {
      await this.#stateFile().update((shared) => {
        if (shared.pausedSince !== undefined) return undefined;
        const start = Math.max(trusted(shared.lastActivity, end), lastBefore);
        // Another window claimed it first, or had activity this window had not heard of yet.
        if (end - start < this.#idleMs) return undefined;
        claim.start = start;
        claim.workedOn = shared.focus?.name;
        const focus = workspace === undefined ? shared.focus : { workspace, name: this.#nameOfWork() };
        return {
          ...shared,
          lastActivity: end,
          away: { start, end, claimedBy: this.#deps.windowId },
          ...(focus ? { focus } : {}),
        };
      });
    } catch (error) {
      // Without the lock no window can be sure to be the only one: asking twice beats losing the time.
      this.#deps.onError('Could not claim the time away in the shared state', error);
      claim.start = lastBefore;
    }
    if (claim.start === undefined) return;
    const away: Gap = { start: new Date(claim.start), end: new Date(end) };
    if (this.#autoTrack) {
      // What went on before the time away ends when it began, under the name of the workspace it went on in.
      const nameBefore = claim.workedOn;
      await this.#serially(() => this.#writeGap(away, nameBefore === undefined ? {} : { nameBefore })).catch(
        (error: unknown) => this.#deps.onError('Could not end the activity before the time away', error),
      );
      this.#startDayAutomatically(end);
    }
    this.#returned.fire(away);
  }

  /** Automatic mode, on a signal in the focused window: start the day, and notice a switch of workspace. */
  #trackAutomatically(shared: SharedState, now: number): void {
    this.#startDayAutomatically(now);
    const workspace = this.#workspace;
    if (workspace === undefined || shared.focus?.workspace === workspace || this.#takingFocus) return;
    this.#takingFocus = true;
    this.#inBackground(this.#takeFocus(workspace, now).finally(() => (this.#takingFocus = false)));
  }

  async #takeFocus(workspace: string, now: number): Promise<void> {
    try {
      const name = this.#nameOfWork();
      const previous: { name?: string } = {};
      const { written } = await this.#stateFile().update((state) => {
        if (state.focus?.workspace === workspace) return undefined;
        previous.name = state.focus?.name;
        return { ...state, focus: { workspace, name } };
      });
      const ended = previous.name;
      if (!written || ended === undefined) return;
      await this.#serially(() =>
        this.#writeGap({ start: new Date(now), end: new Date(now) }, { nameBefore: ended }),
      );
    } catch (error) {
      this.#deps.onError('Could not log the switch of workspace', error);
    }
  }

  /**
   * Automatic mode: `hello` at the first activity of a day without entries, written by one window. A day counts as
   * started only once that is settled: after a failure (the timesheet briefly unreadable, its lock busy) the next
   * activity tries again, so one failure never leaves a day without automatic entries.
   */
  #startDayAutomatically(now: number): void {
    const date = new Date(now);
    const day = `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
    if (this.#dayStarted === day || this.#startingDay) return;
    this.#startingDay = true;
    const started = this.#serially(async () => {
      const timesheet = this.#deps.timesheet();
      const last = (await timesheet.entries()).at(-1);
      if (last && last.date.toDateString() === date.toDateString()) return;
      // The claim keeps other windows from writing it too; a window that claimed it and failed to write keeps it.
      if (this.#helloClaimed === day || (await this.claimOnce(`hello:${day}`))) {
        this.#helloClaimed = day;
        // The days before end as the person would end them: their unlogged time, as suggested, before the hello.
        if (last) await this.#logUnlogged(new Date(date.getFullYear(), date.getMonth(), date.getDate()));
        await timesheet.append({ date, name: HELLO_ENTRY_NAME });
      }
    });
    this.#inBackground(
      started
        .then(
          () => (this.#dayStarted = day),
          (error: unknown) =>
            this.#deps.onError('Could not start the day (tried again at the next activity)', error),
        )
        .finally(() => (this.#startingDay = false)),
    );
  }

  /**
   * Plans a gap's entries from what the timesheet holds now, and appends them. Without `gapName` it only ends the
   * activity before the gap. Automatic mode first logs the unlogged time up to the gap as suggested, and the last
   * suggested work goes on up to the gap; without suggestions the activity before is named `nameBefore`, else the
   * window's name for its work. By hand, it is `nameBefore` or the name `nameBeforeGap` gives it.
   */
  async #writeGap(
    gap: Gap,
    names: { gapName?: string; comment?: string; nameBefore?: string },
  ): Promise<TrackingResult> {
    const logged = this.#autoTrack ? await this.#logUnlogged(gap.start) : [];
    const last = logged.at(-1);
    // Suggestions end on whole minutes: rounded, the last one may end the activity before in the gap's first minute.
    if (last && minuteOf(last.date) >= minuteOf(gap.start)) {
      if (names.gapName === undefined) return { written: logged };
      gap = { start: last.date, end: gap.end };
    }
    const timesheet = this.#deps.timesheet();
    const entries = await timesheet.entries();
    const nameBefore = this.#autoTrack
      ? nameBeforeGap(logged, names.nameBefore ?? this.#nameOfWork())
      : (names.nameBefore ?? nameBeforeGap(entries, this.#nameOfWork()));
    const plan = planGapEntries(entries, gap, {
      nameBefore,
      gapName: names.gapName,
      ...(names.comment === undefined ? {} : { gapComment: names.comment }),
    });
    for (const entry of plan.entries) await timesheet.append(entry);
    const written = [...logged, ...plan.entries];
    return plan.note === undefined ? { written } : { written, note: plan.note };
  }

  /**
   * The journal's suggestions up to `until`, logged. A failure (no `Suggester`, a plugin's that throws, a journal
   * that cannot be read) is reported and logs nothing: the window then names the work as without suggestions, so
   * automatic mode never writes less than that.
   */
  async #logUnlogged(until: Date): Promise<readonly NewEntry[]> {
    if (!this.#deps.unlogged) return [];
    try {
      return await this.#deps.unlogged(until);
    } catch (error) {
      this.#deps.onError('Could not log the suggested entries (the window named the work instead)', error);
      return [];
    }
  }

  #inBackground(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) =>
      this.#deps.onError('Tracking failed in the background', error),
    );
    this.#background.add(tracked);
    void tracked.finally(() => this.#background.delete(tracked));
  }

  #serially<T>(step: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(step, step);
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

/** A shared time is trusted unless it lies in the future: then it was written before the clock was set back. */
function trusted(time: number, now: number): number {
  return time > now + CLOCK_SKEW_MS ? 0 : time;
}

function recentClaims(claims: Readonly<Record<string, number>>, now: number): Record<string, number> {
  // No prototype: a key such as "__proto__" is stored as data, not as the object's prototype.
  const kept: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, at] of Object.entries(claims)) if (Math.abs(now - at) < CLAIM_RETENTION_MS) kept[key] = at;
  return kept;
}
