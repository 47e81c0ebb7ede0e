import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../../../src/api';
import { parseName } from '../../../src/api/names';
import { NamingTemplates } from '../../../src/journal/namingTemplate';
import { defaultWorkName } from '../../../src/journal/workName';

const span = (work: Partial<Span>): Span => ({
  start: 0,
  end: 1,
  kind: 'edit',
  actor: 'person',
  source: 'own',
  ...work,
});
const full = span({
  folder: 'acme',
  repository: 'acme-web',
  branch: 'feature/ABC-123-login',
  language: 'typescript',
  file: 'src/login.ts',
});

suite('ledger: the naming template (timekeeper.naming.template)', () => {
  test('an empty template is the built-in rule, unchanged', () => {
    const templates = new NamingTemplates(() => assert.fail('no warning'));
    for (const template of [undefined, '', '   '])
      assert.equal(templates.workName(template), defaultWorkName);
    assert.equal(templates.workName('').name(full), 'acme: ABC-123 login');
  });

  test('each variable', () => {
    const name = (template: string, work = full) =>
      new NamingTemplates(assert.fail).workName(template).name(work);
    assert.equal(name('${folder}: ${ticket}'), 'acme: ABC-123 login');
    assert.equal(name('${repository}: ${branch}'), 'acme-web: feature/ABC-123-login');
    assert.equal(name('${repository}: ${ticket} (${language})'), 'acme-web: ABC-123 login (typescript)');
    // The ticket without one in the branch: the file's top folder, else work.
    assert.equal(
      name('${folder}: ${ticket}', span({ folder: 'acme', branch: 'main', file: 'docs/a.md' })),
      'acme: docs',
    );
    assert.equal(name('${folder}: ${ticket}', span({ folder: 'acme' })), 'acme: work');
  });

  test('empty parts go with their separators; the result is a valid work name', () => {
    const name = (template: string, work: Partial<Span>) =>
      new NamingTemplates(assert.fail).workName(template).name(span(work));
    assert.equal(name('${repository}: ${ticket}', { branch: 'fix/ABC-9-x' }), 'ABC-9 x');
    assert.equal(name('${folder}/${branch}: ${ticket}', { folder: 'acme' }), 'acme: work');
    assert.equal(name('${folder}/${branch}: ${ticket}', {}), 'work');
    assert.equal(name('${folder}: ${ticket}', { folder: 'My App: v2', branch: 'fix/a**' }), 'My-App-v2: a');
    assert.equal(name('${folder}:\n${language}*', { folder: 'acme', language: 'go' }), 'acme: go');
  });

  test('an unknown variable or an empty result: one warning per template, and the built-in rule', () => {
    const warnings: string[] = [];
    const templates = new NamingTemplates((message) => warnings.push(message));
    const unknown = templates.workName('${project}: ${ticket}');
    assert.equal(unknown.name(full), 'acme: ABC-123 login');
    assert.equal(templates.workName('${project}: ${ticket}').name(full), 'acme: ABC-123 login');
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0] ?? '',
      /uses \$\{project\}.*\$\{folder\}, \$\{repository\}, \$\{branch\}, \$\{ticket\}, \$\{language\}/,
    );
    const empty = templates.workName('${language}');
    assert.equal(empty.name(span({ folder: 'acme' })), 'acme: work');
    assert.equal(empty.name(span({ folder: 'web' })), 'web: work');
    assert.equal(empty.name(span({ language: 'go' })), 'go');
    assert.equal(warnings.length, 2);
    assert.match(warnings[1] ?? '', /gives an empty name/);
  });

  test('property: whatever the values, the name is one line, non-empty, and utt reads it as work', () => {
    const text = fc.option(fc.string({ unit: fc.constantFrom('a', ' ', ':', '*', '\n', '-', '/', 'Z') }), {
      nil: undefined,
    });
    fc.assert(
      fc.property(text, text, text, text, (folder, repository, branch, language) => {
        const work = span({ folder, repository, branch, language });
        const name = new NamingTemplates(() => undefined)
          .workName('${repository}: ${ticket} ${branch}*')
          .name(work);
        assert.ok(name.length > 0 && !name.includes('\n'), JSON.stringify(name));
        assert.equal(parseName(name).type, 'work', name);
      }),
    );
  });
});
