import * as vscode from 'vscode';
import type { Entry } from '../../src/api';
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
  if (entry.name === 'hello') return '**hello**: the day starts here';
  if (!previous)
    return `**${escape(entry.name)}**: no earlier entry, so no duration (start the day with \`hello\`)`;
  const minutes = Math.round((entry.date.getTime() - previous.date.getTime()) / 60_000);
  const kind = entry.name.endsWith('***') ? 'ignored' : entry.name.endsWith('**') ? 'break' : 'work';
  const clock = (d: Date) =>
    `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `**${duration(minutes)}** ${clock(previous.date)}–${clock(entry.date)} · ${kind} · ${escape(entry.name)}`;
}

function duration(minutes: number): string {
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
