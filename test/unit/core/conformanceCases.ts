import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSteps, type ConformanceStep } from './conformanceRun';

export { localTime } from './conformanceRun';

/*
 * utt's own integration cases (GPL, from utt's test suite), kept outside this repository: they run when a checkout
 * of them sits at ../shared/conformance/utt beside the repository, and are skipped otherwise.
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
    // None anywhere: where they would be, for the line that says they were not run.
    if (path.dirname(folder) === folder)
      return path.resolve(repositoryRoot, '..', 'shared', 'conformance', 'utt');
  }
}

export const conformanceDirectory = findConformanceDirectory();

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

/** The cases, or none when utt's cases are not beside the repository. */
export function loadCases(): ConformanceCase[] {
  const file = path.join(conformanceDirectory, 'cases.json');
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: ConformanceCase[] }).cases;
}

export function readData(relativePath: string): string {
  return fs.readFileSync(path.join(conformanceDirectory, relativePath), 'utf8');
}

/** Runs a case's steps against the core; throws the first step's error, as utt exits on it. */
export async function runCase(testCase: ConformanceCase): Promise<{ log: string; output: string }> {
  const log = testCase.log === null ? null : Buffer.from(readData(testCase.log), 'utf8');
  const run = await runSteps(log, testCase.steps);
  if (run.error) throw run.error;
  return run;
}
