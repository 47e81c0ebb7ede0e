import * as assert from 'node:assert/strict';
import { branchTask, defaultWorkName } from '../../../src/journal/workName';
import type { Span } from '../../../src/journal/signal';
import { OWN } from './harness';

const span = (work: Partial<Span>): Span => ({
  start: 0,
  end: 1,
  kind: 'edit',
  actor: 'person',
  source: OWN,
  ...work,
});

suite('journal: work names', () => {
  test('the task a branch names', () => {
    assert.equal(branchTask('feature/ABC-123-login'), 'ABC-123 login');
    assert.equal(branchTask('abc-123_login-form'), 'ABC-123 login form');
    assert.equal(branchTask('users/ann/fix/flaky_tests'), 'flaky tests');
    assert.equal(branchTask('42-crash-on-save'), '42 crash on save');
    assert.equal(branchTask('release/2.0'), '2.0');
    assert.equal(branchTask('JIRA-7'), 'JIRA-7');
    for (const mainline of ['main', 'master', 'develop', 'trunk', undefined, '']) {
      assert.equal(branchTask(mainline), undefined, String(mainline));
    }
  });

  test('<folder>: <task>, from the branch, else the top folder of the file, else work', () => {
    const name = (work: Partial<Span>) => defaultWorkName.name(span(work));
    assert.equal(
      name({ folder: 'acme', branch: 'feature/ABC-123-login', file: 'src/a.ts' }),
      'acme: ABC-123 login',
    );
    assert.equal(name({ folder: 'acme', branch: 'main', file: 'docs/guide.md' }), 'acme: docs');
    assert.equal(name({ folder: 'acme', file: 'README.md' }), 'acme: work');
    // utt's project has no spaces or colons; a name never ends in * (that would make it a break).
    assert.equal(name({ folder: 'My App: v2', branch: 'fix/login**' }), 'My-App-v2: login');
    assert.equal(name({ folder: 'acme', file: 'draft* */a.ts' }), 'acme: draft');
    assert.equal(name({ repository: 'tools', branch: 'spike' }), 'tools: spike');
    assert.equal(name({ kind: 'chat' }), 'work');
  });
});
