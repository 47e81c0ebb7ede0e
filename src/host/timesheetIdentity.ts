import type { DataFileChange } from '../api';
import { Emitter } from '../tracking/emitter';
import type { IDisposable } from './disposable';

/**
 * The timesheet's identity: the path of the file that reports read, decided in this one place. It is the
 * `Timesheet` component's own `path` (by default the store of the `DataFile` setting), so a plugin that replaces
 * `Timesheet` alone moves every feature, "reveal line" included, to its file. The component is resolved again only
 * when something that decides it changed (the `timekeeper.dataFile` setting, a `DataFile` or `Timesheet` layer
 * registered or disposed); everything else reads the path from here and hears each change.
 */
export class TimesheetIdentity implements IDisposable {
  readonly #resolvePath: () => string;
  readonly #changed: Emitter<DataFileChange>;
  readonly onDidChange: Emitter<DataFileChange>['event'];
  #path: string | undefined;

  /** `onListenerError` hears of a listener that throws (the host isolates plugins' listeners before that). */
  constructor(resolvePath: () => string, onListenerError: (error: unknown) => void) {
    this.#resolvePath = resolvePath;
    this.#changed = new Emitter(onListenerError);
    this.onDidChange = this.#changed.event;
  }

  /** The current path. A component that fails to resolve throws here, to the one who needs the path. */
  get path(): string {
    this.#path ??= this.#resolvePath();
    return this.#path;
  }

  /** Something that decides the path changed: resolve again, and tell the listeners when the path moved. */
  recheck(): void {
    const previous = this.#path;
    try {
      this.#path = this.#resolvePath();
    } catch {
      // A plugin's component that throws is reported where the path is read next; until then nothing is known.
      this.#path = undefined;
      return;
    }
    if (this.#path !== previous) this.#changed.fire({ path: this.#path, previous });
  }

  dispose(): void {
    this.#changed.dispose();
  }
}
