import * as vscode from 'vscode';
import type { ArgumentDefinition } from '../api';

/**
 * Asks the user for the arguments of a command run from the palette: an input box for strings, a quick pick for
 * choices and booleans. Resolves to `undefined` when the user cancels (Escape), so nothing runs.
 */
export async function promptForArgs(
  command: string,
  definitions: readonly ArgumentDefinition[],
  given: Record<string, unknown>,
  onlyRequired: boolean,
): Promise<Record<string, unknown> | undefined> {
  const args = { ...given };
  for (const definition of definitions) {
    if (args[definition.name] !== undefined) continue;
    if (onlyRequired && !definition.required) continue;
    const value = await promptOne(command, definition);
    if (value === cancelled) return undefined;
    if (value !== undefined) args[definition.name] = value;
  }
  return args;
}

const cancelled = Symbol('cancelled');

async function promptOne(
  command: string,
  definition: ArgumentDefinition,
): Promise<string | boolean | undefined | typeof cancelled> {
  const title = definition.required
    ? `${command}: ${definition.name}`
    : vscode.l10n.t('{0}: {1} (optional)', command, definition.name);
  if (definition.type === 'boolean' || definition.choices) {
    const values: (string | boolean)[] =
      definition.type === 'boolean' ? [true, false] : [...(definition.choices ?? [])];
    const items: (vscode.QuickPickItem & { value: string | boolean | undefined })[] = values.map((v) => ({
      label: definition.type === 'boolean' ? (v ? vscode.l10n.t('Yes') : vscode.l10n.t('No')) : String(v),
      value: v,
    }));
    if (!definition.required)
      items.push({
        label: vscode.l10n.t('Skip'),
        description: vscode.l10n.t('leave unset'),
        value: undefined,
      });
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: definition.description });
    return picked ? picked.value : cancelled;
  }
  const value = await vscode.window.showInputBox({
    title,
    prompt: definition.description,
    validateInput: (text) =>
      definition.required && text.trim() === ''
        ? vscode.l10n.t("'{0}' is required: {1}", definition.name, definition.description)
        : undefined,
  });
  if (value === undefined) return cancelled;
  return value === '' && !definition.required ? undefined : value;
}
