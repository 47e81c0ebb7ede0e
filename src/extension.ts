import { bundleLoadStarted } from './loadClock';
import { vscodeApiLoaded, vscodeApiLoadedCpu } from './vscodeApiClock';
// tsyringe needs the Reflect metadata API; the lite build leaves out polyfills for Map and WeakMap that Node has.
import 'reflect-metadata/lite';
import * as vscode from 'vscode';
import { container } from 'tsyringe';
import subplugins from 'timekeeper:subplugins';
import { tokens, type Api, type Exports } from './api';
import {
  createActivityTracker,
  createJournal,
  isolatedJournal,
  registerDefaultComponents,
  TimesheetStores,
} from './defaultComponents';
import { disposeAll } from './host/disposable';
import { messageOf } from './host/errors';
import { Host } from './host/host';
import { isolatedTracker } from './host/isolatedTracker';
import { PluginDiscovery } from './host/pluginDiscovery';
import { runCommandPicker } from './host/runCommandPicker';
import { showPlugins } from './host/showPlugins';
import { EditorOutput } from './output/editorOutput';

/** Every import above has run: what loading the bundle cost is this minus `bundleLoadStarted`. */
const bundleLoaded = performance.now();
const bundleLoadedCpu = process.cpuUsage(vscodeApiLoadedCpu);

let host: Host | undefined;

/**
 * The composition root: everything Timekeeper is made of is built, registered and given its lifetime here, top to
 * bottom. It never throws and always returns `{ v1 }` (docs/CONTRACT.md §3): whatever fails is reported once and
 * logged, and the API keeps working.
 *
 * Dependency injection is the seed's idea and stays the plugins' tool: every component is a token in a tsyringe
 * container (a child per activation, so re-activation and tests start clean), a plugin registers its own factory
 * above ours and gets ours as `previous`, and disposing its registration restores ours. tsyringe keeps the
 * registrations and gives each command run its scope (a child container in which `Now` is read once); what it
 * cannot do (remove one registration, hand a factory `previous`) the host's component stack adds. Lifetimes:
 * - this activation: the log, the host, the editor output, one timesheet store per path, the activity tracker; all
 *   disposed in reverse order from the one list below;
 * - one command run: `Now`;
 * - each resolve: every other component, so a plugin's layer applies at once.
 */
