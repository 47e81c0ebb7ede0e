// utt's own integration cases (GPL, from utt's test suite, kept outside this repository at ../shared/conformance/utt
// when present), run through the same path a user's command takes: the installed extension's sub-plugins, the
// Timesheet store on a real file, with `Output` and `Now` overridden the way a plugin would override them.
import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Api } from '../../src/api';
import { TESTS, getApi, localTime, tempTimesheet } from './helpers';

// The compiled tests live in <repo>/out/integration; shared/ is a sibling of the repository.
const conformance = path.resolve(__dirname, '..', '..', '..', 'shared', 'conformance', 'utt');

interface Case {
  readonly id: string;
  readonly log: string | null;
  readonly steps: readonly { now: string; command: string; args: Record<string, unknown>; utt: string }[];
  readonly expect: {
    readonly log?: string;
    readonly output?: string;
    readonly outputFirstHeader?: string;
    readonly ignoreCarriageReturns?: boolean;
    readonly errorMessage?: string;
  };
}

const casesFile = path.join(conformance, 'cases.json');
const cases = existsSync(casesFile)
  ? (JSON.parse(readFileSync(casesFile, 'utf8')) as { cases: Case[] }).cases
  : [];
// One line in every run says whether utt's own cases were there to run.
console.log(
  cases.length > 0
    ? `utt's own cases: ${cases.length} run`
    : `utt's own cases: not found at ${conformance}: skipped`,
);
const data = (file: string) => readFileSync(path.join(conformance, file), 'utf8');

// Without utt's cases there is nothing to declare: the line above says so (a skipped suite fails the run).
if (cases.length > 0)
  suite('utt conformance through the commands', () => {
    let api: Api;
    suiteSetup(async () => {
      api = await getApi();
    });

    for (const testCase of cases) {
      test(`${testCase.id}: ${testCase.steps.map((s) => `utt ${s.utt}`).join('; ')}`, async () => {
        const file = tempTimesheet();
        if (testCase.log !== null) await fs.copyFile(path.join(conformance, testCase.log), file);
        let output = '';
        let error: Error | undefined;
        const registrations = [
          api.registerComponent(api.tokens.DataFile, () => file, TESTS),
          api.registerComponent(
            api.tokens.Output,
            () => ({ write: (text: string) => (output += text) }),
            TESTS,
          ),
        ];
        try {
          for (const step of testCase.steps) {
            const now = api.registerComponent(api.tokens.Now, () => localTime(step.now), TESTS);
            try {
              const returned = await api.runCommand(step.command, step.args);
              if (step.command === 'report' || step.command === 'stretch') {
                assert.equal(typeof returned, 'string', 'report and stretch return their text');
              }
            } catch (thrown) {
              error = thrown as Error;
              break;
            } finally {
              now.dispose();
            }
          }
        } finally {
          for (const r of registrations) r.dispose();
        }
        const { expect } = testCase;
        if (expect.errorMessage !== undefined) {
          assert.equal(error?.message, expect.errorMessage);
          return;
        }
        if (error) throw error;
        if (expect.log !== undefined) assert.equal(await fs.readFile(file, 'utf8'), data(expect.log));
        if (expect.output !== undefined) {
          const strip = (text: string) => (expect.ignoreCarriageReturns ? text.replaceAll('\r', '') : text);
          assert.equal(strip(output), strip(data(expect.output)));
        }
        if (expect.outputFirstHeader !== undefined) {
          const header = output.split('\n').find((line) => line.startsWith('-'));
          assert.equal(`${header}\n`, data(expect.outputFirstHeader));
        }
      });
    }
  });
