import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ContentDigest } from '../../../src/store/contentDigest';

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

suite('ContentDigest', () => {
  /** Every chunk the hash is given, in order: when the hashing is done, and of what. */
  let hashed: string[];
  let restore: () => void;
  setup(() => {
    hashed = [];
    const prototype = Object.getPrototypeOf(createHash('sha256')) as {
      update: (...args: unknown[]) => unknown;
    };
    const update = prototype.update;
    prototype.update = function (this: unknown, ...args: unknown[]) {
      hashed.push(String(args[0]));
      return update.apply(this, args);
    };
    restore = () => (prototype.update = update);
  });
  teardown(() => restore());

  test('the digest is of every byte given, in order, and can be continued after it was asked for', () => {
    const digest = new ContentDigest(Buffer.from('2024-01-01 09:00 hello\n'));
    digest.update(Buffer.from('2024-01-01 10:00 a\n'));
    assert.deepEqual(digest.digest(), sha256('2024-01-01 09:00 hello\n2024-01-01 10:00 a\n'));
    digest.update(Buffer.from('2024-01-01 11:00 b\n'));
    assert.deepEqual(
      digest.digest(),
      sha256('2024-01-01 09:00 hello\n2024-01-01 10:00 a\n2024-01-01 11:00 b\n'),
    );
    assert.ok(
      digest.matches(
        new ContentDigest(Buffer.from('2024-01-01 09:00 hello\n2024-01-01 10:00 a\n2024-01-01 11:00 b\n')),
      ),
    );
    assert.ok(!digest.matches(new ContentDigest(Buffer.from('2024-01-01 09:00 hello\n'))));
  });

  test('hashing waits for the next turn of the event loop, so a cold read hands out its entries first', async () => {
    const digest = new ContentDigest(Buffer.from('first '));
    digest.update(Buffer.from('second '));
    assert.deepEqual(hashed, [], 'nothing hashed while the read is still running');
    await nextTurn();
    assert.deepEqual(hashed, ['first ', 'second '], 'hashed in the background, once');
    digest.update(Buffer.from('third'));
    assert.deepEqual(hashed, ['first ', 'second ']);
    await nextTurn();
    assert.deepEqual(
      hashed,
      ['first ', 'second ', 'third'],
      'a later update is hashed in the background too',
    );
    assert.deepEqual(digest.digest(), sha256('first second third'));
  });
});
