import * as vscode from 'vscode';
import type { Api } from '../../src/api';

/** The Suggester is asked at most this often, in real time, however often the tooltip is drawn. */
const CADENCE = 60_000;

/**
 * How much of today the timesheet does not cover yet (the Suggester's `unlogged`), for the tooltip. Reading the
 * journal is asynchronous and not free, so the figure is computed at most once a minute (and again after the
 * timesheet or a component changed); the tooltip shows the last one and is redrawn when a new one arrives.
 */
export class UnloggedToday implements vscode.Disposable {
  readonly #api: Api;
  readonly #arrived: () => void;
  #value: number | undefined;
  /** `Date.now()` of the last computation: the cadence is the machine's, whatever `Now` a test or plugin sets. */
  #computedAt = Number.NEGATIVE_INFINITY;
  #computing = false;
  readonly #subscriptions: vscode.Disposable[];

  /** `arrived` asks for the tooltip to be drawn again: a new figure arrived, or the last one is stale. */
  constructor(api: Api, arrived: () => void) {
    this.#api = api;
    this.#arrived = arrived;
    this.#subscriptions = [
      api.onDidChangeTimesheet(() => this.#stale()),
      api.onDidReplaceComponent(() => this.#stale()),
    ];
  }

  /**
   * The figure may have changed (an entry was written, a Suggester or the clock replaced): computed again at the next
   * drawing, which is asked for now; a computation under way when it happened is repeated once it ends.
   */
  #stale(): void {
    this.#computedAt = Number.NEGATIVE_INFINITY;
    if (!this.#computing) this.#arrived();
  }

  /** Milliseconds unlogged today at `now`, as last computed; `undefined` without a Suggester or before the first. */
  at(now: Date): number | undefined {
    if (!this.#computing && Date.now() - this.#computedAt >= CADENCE) void this.#compute(now);
    return this.#value;
  }

  async #compute(now: Date): Promise<void> {
    this.#computing = true;
    this.#computedAt = Date.now();
    let value: number | undefined;
    try {
      const from = new Date(now.getFullYear(), now.getMonth(), now.getDate());
      value = (await this.#api.resolve(this.#api.tokens.Suggester).suggest({ from, to: now }, now)).unlogged;
    } catch {
      // No Suggester, or the journal cannot be read: the tooltip leaves the line out.
      value = undefined;
    }
    this.#computing = false;
    const invalidated = this.#computedAt === Number.NEGATIVE_INFINITY;
    if (value !== this.#value || invalidated) {
      this.#value = value;
      this.#arrived();
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions.splice(0)) subscription.dispose();
  }
}