export async function activate(context: vscode.ExtensionContext): Promise<Exports> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  // Disposed in reverse order of creation (VS Code disposes context.subscriptions front to back): deferred views and
  // sub-plugins first, then the components they use, the host, and the log last.
  const disposables: { dispose(): unknown }[] = [];
  context.subscriptions.push({ dispose: () => disposeAll(disposables) });

  // The host: the component stack, the commands, the plugins, and the timesheet's one identity.
  const log = vscode.window.createOutputChannel('Timekeeper', { log: true });
  const timesheetChanged = new vscode.EventEmitter<void>();
  const own = context.extension.id;
  host = new Host({
    extensionId: own,
    version: String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0'),
    container: container.createChildContainer(),
    log,
    onDidChangeTimesheet: timesheetChanged.event,
  });
  const current = host;
  disposables.push(log, timesheetChanged, host);
  const api = host.api();
  const builtInApi = host.api(own);
  host.plugins.upsert(own, { displayName: 'Timekeeper', version: api.version, state: 'active' });

  try {
    // Singletons of this activation, behind the default components.
    const output = new EditorOutput(log);
    const stores = new TimesheetStores(current, () => timesheetChanged.fire());
    disposables.push(output, stores);
    // The explainer reads the built-in journal's records at use: the journal is made below, once Now and DataFile
    // exist, and only an explain (after activation) calls this.
    disposables.push(
      ...registerDefaultComponents(current, { output, stores, ownJournal: () => defaultJournal }),
    );
    // The journal of work signals reads Now, DataFile and the settings at use; it writes at most every 30 s.
    const defaultJournal = createJournal(current);
    const journal = isolatedJournal(defaultJournal, current);
    disposables.push(
      defaultJournal,
      current.registerComponent(tokens.Journal, () => journal, own),
    );
    // The tracker reads Now and Timesheet (registered above) and records away times kept as work in the
    // journal; it starts its one-second tick here.
    const defaultTracker = createActivityTracker(current, defaultJournal);
    const tracker = isolatedTracker(defaultTracker, current);
    disposables.push(
      defaultTracker,
      current.registerComponent(tokens.ActivityTracker, () => tracker, own),
    );

    // What moves the timesheet or the clock, wired once: the setting, another file, a new Now.
    disposables.push(
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (change.affectsConfiguration('timekeeper.dataFile')) current.timesheetIdentity.recheck();
      }),
      current.components.onDidChange(({ token }) => {
        if (token === tokens.Now) defaultTracker.clockChanged();
      }),
    );

    // Timekeeper's own palette commands; every other command is a v1 command of a (sub-)plugin.
    disposables.push(
      vscode.commands.registerCommand('timekeeper.runCommand', () => host && runCommandPicker(host)),
      vscode.commands.registerCommand('timekeeper.showPlugins', () => host && showPlugins(host)),
      vscode.commands.registerCommand('timekeeper.showLog', () => log.show()),
    );
  } catch (error) {
    current.errors.show(vscode.l10n.t('Timekeeper could not start completely: '), error);
  }

  // The built-in features, on the public API like any plugin.
  await loadSubplugins(current, builtInApi, log, disposables);

  // Plugins depend on us: activating one before our own activation resolved would wait on us forever.
  const discovery = new PluginDiscovery(own, current.plugins, log);
  disposables.push(discovery);
  setTimeout(() => void discovery.scan(), 0);
  // Live views and timers start just after: the API is complete without them, and VS Code's start-up goes on.
  setTimeout(() => startSubplugins(host, builtInApi, disposables), 0);
  // What Timekeeper itself costs the extension host: evaluating its bundle plus running activate. Not counted: the
  // time VS Code spends between the two, and its building of this extension's `vscode` API object.
  const vscodeApi = vscodeApiLoaded - bundleLoadStarted;
  const loading = bundleLoaded - vscodeApiLoaded;
  const activating = performance.now() - started;
  const activatingCpu = process.cpuUsage(startedCpu);
  const cpu = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  log.info(
    `Activated in ${(loading + activating).toFixed(2)} ms ` +
      `(loading the bundle ${loading.toFixed(2)} ms, activate ${activating.toFixed(2)} ms; ` +
      `CPU time ${(cpu(bundleLoadedCpu) + cpu(activatingCpu)).toFixed(2)} ms; ` +
      `VS Code's API object for the extension ${vscodeApi.toFixed(2)} ms)`,
  );
  return { v1: api };
}

/** Built-in features, each `activate(api)` on the public API; one failing does not stop the others. */
async function loadSubplugins(
  current: Host,
  api: Api,
  log: vscode.LogOutputChannel,
  subscriptions: { dispose(): unknown }[],
): Promise<void> {
  for (const subplugin of subplugins) {
    try {
      const result = await subplugin.module.activate(api);
      if (result) subscriptions.push(result);
    } catch (error) {
      current.plugins.recordError(current.extensionId, `sub-plugin ${subplugin.name}: ${messageOf(error)}`);
      log.error(`Sub-plugin '${subplugin.name}' failed to activate: ${messageOf(error)}`);
      current.errors.show(
        vscode.l10n.t("Timekeeper: the built-in '{0}' feature failed to start: ", subplugin.name),
        error,
      );
    }
  }
}

/** The sub-plugins' deferred halves (`start`), each isolated like `activate`. */
function startSubplugins(current: Host | undefined, api: Api, subscriptions: { dispose(): unknown }[]): void {
  if (!current) return;
  for (const subplugin of subplugins) {
    try {
      const result = subplugin.module.start?.(api);
      if (result) subscriptions.push(result);
    } catch (error) {
      current.plugins.recordError(current.extensionId, `sub-plugin ${subplugin.name}: ${messageOf(error)}`);
      current.errors.show(
        vscode.l10n.t("Timekeeper: the built-in '{0}' feature failed to start: ", subplugin.name),
        error,
      );
    }
  }
}

export function deactivate(): void {
  // context.subscriptions disposes the host; this only drops the reference so a late call finds nothing.
  host = undefined;
}
