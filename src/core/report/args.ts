import { TimekeeperError } from '../errors';

/** The `report` command's arguments, named as in this project's API; each stands for one of utt's. */
export interface ReportArgs {
  /** The day to report (utt's positional `date`): `YYYY-MM-DD`, `today`, `yesterday` or a weekday name. */
  readonly date?: string;
  /** First day, overriding the others' (`--from`). */
  readonly from?: string;
  /** Last day (`--to`); a weekday is the next one from the first day on. */
  readonly to?: string;
  /** `this`, `prev`, a week number or `-N` weeks ago (`--week`). */
  readonly week?: string;
  /** `this`, `prev`, `YYYY-MM`, a month name, a month number or `-N` months ago (`--month`). */
  readonly month?: string;
  /** Only this project's activities; '' keeps those without a project, as in utt. */
  readonly project?: string;
  /** Per-day totals instead of projects. */
  readonly perDay?: boolean;
  /** Details even for a report of several days. */
  readonly details?: boolean;
  /** Comments in the details. */
  readonly comments?: boolean;
  /** Only this section, as CSV (checked at run time too: palettes and plugins pass plain strings). */
  readonly csvSection?: CsvSectionName;
  readonly noCurrentActivity?: boolean;
  /** The current activity's name (default `-- Current Activity --`). */
  readonly currentActivity?: string;
}

export type CsvSection = 'per_day' | 'per_task';

/** The spellings utt accepts for `--csv-section`, and the section each names. */
export const CSV_SECTION_NAMES = Object.freeze({
  per_day: 'per_day',
  'per-day': 'per_day',
  per_task: 'per_task',
  'per-task': 'per_task',
} as const satisfies Record<string, CsvSection>);

export type CsvSectionName = keyof typeof CSV_SECTION_NAMES;

export const DEFAULT_CURRENT_ACTIVITY_NAME = '-- Current Activity --';

export function csvSectionOf(args: ReportArgs): CsvSection | undefined {
  if (args.csvSection === undefined) {
    return undefined;
  }
  if (!Object.hasOwn(CSV_SECTION_NAMES, args.csvSection)) {
    const names = Object.keys(CSV_SECTION_NAMES).join(', ');
    throw new TimekeeperError(`Invalid CSV section: ${args.csvSection} (expected one of ${names})`);
  }
  return CSV_SECTION_NAMES[args.csvSection];
}

/** The current activity's name, or undefined when the report leaves it out. */
export function currentActivityNameOf(args: ReportArgs): string | undefined {
  return args.noCurrentActivity ? undefined : (args.currentActivity ?? DEFAULT_CURRENT_ACTIVITY_NAME);
}
