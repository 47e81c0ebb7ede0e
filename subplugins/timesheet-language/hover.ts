import * as vscode from 'vscode';
import { escapeMarkdown, formatDuration, formatTimeOfDay, parseName, type Entry } from '../../src/api';
import type { ParsedDocuments } from './parsedDocuments';

/**
 * Hovering an entry tells how long its activity lasted: from the entry before it to this one, as utt counts it
 * (the activity is named by the entry that ends it; a `hello` starts a day and closes nothing).
 */
export class ActivityDurationHover implements vscode.HoverProvider {
  readonly #parsed: ParsedDocuments;

  constructor(parsed: ParsedDocuments) {
    this.#parsed = parsed;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const { entries, byLine } = this.#parsed.of(document);
    const entry = byLine.get(position.line + 1);
    if (!entry) return undefined;
    const index = entries.indexOf(entry);
    const previous = index > 0 ? entries[index - 1] : undefined;
    const markdown = new vscode.MarkdownString(describe(entry, previous));
    const line = document.lineAt(position.line);
    return new vscode.Hover(
      markdown,
      new vscode.Range(position.line, line.firstNonWhitespaceCharacterIndex, position.line, line.text.length),
    );
  }
}

export function describe(entry: Entry, previous: Entry | undefined): string {
  const { hello, type } = parseName(entry.name);
  if (hello) return '**hello**: the day starts here';
  if (!previous)
    return `**${escapeMarkdown(entry.name)}**: no earlier entry, so no duration (start the day with \`hello\`)`;
  const duration = formatDuration(entry.date.getTime() - previous.date.getTime());
  const times = `${formatTimeOfDay(previous.date)}–${formatTimeOfDay(entry.date)}`;
  return `**${duration}** ${times} · ${type} · ${escapeMarkdown(entry.name)}`;
}
