import { bundleLoadStarted } from './loadClock';
import { vscodeApiLoaded, vscodeApiLoadedCpu } from './vscodeApiClock';
import 'reflect-metadata';
import * as vscode from 'vscode';
import { container } from 'tsyringe';
import subplugins from 'timekeeper:subplugins';
import type { Api, Exports } from './api';
import { registerDefaultComponents } from './defaultComponents';
import { disposeAll } from './host/disposable';
import { messageOf } from './host/errors';
import { Host } from './host/host';
import { PluginDiscovery } from './host/pluginDiscovery';
import { runCommandPicker } from './host/runCommandPicker';
import { showPlugins } from './host/showPlugins';
import { EditorOutput } from './output/editorOutput';

/** Every import above has run: what loading the bundle cost is this minus `bundleLoadStarted`. */
const bundleLoaded = performance.now();
const bundleLoadedCpu = process.cpuUsage(vscodeApiLoadedCpu);

let host: Host | undefined;

/**
 * The composition root: builds the container and the host, registers the default components, loads the built-in
 * sub-plugins, then discovers plugin extensions. It never throws and always returns `{ v1 }` (docs/CONTRACT.md §3): whatever
 * fails is reported once and logged, and the API keeps working.
 */
export async function activate(context: vscode.ExtensionContext): Promise<Exports> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const log = vscode.window.createOutputChannel('Timekeeper', { log: true });
  const timesheetChanged = new vscode.EventEmitter<void>();
  const own = context.extension.id;
  host = new Host({
    extensionId: own,
    version: String((context.extension.packageJSON as { version?: string }).version ?? '0.0.0'),
    // A child per activation, so re-activation and tests start clean.
    container: container.createChildContainer(),
    log,
    onDidChangeTimesheet: timesheetChanged.event,
  });
  const api = host.api();
  const builtInApi = host.api(own);
  const output = new EditorOutput(log);
  const discovery = new PluginDiscovery(own, host.plugins, log);
  // Everything is disposed in reverse order of creation (VS Code disposes context.subscriptions front to back):
  // sub-plugins first, then the components they use, the host, and the log last.
  const disposables: { dispose(): unknown }[] = [log, timesheetChanged, output, host, discovery];
  // Another file is a changed timesheet for every listener.
  disposables.push(host.timesheetIdentity.onDidChange(() => timesheetChanged.fire()));
  context.subscriptions.push({ dispose: () => disposeAll(disposables) });
  host.plugins.upsert(own, { displayName: 'Timekeeper', version: api.version, state: 'active' });

  try {
    disposables.push(
      registerDefaultComponents(host, output, () => timesheetChanged.fire()),
      vscode.commands.registerCommand('timekeeper.runCommand', () => host && runCommandPicker(host)),
      vscode.commands.registerCommand('timekeeper.showPlugins', () => host && showPlugins(host)),
      vscode.commands.registerCommand('timekeeper.showLog', () => log.show()),
    );
  } catch (error) {
    host.errors.show('Timekeeper could not start completely: ', error);
  }
  await loadSubplugins(host, builtInApi, log, disposables);

  // Plugins depend on us: activating one before our own activation resolved would wait on us forever.
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
      current.errors.show(`Timekeeper: the built-in '${subplugin.name}' feature failed to start: `, error);
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
      current.errors.show(`Timekeeper: the built-in '${subplugin.name}' feature failed to start: `, error);
    }
  }
}

export function deactivate(): void {
  // context.subscriptions disposes the host; this only drops the reference so a late call finds nothing.
  host = undefined;
}
