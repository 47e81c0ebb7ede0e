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

// A walkthrough step's page is a manifest string too: VS Code replaces a `%key%` at any depth of the manifest, so
// `media.markdown` names the page in the display language.
suite('Walkthrough pages in every language', () => {
  const manifest = readJson('package.json') as {
    contributes: { walkthroughs: { steps: { id: string; media: { markdown: string } }[] }[] };
  };
  const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
  const languages = readdirSync(root).filter((file) => /^package\.nls(\.[\w-]+)?\.json$/.test(file));

  test('every step names its page through a placeholder', () => {
    for (const step of steps) assert.match(step.media.markdown, /^%[\w.-]+%$/, step.id);
  });

  for (const file of languages) {
    test(`${file}: each step's page is there, under media/walkthrough, and a translation's own`, () => {
      const strings = readJson(file) as Record<string, string>;
      const english = readJson('package.nls.json') as Record<string, string>;
      for (const step of steps) {
        const key = step.media.markdown.slice(1, -1);
        const page = strings[key];
        assert.match(page, /^media\/walkthrough\/([\w-]+\/)?[\w-]+\.md$/, key);
        const text = readFileSync(path.join(root, page), 'utf8');
        assert.match(text, /^# \S/, `${page} starts with its heading`);
        if (file !== 'package.nls.json')
          assert.notEqual(page, english[key], `${file} has no page of its own for ${key}`);
      }
    });
  }
});
