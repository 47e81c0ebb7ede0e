import * as vscode from 'vscode';
import { parseName } from '../../src/api';
import type { ParsedDocuments } from './parsedDocuments';

/** The date and time that start an entry line, up to where its name begins. */
const ENTRY_PREFIX = /^\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{1,2}\s+/;

/**
 * Completes activity names from the timesheet's history once a line has its date and time: the most recent first,
 * `hello` and the name being typed on this very line left out.
 */
export class ActivityNameCompletion implements vscode.CompletionItemProvider {
  readonly #parsed: ParsedDocuments;

  constructor(parsed: ParsedDocuments) {
    this.#parsed = parsed;
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const prefix = ENTRY_PREFIX.exec(before);
    if (!prefix || before.slice(prefix[0].length).includes('  #')) return [];
    const replace = new vscode.Range(position.line, prefix[0].length, position.line, position.character);
    const { entries } = this.#parsed.of(document);
    const seen = new Map<string, number>();
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (!entry || entry.line === position.line + 1 || parseName(entry.name).hello) continue;
      seen.set(entry.name, (seen.get(entry.name) ?? 0) + 1);
    }
    return [...seen].map(([name, uses], rank) => {
      const item = new vscode.CompletionItem(name, kindOf(name));
      item.range = replace;
      item.detail = `${uses} entr${uses === 1 ? 'y' : 'ies'}`;
      // Keep history order (most recent first) rather than alphabetical.
      item.sortText = String(rank).padStart(6, '0');
      return item;
    });
  }
}

function kindOf(name: string): vscode.CompletionItemKind {
  const { type, project } = parseName(name);
  if (type !== 'work') return vscode.CompletionItemKind.Event;
  return project ? vscode.CompletionItemKind.Module : vscode.CompletionItemKind.Text;
}
