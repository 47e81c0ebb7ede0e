import { formatDuration, type Breakdown, type BreakdownRow } from '../../src/api';
import { markdownTable } from './markdownTable';
import { decimalHours } from './timeText';

/** The files a report lists: the ones most of the time went to; the JSON export keeps them all. */
const TOP_FILES = 10;

/**
 * "Where the time went": the journal's breakdown of a report's days (person and agents, languages, branches and their
 * tickets, the top files). Branch and file names come from the person's repositories: escaped like the timesheet's.
 */
export function breakdownMarkdown(breakdown: Breakdown): string {
  return `${[
    '## Where the time went',
    "What the journal of work signals saw in these days. Agents' time runs beside yours: the two are not added.",
    markdownTable(
      ['Who', 'Duration', 'Hours'],
      [
        ['Person', formatDuration(breakdown.person), decimalHours(breakdown.person)],
        ['Agents', formatDuration(breakdown.agent), decimalHours(breakdown.agent)],
      ],
    ),
    ...rowsTable('Languages', ['Language'], breakdown.languages),
    ...rowsTable('Branches and tickets', ['Branch', 'Ticket'], breakdown.branches, (row) => [
      row.ticket ?? '',
    ]),
    ...rowsTable(`Files (top ${TOP_FILES})`, ['File'], breakdown.files.slice(0, TOP_FILES)),
  ].join('\n\n')}\n`;
}

/** A heading and a table of rows with their person and agent time; nothing when there are no rows. */
function rowsTable<Row extends BreakdownRow>(
  title: string,
  header: readonly string[],
  rows: readonly Row[],
  cells: (row: Row) => readonly string[] = () => [],
): string[] {
  if (rows.length === 0) return [];
  return [
    `### ${title}`,
    markdownTable(
      [...header, 'Person', 'Agents'],
      rows.map((row) => [row.key, ...cells(row), formatDuration(row.person), formatDuration(row.agent)]),
    ),
  ];
}
