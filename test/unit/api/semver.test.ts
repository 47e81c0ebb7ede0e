import * as assert from 'node:assert/strict';
import { compareVersions, parseVersion } from '../../../api/src/semver';

suite('api: semver', () => {
  const version = (text: string) => parseVersion(text) ?? assert.fail(`${text} should parse`);
  const compare = (a: string, b: string) => Math.sign(compareVersions(version(a), version(b)));

  test('orders by major, minor, patch, numerically', () => {
    assert.equal(compare('0.2.0', '0.10.0'), -1);
    assert.equal(compare('1.0.0', '0.99.99'), 1);
    assert.equal(compare('1.2.3', 'v1.2.3+build.7'), 0);
  });

  test('a pre-release comes before its release, and pre-releases order by their identifiers', () => {
    assert.equal(compare('1.2.0-beta.1', '1.2.0'), -1);
    assert.equal(compare('1.2.0-alpha', '1.2.0-beta'), -1);
    assert.equal(compare('1.2.0-beta.2', '1.2.0-beta.10'), -1);
    assert.equal(compare('1.2.0-1', '1.2.0-alpha'), -1);
    assert.equal(compare('1.2.0-beta', '1.2.0-beta.1'), -1);
  });

  test('text that is not a version parses to undefined', () => {
    for (const text of ['', 'latest', '1.2', '1.2.3.4', '^1.2.3'])
      assert.equal(parseVersion(text), undefined, text);
  });
});
