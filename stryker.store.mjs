// The timesheet store's mutation run (see stryker.config.mjs): its own tests, with the file watcher's, which the
// store's change notifications go through.
import core from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...core,
  mutate: ['src/store/**/*.ts'],
  commandRunner: {
    command:
      'node --import tsx test/runner/unit.mjs --bail test/unit/store test/unit/files/watchFileInFolder',
  },
  htmlReporter: { fileName: 'reports/mutation/store/index.html' },
  jsonReporter: { fileName: 'reports/mutation/store/mutation.json' },
  tempDirName: '.stryker-tmp-store',
};
