import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  appendedText,
  buildReportModel,
  formatEntryLine,
  parseTimesheet,
  renderReportText,
  tailOf,
  TimekeeperError,
  type NewEntry,
  type ReportArgs,
} from '../../../src/core';
import { TimesheetStore } from '../../../src/store/timesheetStore';

/*
 * Runs a conformance case's steps against the core, as utt runs them: the timesheet is text that appends extend
 * (utt's own appends: `\n` line endings, a comment kept as given), and `report` renders the core's report. Both the
 * vendored differential cases and utt's own cases go through here.
 */

export interface ConformanceStep {
  readonly now: string;
  readonly command: string;
  readonly args: Record<string, unknown>;
  readonly utt: string;
}

export interface CaseRun {
  /** The timesheet's text after the steps (or up to the failing one). */
  readonly log: string;
  /** What the steps printed before any failure. */
  readonly output: string;
  /** The failing step's error, if one failed. */
  readonly error?: Error;
}

/** `YYYY-MM-DD HH:MM` as a local time in the process's zone, as utt's `--now` reads it. */
export function localTime(text: string): Date {
  const [day, time] = text.split(' ');
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const result = new Date(2000, month - 1, date, hours, minutes);
  // The constructor would read a year below 100 as 19xx.
  result.setFullYear(year, month - 1, date);
  return result;
}

// ignoreBOM keeps a byte-order mark in the text, where the core's parser meets it as it meets the file's.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Runs `steps` on a timesheet holding `log` (none when null); stops at the first step that fails. */
export async function runSteps(log: Buffer | null, steps: readonly ConformanceStep[]): Promise<CaseRun> {
  let text: string;
  try {
    text = log === null ? '' : decoder.decode(log);
  } catch {
    // A file that is not UTF-8 is the store's to refuse: its message is the project's answer.
    return { log: '', output: '', error: await storeRefusal(log as Buffer) };
  }
  let output = '';
  for (const step of steps) {
    try {
      const result = runStep(text, step);
      text += result.appended;
      output += result.printed;
    } catch (thrown) {
      return { log: text, output, error: thrown as Error };
    }
  }
  return { log: text, output };
}

function runStep(log: string, step: ConformanceStep): { appended: string; printed: string } {
  const now = localTime(step.now);
  const { entries, errors } = parseTimesheet(log);
  if (errors.length > 0) throw errors[0];
  const append = (entry: NewEntry) => appendedText(tailOf(log, entries), entry);
  switch (step.command) {
    case 'hello':
      return { appended: append({ date: now, name: 'hello' }), printed: '' };
    case 'add': {
      const comment = step.args.comment as string | undefined;
      const entry = { date: now, name: String(step.args.name), ...(comment ? { comment } : {}) };
      return { appended: append(entry), printed: '' };
    }
    case 'stretch': {
      const last = entries.at(-1);
      if (!last) throw new TimekeeperError('No entry to stretch');
      const entry = { date: now, name: last.name, ...(last.comment ? { comment: last.comment } : {}) };
      const printed = `stretched ${formatEntryLine(last)}\n        → ${formatEntryLine(entry)}\n`;
      return { appended: append(entry), printed };
    }
    case 'report':
      return {
        appended: '',
        printed: renderReportText(buildReportModel(entries, step.args as ReportArgs, now)),
      };
    default:
      throw new Error(`conformance case: unknown command ${step.command}`);
  }
}

async function storeRefusal(bytes: Buffer): Promise<Error> {
  const folder = mkdtempSync(path.join(tmpdir(), 'timekeeper-conformance-'));
  try {
    const file = path.join(folder, 'utt.log');
    writeFileSync(file, bytes);
    const store = new TimesheetStore(file);
    try {
      await store.entries();
      return new Error('the store read a file that is not UTF-8');
    } catch (error) {
      return error as Error;
    } finally {
      store.dispose();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
