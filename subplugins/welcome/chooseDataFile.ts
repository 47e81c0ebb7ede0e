import * as vscode from 'vscode';

/**
 * Lets the person pick the timesheet: an existing file (utt's from another machine, a synced folder) or a new one.
 * The choice goes to the user settings (`timekeeper.dataFile` has machine scope, so no workspace can redirect it).
 */
export async function chooseDataFile(current: string): Promise<string | undefined> {
  const USE_EXISTING = vscode.l10n.t('Use an Existing File…');
  const CREATE_NEW = vscode.l10n.t('Create a New File…');
  const choice = await vscode.window.showQuickPick(
    [
      {
        label: USE_EXISTING,
        detail: vscode.l10n.t('A utt timesheet that is already there: the utt CLI and Timekeeper share it.'),
      },
      { label: CREATE_NEW, detail: vscode.l10n.t('An empty timesheet, created at the first entry.') },
    ],
    {
      title: vscode.l10n.t('Timekeeper: Choose Timesheet File'),
      placeHolder: vscode.l10n.t('Now: {0}', current),
    },
  );
  if (!choice) return undefined;
  const defaultUri = vscode.Uri.file(current);
  const uri =
    choice.label === USE_EXISTING
      ? (
          await vscode.window.showOpenDialog({
            defaultUri,
            canSelectFiles: true,
            canSelectFolders: false,
            canSelectMany: false,
            openLabel: vscode.l10n.t('Use as Timesheet'),
            title: vscode.l10n.t('Timekeeper: Choose the timesheet'),
          })
        )?.[0]
      : await vscode.window.showSaveDialog({
          defaultUri,
          saveLabel: vscode.l10n.t('Create Timesheet'),
          title: vscode.l10n.t('Timekeeper: Where to keep the new timesheet'),
        });
  if (!uri) return undefined;
  if (uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Timekeeper: the timesheet must be a file on this machine, not {0}. Choose a local file.',
        uri.toString(),
      ),
    );
    return undefined;
  }
  await vscode.workspace
    .getConfiguration('timekeeper')
    .update('dataFile', uri.fsPath, vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Timekeeper: the timesheet is now {0}.', uri.fsPath),
  );
  return uri.fsPath;
}
