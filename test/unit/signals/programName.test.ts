import * as assert from 'node:assert/strict';
import { programName } from '../../../subplugins/signals/programName';

suite('signals: the program of a terminal command', () => {
  test('the first word, without its folder or arguments', () => {
    assert.equal(programName('git push origin main'), 'git');
    assert.equal(programName('  /usr/bin/npm test  '), 'npm');
    assert.equal(programName('C:\\tools\\node.exe build.js'), 'node.exe');
    assert.equal(programName('"./scripts/deploy.sh" --token=SECRET'), 'deploy.sh');
  });

  test('variables set for the command are skipped, and never kept', () => {
    assert.equal(programName('API_TOKEN=abc123 NODE_ENV=test npm run e2e'), 'npm');
  });

  test('an empty line has no program', () => {
    assert.equal(programName(''), undefined);
    assert.equal(programName('   '), undefined);
    assert.equal(programName('A=1'), undefined);
  });
});
