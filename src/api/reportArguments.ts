import type { ArgumentDefinition } from './index';

/**
 * The arguments that choose a report's days and project, as `report`, `open-report` and `export` take them: a
 * plugin command that reports on a range can offer the same ones (`args: [...REPORT_RANGE_ARGUMENTS, …]`).
 */
export const REPORT_RANGE_ARGUMENTS: readonly ArgumentDefinition[] = Object.freeze([
  { name: 'date', description: 'A day: YYYY-MM-DD, a weekday name, today or yesterday', type: 'string' },
  { name: 'from', description: 'First day of the range (YYYY-MM-DD)', type: 'string' },
  { name: 'to', description: 'Last day of the range (YYYY-MM-DD)', type: 'string' },
  { name: 'week', description: 'A week: this, prev, a week number or a negative offset', type: 'string' },
  {
    name: 'month',
    description: 'A month: this, prev, YYYY-MM, a month name, a number or a negative offset',
    type: 'string',
  },
  { name: 'project', description: 'Only the activities of this project', type: 'string' },
] satisfies ArgumentDefinition[]);
