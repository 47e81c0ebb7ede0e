import * as vscode from 'vscode';
import type { Exports } from '../../src/api';
import { findTimekeeperApi, type HostEnvironment } from './findTimekeeperApi';
import type { GetTimekeeperApiOptions, TimekeeperApiResult } from './result';

/**
 * Finds Timekeeper, activates it if needed and returns its v1 API, or the reason it is not available (not
 * installed, disabled, running in another extension host, failed to activate, older than `minVersion`).
 * It never rejects for those: only an invalid `minVersion` rejects.
 *
 * @example
 * const timekeeper = await getTimekeeperApi({ minVersion: '0.1.0' });
 * if (!timekeeper.api) return void vscode.window.showWarningMessage(timekeeper.message);
 * context.subscriptions.push(timekeeper.api.registerCommand(...));
 */
export function getTimekeeperApi(options?: GetTimekeeperApiOptions): Promise<TimekeeperApiResult> {
  return findTimekeeperApi(vscodeHost, options);
}

/** One of the commands Timekeeper registers at activation, whichever extension host it runs in. */
const TIMEKEEPER_COMMAND = 'timekeeper.runCommand';

const vscodeHost: HostEnvironment = {
  getExtension: (id) => vscode.extensions.getExtension<Exports | undefined>(id),
  hasTimekeeperCommand: async () => (await vscode.commands.getCommands(true)).includes(TIMEKEEPER_COMMAND),
  isInstalledHere,
  get remoteName() {
    return vscode.env.remoteName;
  },
};

/**
 * The API lists running extensions only, so a disabled one is invisible to it. The extensions folder's own index
 * (`extensions.json`, beside the installed extensions of this host) still lists it: read it through
 * `workspace.fs`, which works in every kind of extension host.
 */
async function isInstalledHere(id: string): Promise<boolean> {
  const folders = new Set(
    vscode.extensions.all
      .filter((e) => !isBuiltIn(e.extensionUri))
      .map((e) => vscode.Uri.joinPath(e.extensionUri, '..').toString()),
  );
  for (const folder of folders) {
    try {
      const index = vscode.Uri.joinPath(vscode.Uri.parse(folder), 'extensions.json');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(index));
      const entries = JSON.parse(text) as { identifier?: { id?: unknown } }[];
      if (entries.some((e) => String(e.identifier?.id).toLowerCase() === id)) return true;
    } catch {
      // No index in that folder (a development extension's parent, a read-only location): look in the next one.
    }
  }
  return false;
}

function isBuiltIn(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && uri.fsPath.startsWith(vscode.env.appRoot);
}
