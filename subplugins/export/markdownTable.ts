import { escapeMarkdown } from '../../src/api';

/** A Markdown table whose every cell is escaped: the timesheet's and the journal's text stays text in any renderer. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}
