// Mutation testing of the domain core and the timesheet store (`npm run test:mutation`): every mutant of
// src/core and src/store must make a unit test fail. Slow (about an hour for its 1,600 mutants on a shared 2-core
// machine), so it is not part of `npm test`; the HTML and JSON reports land in reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/**/*.ts', 'src/store/**/*.ts', '!src/core/index.ts'],
  // Stryker's mocha runner cannot load mocha 12 (it requires lib/cli/*.js, now *.cjs), so each mutant runs the unit
  // tests that exercise src/core and src/store (directly, or through the export serialisers) as a command, stopping
  // at the first failure. A command cannot report coverage per test: every mutant runs all of these tests.
  testRunner: 'command',
  commandRunner: {
    command: 'node --import tsx test/runner/unit.mjs --bail test/unit/core test/unit/store test/unit/export',
  },
  coverageAnalysis: 'off',
  plugins: ['@stryker-mutator/typescript-checker'],
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  concurrency: 2,
  // A mutant that loops is stopped 20 s after the tests' own time, and counts as detected. A shorter grace counts a
  // run that was merely slow as detected too: with 5 s on a busy machine, 59 of the store's 118 "timed out" mutants
  // survived when run again with 20 s on an idle one. Measure on an idle machine.
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'out', '.test-run', 'reports', 'docs/api', '*.vsix'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
