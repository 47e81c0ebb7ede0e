import * as vscode from 'vscode';
import { formatIsoDate, formatTimeOfDay, type Entry, type TimesheetProblem } from '../../src/api';
import type { ParsedDocuments } from './parsedDocuments';

const ENTRY_FORMAT = 'expected "YYYY-MM-DD HH:MM name", optionally followed by "  # comment"';

/**
 * Problems panel entries for the lines utt would refuse: lines that do not parse and entries out of chronological
 * order, each with its line and what was expected. Re-checked shortly after typing stops, not on every keystroke.
 */
export class TimesheetDiagnostics implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('timekeeper');
  readonly #parsed: ParsedDocuments;
  readonly #pending = new Map<string, NodeJS.Timeout>();
  readonly #subscriptions: vscode.Disposable[];

  constructor(parsed: ParsedDocuments) {
    this.#parsed = parsed;
    this.#subscriptions = [
      // Opening, and changing the language of an open document ("Change Language Mode"), both arrive here.
      vscode.workspace.onDidOpenTextDocument((d) => this.#check(d)),
      // Every keystroke in every document arrives here: only timesheets go further.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'utt') this.#checkSoon(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.#collection.delete(d.uri)),
    ];
    vscode.workspace.textDocuments.forEach((d) => this.#check(d));
  }

  dispose(): void {
    for (const timer of this.#pending.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.#subscriptions, this.#collection).dispose();
  }

  #checkSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.#pending.get(key));
    this.#pending.set(
      key,
      setTimeout(() => {
        this.#pending.delete(key);
        this.#check(document);
      }, 250),
    );
  }

  #check(document: vscode.TextDocument): void {
    if (document.languageId !== 'utt' || document.isClosed) {
      this.#collection.delete(document.uri);
      return;
    }
    const { problems, entries } = this.#parsed.of(document);
    this.#collection.set(
      document.uri,
      problems.map((problem) => toDiagnostic(document, problem, entries)),
    );
  }
}

function toDiagnostic(
  document: vscode.TextDocument,
  problem: TimesheetProblem,
  entries: readonly Entry[],
): vscode.Diagnostic {
  const line = document.lineAt(Math.min(problem.line - 1, document.lineCount - 1));
  const range = new vscode.Range(
    line.lineNumber,
    line.firstNonWhitespaceCharacterIndex,
    line.lineNumber,
    line.text.length,
  );
  const expected = problem.kind === 'invalid' ? ENTRY_FORMAT : expectedAfter(entries, problem.line);
  const diagnostic = new vscode.Diagnostic(
    range,
    `${problem.message} (${expected})`,
    vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = 'utt';
  diagnostic.code = problem.kind === 'invalid' ? 'invalid-entry' : 'chronological-order';
  return diagnostic;
}

/** "expected a time at or after 2024-01-02 10:00 (line 7)": the valid entry just above the one out of order. */
function expectedAfter(entries: readonly Entry[], line: number): string {
  let before: Entry | undefined;
  for (const entry of entries) {
    if (entry.line >= line) break;
    before = entry;
  }
  if (!before) return 'expected entries in chronological order';
  const stamp = `${formatIsoDate(before.date)} ${formatTimeOfDay(before.date)}`;
  return `expected a time at or after ${stamp}, the entry at line ${before.line}`;
}
