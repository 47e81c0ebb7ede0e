import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Api } from '../../src/api';

/** utt's `edit`: opens the timesheet in an editor (creating an empty one, and its folder, if there is none). */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'edit',
    description: 'Open the timesheet in an editor',
    async handler() {
      // The file the reports read, whoever decided it (the setting, a plugin's DataFile or Timesheet).
      const file = api.currentDataFile();
      await fs.mkdir(path.dirname(file), { recursive: true });
      // 'a' creates a missing file and never truncates an existing one.
      await (await fs.open(file, 'a')).close();
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const end = new vscode.Position(document.lineCount, 0);
      await vscode.window.showTextDocument(document, {
        selection: new vscode.Range(end, end),
        preview: false,
      });
      return file;
    },
  });
}
