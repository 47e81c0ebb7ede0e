import * as vscode from 'vscode';
import * as path from 'node:path';
import type { Api } from '../../src/api';

/**
 * Languages VS Code gives a file by its name alone (`work.log`, `hours.txt`, a name without an extension): the data
 * file opened in one of them is switched to `utt`. Any other language was chosen by the person (a
 * `files.associations` entry, the language picker) and is kept.
 */
const GUESSED_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'log']);

/**
 * The timesheet Timekeeper reads is a utt timesheet whatever its name: when it is opened (by Edit Timesheet, the
 * Explorer or a link), and when another file becomes the timesheet while it is open, it gets the `utt` language, so
 * that problems, completion and hover work in `work.log` as in `utt.log`.
 */
export function keepDataFileInUttLanguage(api: Api): vscode.Disposable {
  const adopt = (document: vscode.TextDocument) => {
    if (!GUESSED_LANGUAGES.has(document.languageId) || document.uri.scheme !== 'file') return;
    if (!samePath(document.uri.fsPath, api.currentDataFile())) return;
    // The document may have been closed meanwhile: nothing to switch then.
    vscode.languages.setTextDocumentLanguage(document, 'utt').then(undefined, () => undefined);
  };
  const adoptAll = () => vscode.workspace.textDocuments.forEach(adopt);
  adoptAll();
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(adopt),
    api.onDidChangeDataFile(adoptAll),
  );
}

/** The same file path, also when one of them is written with `..` or (on Windows) in another case. */
function samePath(a: string, b: string): boolean {
  const normal = (file: string) => {
    const resolved = path.resolve(file);
    return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
  };
  return normal(a) === normal(b);
}
