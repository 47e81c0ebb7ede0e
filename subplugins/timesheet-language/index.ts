import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { ParsedDocuments } from './parsedDocuments';
import { TimesheetDiagnostics } from './diagnostics';
import { ActivityNameCompletion } from './completion';
import { ActivityDurationHover } from './hover';
import { keepDataFileInUttLanguage } from './dataFileLanguage';

/**
 * Editing comfort for the timesheet (language `utt`: `utt.log`, `*.utt`, the timesheet Timekeeper reads whatever its
 * name, and files the user associates): problems for lines utt would refuse, completion of activity names from
 * history, and each entry's duration on hover.
 */
export function activate(api: Api): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: 'utt' };
  const parsed = new ParsedDocuments(api);
  return vscode.Disposable.from(
    keepDataFileInUttLanguage(api),
    new TimesheetDiagnostics(parsed),
    vscode.languages.registerCompletionItemProvider(selector, new ActivityNameCompletion(parsed), ' '),
    vscode.languages.registerHoverProvider(selector, new ActivityDurationHover(parsed)),
  );
}
