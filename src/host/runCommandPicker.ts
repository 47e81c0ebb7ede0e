import * as vscode from 'vscode';
import type { Host } from './host';

interface CommandItem extends vscode.QuickPickItem {
  readonly command: string;
}

/**
 * "Timekeeper: Run Command…": every registered command, built-in and plugin, with its description and origin;
 * the chosen one asks for its arguments (all of them: the picker is where optional ones get a say too).
 */
export async function runCommandPicker(host: Host): Promise<unknown> {
  const items: CommandItem[] = host.commands.list().map((c) => ({
    label: c.name,
    description: originLabel(c.extensionId, host.extensionId),
    detail: c.description,
    command: c.name,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Timekeeper: Run Command'),
    placeHolder: vscode.l10n.t('Choose a command (built-in or from a plugin)'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  return host.runFromVsCode(picked.command, undefined, true);
}

function originLabel(extensionId: string, ownId: string): string {
  if (extensionId === ownId) return 'built-in';
  const extension = vscode.extensions.getExtension(extensionId);
  const name = (extension?.packageJSON as { displayName?: string } | undefined)?.displayName;
  return name ? `${name} (${extensionId})` : extensionId;
}
