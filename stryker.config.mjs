// Mutation testing (`npm run test:mutation`): every mutant of src/core, then of src/store, must make a unit test fail.
// This file is the domain core's run; stryker.store.mjs is the store's, on the same settings. Too slow for `npm test`
// (on this project's 2-core machines the core's 1,440 mutants took 39 minutes alone, the store's 663 took 89 beside
// another run); the HTML and JSON reports land in reports/mutation/core/ and reports/mutation/store/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/**/*.ts', '!src/core/index.ts'],
  // Stryker's mocha runner cannot load mocha 12 (it requires lib/cli/*.js, now *.cjs), so each mutant runs, as a
  // command, the unit tests that exercise the code under test (the core directly, through the export serialisers, or
  // as the public functions of the API re-export it), stopping at the first failure. A command cannot report coverage per test: every mutant runs all of these tests,
  // so each run names only the tests of its own code (the core's take 2 s, the store's faults 10 s).
  testRunner: 'command',
  commandRunner: {
    command:
      'node --import tsx test/runner/unit.mjs --bail test/unit/core test/unit/export test/unit/api/publicFunctions',
  },
  coverageAnalysis: 'off',
  plugins: ['@stryker-mutator/typescript-checker'],
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // One TypeScript checker and one test runner. Two runners on two cores make a whole run slower than the limit
  // Stryker takes from its first run, and a slow run would count as a mutant detected.
  concurrency: 2,
  // A mutant that loops is stopped 20 s after the tests' own time, and counts as detected. A shorter grace counts a
  // run that was merely slow as detected too: with 5 s on a busy machine, 59 of the store's 118 "timed out" mutants
  // survived when run again with 20 s on an idle one.
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/core/index.html' },
  jsonReporter: { fileName: 'reports/mutation/core/mutation.json' },
  ignorePatterns: ['dist', 'out', '.test-run', 'reports', 'docs/api', '*.vsix', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp-core',
  cleanTempDir: 'always',
};
