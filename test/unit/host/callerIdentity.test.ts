import * as assert from 'node:assert/strict';
import { callerFromStack } from '../../../src/host/callerIdentity';

const extensions = [
  { id: 'timekeeper.vscode-timekeeper', extensionPath: '/ext/timekeeper.vscode-timekeeper-0.1.0' },
  { id: 'acme.plugin', extensionPath: '/ext/acme.plugin-1.0.0' },
  { id: 'acme.plugin-pro', extensionPath: '/ext/acme.plugin-1.0.0-pro' },
];
const own = 'timekeeper.vscode-timekeeper';

suite('callerFromStack', () => {
  test('the first frame outside Timekeeper names the caller', () => {
    const stack = [
      'Error',
      '    at Object.registerCommand (/ext/timekeeper.vscode-timekeeper-0.1.0/dist/extension.js:1:200)',
      '    at activate (/ext/acme.plugin-1.0.0/dist/extension.js:10:5)',
      '    at async Promise.all (index 0)',
    ].join('\n');
    assert.equal(callerFromStack(stack, extensions, own), 'acme.plugin');
  });

  test('a folder name that extends another one is not mistaken for it', () => {
    const stack = 'Error\n    at /ext/acme.plugin-1.0.0-pro/main.js:1:1';
    assert.equal(callerFromStack(stack, extensions, own), 'acme.plugin-pro');
  });

  test('a stack with only Timekeeper frames (built-in sub-plugins) is Timekeeper', () => {
    const stack = 'Error\n    at activate (/ext/timekeeper.vscode-timekeeper-0.1.0/dist/extension.js:2:3)';
    assert.equal(callerFromStack(stack, extensions, own), own);
    assert.equal(callerFromStack(undefined, extensions, own), own);
  });

  test('file URLs are understood', () => {
    const stack = 'Error\n    at x (file:///ext/acme.plugin-1.0.0/a%20b.js:3:4)';
    assert.equal(callerFromStack(stack, extensions, own), 'acme.plugin');
  });
});
