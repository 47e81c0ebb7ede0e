import * as vscode from 'vscode';
import type { Api } from '../../src/api';

/** While the window has focus, the figure is brought up to date this often, in real time: the journal keeps growing. */
const CADENCE = 60_000;

/**
 * How much of today the timesheet does not cover yet (the Suggester's `unlogged`), for the tooltip. Reading the
 * journal is asynchronous and not free, so the figure is computed when what it depends on changes (the timesheet, a
 * component such as the Suggester or the clock, the data file), when the window gains focus, and once a minute while
 * it has it; never when the tooltip is drawn. `changed` is called only when the figure the tooltip shows (whole
 * minutes) changes, so the tooltip is not redrawn for nothing.
 */
export class UnloggedToday implements vscode.Disposable {
  readonly #api: Api;
  readonly #changed: () => void;
  #value: number | undefined;
  #computing = false;
  /** Something changed while a computation was reading: it runs again once it ends, with what is there now. */
  #again = false;
  readonly #subscriptions: vscode.Disposable[];

  constructor(api: Api, changed: () => void) {
    this.#api = api;
    this.#changed = changed;
    const compute = () => void this.#compute();
    const timer = setInterval(() => {
      if (vscode.window.state.focused) compute();
    }, CADENCE);
    this.#subscriptions = [
      new vscode.Disposable(() => clearInterval(timer)),
      api.onDidChangeTimesheet(compute),
      api.onDidChangeDataFile(compute),
      api.onDidReplaceComponent(compute),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) compute();
      }),
    ];
    compute();
  }

  /** Milliseconds unlogged today, as last computed; `undefined` without a Suggester or before the first answer. */
  get value(): number | undefined {
    return this.#value;
  }

  async #compute(): Promise<void> {
    if (this.#computing) {
      this.#again = true;
      return;
    }
    this.#computing = true;
    do {
      this.#again = false;
      const value = await this.#unloggedNow();
      if (shownMinutes(value) !== shownMinutes(this.#value)) {
        this.#value = value;
        this.#changed();
      } else {
        this.#value = value;
      }
    } while (this.#again);
    this.#computing = false;
  }

  async #unloggedNow(): Promise<number | undefined> {
    try {
      const now = this.#api.resolve(this.#api.tokens.Now);
      const from = this.#api.resolveRange({ date: 'today' }, now).start;
      return (await this.#api.resolve(this.#api.tokens.Suggester).suggest({ from, to: now }, now)).unlogged;
    } catch {
      // No Suggester, or the journal cannot be read: the tooltip leaves the line out.
      return undefined;
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions.splice(0)) subscription.dispose();
  }
}

/** What the tooltip shows of a figure: whole minutes, or nothing. */
function shownMinutes(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.floor(value / 60_000);
}
