import type { PluginInfo } from '../api';
import { IDisposable, toDisposable } from './disposable';

interface PluginRecord {
  info: PluginInfo;
  /** What the plugin registered and has not disposed: disposed for it when it goes away. */
  readonly registrations: Set<IDisposable>;
}

/**
 * What each extension has registered with the host, and how it is doing. Keyed by extension id; Timekeeper's own
 * sub-plugins are recorded too, so errors are always attributed to someone.
 */
export class PluginRegistry {
  readonly #records = new Map<string, PluginRecord>();

  upsert(extensionId: string, details: Partial<Omit<PluginInfo, 'extensionId'>>): void {
    const record = this.#record(extensionId);
    record.info = { ...record.info, ...details };
  }

  /** Tracks a registration under its extension; the returned disposable both disposes it and forgets it. */
  track(
    extensionId: string,
    kind: 'commands' | 'components',
    what: string,
    registration: IDisposable,
  ): IDisposable {
    const record = this.#record(extensionId);
    record.info[kind].push(what);
    const tracked = toDisposable(() => {
      record.registrations.delete(tracked);
      const list = record.info[kind];
      const index = list.indexOf(what);
      if (index >= 0) list.splice(index, 1);
      registration.dispose();
    });
    record.registrations.add(tracked);
    return tracked;
  }

  recordError(extensionId: string, message: string): void {
    const errors = this.#record(extensionId).info.errors;
    // Each message once, the latest last: a listener failing on every event must not push the error that says why
    // the plugin failed (its activation's) out of the list.
    const earlier = errors.indexOf(message);
    if (earlier >= 0) errors.splice(earlier, 1);
    errors.push(message);
    // Keep the latest few distinct ones: memory stays bounded whatever fails how often.
    if (errors.length > 20) errors.splice(0, errors.length - 20);
  }

  /** Disposes everything the extension registered (it was uninstalled or disabled) and forgets it. */
  remove(extensionId: string): void {
    const record = this.#records.get(extensionId);
    if (!record) return;
    for (const registration of [...record.registrations]) registration.dispose();
    this.#records.delete(extensionId);
  }

  has(extensionId: string): boolean {
    return this.#records.has(extensionId);
  }

  list(): PluginInfo[] {
    return [...this.#records.values()].map(({ info }) => ({
      ...info,
      commands: [...info.commands],
      components: [...info.components],
      errors: [...info.errors],
    }));
  }

  disposeAll(): void {
    for (const id of [...this.#records.keys()]) this.remove(id);
  }

  #record(extensionId: string): PluginRecord {
    let record = this.#records.get(extensionId);
    if (!record) {
      record = {
        info: {
          extensionId,
          displayName: extensionId,
          version: '',
          state: 'inactive',
          commands: [],
          components: [],
          errors: [],
        },
        registrations: new Set(),
      };
      this.#records.set(extensionId, record);
    }
    return record;
  }
}
