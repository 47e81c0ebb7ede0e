import * as vscode from 'vscode';
import { messageOf } from './errors';
import { PluginRegistry } from './pluginRegistry';

interface Manifest {
  readonly displayName?: string;
  readonly name?: string;
  readonly version?: string;
  readonly extensionDependencies?: readonly string[];
}

/**
 * Finds plugin extensions: every installed extension whose manifest lists Timekeeper in `extensionDependencies`.
 * Each is activated if it is not yet, so its registrations happen without the user running one of its commands;
 * one that is uninstalled or disabled has everything it registered disposed.
 */
export class PluginDiscovery implements vscode.Disposable {
  readonly #ownId: string;
  readonly #plugins: PluginRegistry;
  readonly #log: vscode.LogOutputChannel;
  readonly #known = new Set<string>();
  readonly #subscription: vscode.Disposable;
  #scanning: Promise<void> = Promise.resolve();

  constructor(ownId: string, plugins: PluginRegistry, log: vscode.LogOutputChannel) {
    this.#ownId = ownId;
    this.#plugins = plugins;
    this.#log = log;
    this.#subscription = vscode.extensions.onDidChange(() => void this.scan());
  }

  /** Scans are queued, so two change events never activate the same plugin twice at once. */
  scan(): Promise<void> {
    this.#scanning = this.#scanning.then(() => this.#scanOnce());
    return this.#scanning;
  }

  async #scanOnce(): Promise<void> {
    const found = vscode.extensions.all.filter((e) => isPlugin(e.packageJSON as Manifest, this.#ownId));
    const present = new Set(found.map((e) => e.id));
    for (const id of [...this.#known]) {
      if (present.has(id)) continue;
      this.#log.info(`Plugin ${id} was uninstalled or disabled: disposing what it registered.`);
      this.#known.delete(id);
      this.#plugins.remove(id);
    }
    await Promise.all(found.map((extension) => this.#activate(extension)));
  }

  async #activate(extension: vscode.Extension<unknown>): Promise<void> {
    const manifest = extension.packageJSON as Manifest;
    const isNew = !this.#known.has(extension.id);
    this.#known.add(extension.id);
    this.#plugins.upsert(extension.id, {
      displayName: manifest.displayName ?? manifest.name ?? extension.id,
      version: manifest.version ?? '',
    });
    // A later scan keeps what the first one found: VS Code reports a plugin whose activation failed as active.
    if (!isNew) return;
    this.#plugins.upsert(extension.id, { state: extension.isActive ? 'active' : 'inactive' });
    this.#log.info(`Found plugin ${extension.id} ${manifest.version ?? ''}`);
    try {
      // Also when VS Code already activated it: activate() then answers at once, and rejects if that failed.
      await extension.activate();
      this.#plugins.upsert(extension.id, { state: 'active' });
    } catch (error) {
      this.#plugins.upsert(extension.id, { state: 'failed' });
      this.#plugins.recordError(extension.id, `activation: ${messageOf(error)}`);
      // No notification of our own: VS Code already shows one ("Activating extension … failed"), and a second
      // about the same failure is noise. Show Plugins and the log carry the details.
      this.#log.error(
        `Plugin ${extension.id} failed to activate: ${messageOf(error)}. Timekeeper keeps working without it.`,
      );
    }
  }

  dispose(): void {
    this.#subscription.dispose();
  }
}

function isPlugin(manifest: Manifest | undefined, ownId: string): boolean {
  const dependencies = manifest?.extensionDependencies;
  return (
    Array.isArray(dependencies) &&
    dependencies.some((d) => typeof d === 'string' && d.toLowerCase() === ownId)
  );
}
