import * as vscode from 'vscode';
import type { PluginInfo } from '../api';
import type { Host } from './host';

/**
 * "Timekeeper: Show Plugins": one entry per plugin extension with its version, state, the commands and components
 * it registered and the errors it raised. Picking one offers its commands to run.
 */
export async function showPlugins(host: Host): Promise<void> {
  const plugins = host.plugins.list().filter((p) => p.extensionId !== host.extensionId);
  if (plugins.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Timekeeper: no plugin extension is installed. A plugin lists "timekeeper.vscode-timekeeper" in its "extensionDependencies"; see the sample plugin in the README.',
      ),
    );
    return;
  }
  const items = plugins.map((p) => ({ ...describe(p), plugin: p }));
  const picked = await vscode.window.showQuickPick(items, {
    title:
      plugins.length === 1
        ? vscode.l10n.t('Timekeeper: 1 plugin')
        : vscode.l10n.t('Timekeeper: {0} plugins', plugins.length),
    placeHolder: vscode.l10n.t('Pick a plugin to run one of its commands'),
    matchOnDetail: true,
  });
  if (!picked || picked.plugin.commands.length === 0) return;
  const command = await vscode.window.showQuickPick(picked.plugin.commands, {
    title: vscode.l10n.t('Run a command of {0}', picked.plugin.displayName),
  });
  if (command) await host.runFromVsCode(command, undefined, true);
}

export function describe(plugin: PluginInfo): vscode.QuickPickItem {
  const parts = [
    plugin.commands.length
      ? vscode.l10n.t('commands: {0}', plugin.commands.join(', '))
      : vscode.l10n.t('no commands'),
    plugin.components.length ? vscode.l10n.t('components: {0}', plugin.components.join(', ')) : '',
    plugin.errors.length ? vscode.l10n.t('errors: {0}', plugin.errors.join(' | ')) : '',
  ].filter(Boolean);
  const icon = plugin.state === 'failed' || plugin.errors.length ? '$(error)' : '$(extensions)';
  return {
    label: `${icon} ${plugin.displayName}`,
    description: `${plugin.version} · ${plugin.state} · ${plugin.extensionId}`,
    detail: parts.join(' · '),
  };
}
