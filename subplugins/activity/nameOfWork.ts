import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseName } from '../../src/api';

/**
 * This window's name for the work going on, in utt's `project: task` form: `<workspace folder>: <detail>`, where the
 * detail is the top-level folder of the file being edited (`src`, `test`, `docs`), or `work` for a file at the root
 * or no file. So a user who never types a name still gets time per project and per part of it.
 */
export function nameOfWork(): string {
  const document = vscode.window.activeTextEditor?.document;
  const folder =
    (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return 'work';
  const project = projectName(folder.name);
  const relative = document ? path.relative(folder.uri.fsPath, document.uri.fsPath) : '';
  const top = relative.split(path.sep)[0];
  const detail = top && !relative.startsWith('..') && top !== relative ? top : 'work';
  return `${project}: ${detail}`;
}

/**
 * utt's project is the name's non-space, non-colon characters before `: `: spaces and colons become `-`. A character
 * that is whitespace to utt (Python) but not to JavaScript is caught by reading the result back as utt does.
 */
function projectName(folderName: string): string {
  const project = folderName.replace(/[\s:]+/g, '-');
  return project && parseName(`${project}: work`).project === project ? project : 'workspace';
}
