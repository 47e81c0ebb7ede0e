// The manifest's user-facing strings live in package.nls.json (English) and package.nls.<language>.json (German:
// de): VS Code replaces each whole-string `%key%` in package.json from the file of the display language. A key
// missing from a file shows the raw `%key%` in the UI; a key no manifest string uses is a translation nobody sees.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

/** Every `%key%` placeholder among the string values of `value`, at any depth. */
function placeholdersIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([\w.-]+)%$/.exec(value);
    if (match) found.add(match[1]);
  } else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) placeholdersIn(child, found);
  }
  return found;
}

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

suite('Manifest translations (package.nls*.json)', () => {
  const used = placeholdersIn(readJson('package.json'));
  const english = readJson('package.nls.json') as Record<string, string>;
  const translations = readdirSync(root).filter((file) => /^package\.nls\.[\w-]+\.json$/.test(file));

  test('package.json uses placeholders for its user-facing strings', () => {
    const manifest = readJson('package.json') as {
      displayName: string;
      contributes: { commands: { title: string }[]; walkthroughs: { title: string }[] };
    };
    assert.equal(manifest.displayName, '%displayName%');
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%[\w.-]+%$/);
    for (const walkthrough of manifest.contributes.walkthroughs)
      assert.match(walkthrough.title, /^%[\w.-]+%$/);
  });

  test('every placeholder has an English string, and every English string is used', () => {
    assert.deepEqual(sorted(Object.keys(english)), sorted(used));
  });

  test('German is there', () => assert.ok(translations.includes('package.nls.de.json')));

  for (const file of translations) {
    const translated = readJson(file) as Record<string, string>;

    test(`${file} translates exactly the English keys, none left empty`, () => {
      assert.deepEqual(sorted(Object.keys(translated)), sorted(Object.keys(english)));
      for (const [key, text] of Object.entries(translated)) assert.ok(text.trim() !== '', `${key} is empty`);
    });

    test(`${file}: command links in translated texts stay the English ones`, () => {
      const links = (text: string): string[] => [...text.matchAll(/\]\((command:[^)]+)\)/g)].map((m) => m[1]);
      for (const [key, text] of Object.entries(english))
        assert.deepEqual(links(translated[key]), links(text), key);
    });
  }
});
