// Every English string the sources pass to `vscode.l10n.t`, and the report webview to its `t`, has an entry in each
// l10n/bundle.l10n.<language>.json (the panel hands the webview the same bundle), no entry is left over from a string
// that changed, and each translation keeps the `{n}` placeholders and command
// links of its English key (a lost `{0}` drops a value; a changed link runs nothing).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runtimeStrings, WEBVIEW_CALL } from './runtimeStrings';

const root = path.resolve(__dirname, '../../..');
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();
const placeholders = (text: string): string[] => sorted(text.match(/\{\d+\}/g) ?? []);
const links = (text: string): string[] => [...text.matchAll(/\]\((command:[^)]+)\)/g)].map((m) => m[1]);

const bundles = readdirSync(path.join(root, 'l10n')).filter((file) =>
  /^bundle\.l10n\.[\w-]+\.json$/.test(file),
);
const readBundle = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(root, 'l10n', file), 'utf8')) as Record<string, string>;

suite('Runtime translations (l10n/bundle.l10n.*.json)', () => {
  const extension = runtimeStrings(root, ['src', 'subplugins']);
  const webview = runtimeStrings(root, ['subplugins/report-view/webview'], WEBVIEW_CALL);
  const keys = new Set([...extension.keys, ...webview.keys]);
  const notLiteral = [...extension.notLiteral, ...webview.notLiteral];

  test('package.json points VS Code at the l10n folder', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  test('the sources localize strings, each a literal VS Code can look up', () => {
    assert.ok(keys.size > 50, `only ${keys.size} localized strings found: is the scan broken?`);
    assert.deepEqual(notLiteral, []);
  });

  test('the report webview localizes its strings, each a literal', () => {
    assert.ok(webview.keys.size > 40, `only ${webview.keys.size} webview strings found: is the scan broken?`);
    assert.ok(webview.keys.has('Working') && webview.keys.has('{0} of {1} ({2} × {3} days)'));
  });

  test('German is there', () => assert.ok(bundles.includes('bundle.l10n.de.json')));

  for (const file of bundles) {
    test(`${file}: every string of the report webview has an entry`, () => {
      const bundle = readBundle(file);
      assert.deepEqual(
        sorted(webview.keys).filter((key) => !(key in bundle)),
        [],
        'webview strings without a translation',
      );
    });

    test(`${file}: every localized string has an entry, and every entry is used`, () => {
      const bundle = readBundle(file);
      assert.deepEqual(
        sorted(keys).filter((key) => !(key in bundle)),
        [],
        'strings without a translation',
      );
      assert.deepEqual(
        sorted(Object.keys(bundle)).filter((key) => !keys.has(key)),
        [],
        'entries no source uses',
      );
    });

    test(`${file}: translations keep the placeholders and command links of their keys`, () => {
      for (const [key, text] of Object.entries(readBundle(file))) {
        assert.ok(text.trim() !== '', `"${key}" is empty`);
        assert.deepEqual(placeholders(text), placeholders(key), key);
        assert.deepEqual(links(text), links(key), key);
      }
    });
  }

  test('the scan reads escapes and both quote styles as VS Code sees the string', () => {
    assert.ok(keys.has("and don't ask again"));
    assert.ok(keys.has('No project in the timesheet yet (names like "project: task")'));
    assert.ok(
      [...keys].some((key) => key.startsWith('**Timekeeper cannot read the timesheet.**\n\n{0}\n\n')),
    );
  });
});
