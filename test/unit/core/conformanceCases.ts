import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  addEntry,
  appendedText,
  buildReportModel,
  helloEntry,
  parseTimesheet,
  renderReportText,
  stretchEntry,
  tailOf,
  type ReportArgs,
} from '../../../src/core';

/*
 * utt's own integration cases (../shared/conformance/utt, a sibling of the repository), run against the core:
 * appends on an in-memory timesheet, reports rendered to text.
 */

const repositoryRoot = path.resolve(__dirname, '..', '..', '..');

/**
 * The nearest `shared/conformance/utt` beside the repository or beside one of its ancestors: a git worktree
 * (one folder deeper) or a mutation-testing sandbox (inside the repository) still finds the cases beside the main
 * checkout.
 */
function findConformanceDirectory(): string {
  for (let folder = repositoryRoot; ; folder = path.dirname(folder)) {
    const candidate = path.resolve(folder, '..', 'shared', 'conformance', 'utt');
    if (fs.existsSync(path.join(candidate, 'cases.json'))) return candidate;
    if (path.dirname(folder) === folder) {
      throw new Error(
        `utt's conformance cases (shared/conformance/utt/cases.json) not found beside ${repositoryRoot}`,
      );
    }
  }
}

export const conformanceDirectory = findConformanceDirectory();

export interface ConformanceStep {
  readonly now: string;
  readonly command: 'add' | 'hello' | 'stretch' | 'report';
  readonly args: Record<string, unknown>;
  readonly utt: string;
}

export interface ConformanceCase {
  readonly id: string;
  readonly log: string | null;
  readonly steps: readonly ConformanceStep[];
  readonly expect: {
    readonly log?: string;
    readonly output?: string;
    readonly outputFirstHeader?: string;
    readonly ignoreCarriageReturns?: boolean;
    readonly errorMessage?: string;
  };
}

export function loadCases(): ConformanceCase[] {
  const file = path.join(conformanceDirectory, 'cases.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: ConformanceCase[] }).cases;
}

export function readData(relativePath: string): string {
  return fs.readFileSync(path.join(conformanceDirectory, relativePath), 'utf8');
}

/** `YYYY-MM-DD HH:MM` as a local time, as utt's `--now` reads it. */
export function localTime(text: string): Date {
  const [day, time] = text.split(' ');
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(year, month - 1, date, hours, minutes);
}

export interface CaseRun {
  /** The timesheet after the steps. */
  readonly log: string;
  /** What the commands printed. */
  readonly output: string;
}

/** Runs a case's steps as utt's commands would: appends change the timesheet text, reports print. */
export function runCase(testCase: ConformanceCase): CaseRun {
  let log = testCase.log === null ? '' : readData(testCase.log);
  let output = '';
  for (const step of testCase.steps) {
    const now = localTime(step.now);
    const { entries, errors } = parseTimesheet(log);
    if (errors.length > 0) {
      throw new Error(errors[0].message);
    }
    switch (step.command) {
      case 'hello':
        log += appendedText(tailOf(log, entries), helloEntry(now));
        break;
      case 'add':
        log += appendedText(
          tailOf(log, entries),
          addEntry(now, String(step.args.name), step.args.comment as string | undefined),
        );
        break;
      case 'stretch': {
        const stretch = stretchEntry(entries.at(-1), now);
        log += appendedText(tailOf(log, entries), stretch.entry);
        output += stretch.lines.map((line) => `${line}\n`).join('');
        break;
      }
      case 'report':
        output += renderReportText(buildReportModel(entries, step.args as ReportArgs, now));
        break;
    }
  }
  return { log, output };
}
