/** Seconds after the person's last sign of presence during which an edit without one still counts as theirs. */
export const PRESENCE_WINDOW_SECONDS = 3;

/**
 * Whether the person showed up in this window in the last few seconds. Counted in ticks of this window (one a second)
 * rather than read from the `Now` component: the question is how a person's hands follow one another, which a replayed
 * day compresses no more than a real one. The event path only sets a flag.
 */
export class PresenceWindow {
  #seen = false;
  /** Ticks since the last sign; starts beyond the window, so a window nobody touched is not "recent". */
  #quietTicks = PRESENCE_WINDOW_SECONDS + 1;

  /** A keyboard or mouse selection, a focus, a tab switch, a small edit typed in the active editor. */
  note(): void {
    this.#seen = true;
  }

  get recent(): boolean {
    return this.#seen || this.#quietTicks < PRESENCE_WINDOW_SECONDS;
  }

  /** Once a second. */
  tick(): void {
    if (this.#seen) this.#quietTicks = 0;
    else if (this.#quietTicks <= PRESENCE_WINDOW_SECONDS) this.#quietTicks++;
    this.#seen = false;
  }
}
