import 'reflect-metadata';
import * as assert from 'node:assert/strict';
import { container } from 'tsyringe';
import type { Token } from '../../../src/api';
import { tokens } from '../../../src/api';
import { ComponentRegistry } from '../../../src/host/componentRegistry';

const Greeting: Token<string> = 'Greeting';
const Count: Token<number> = 'Count';

suite('ComponentRegistry', () => {
  let registry: ComponentRegistry;
  setup(() => {
    registry = new ComponentRegistry(container.createChildContainer());
  });

  test('the newest registration wins and gets the previous one', () => {
    registry.register(Greeting, () => 'hello', 'a');
    registry.register(Greeting, (_r, previous) => `${previous} world`, 'b');
    assert.equal(registry.resolve(Greeting), 'hello world');
  });

  test('disposing restores what was there, whichever layer goes first', () => {
    registry.register(Greeting, () => 'base', 'a');
    const middle = registry.register(Greeting, (_r, p) => `${p}+m`, 'b');
    const top = registry.register(Greeting, (_r, p) => `${p}+t`, 'c');
    assert.equal(registry.resolve(Greeting), 'base+m+t');
    middle.dispose();
    assert.equal(registry.resolve(Greeting), 'base+t');
    top.dispose();
    assert.equal(registry.resolve(Greeting), 'base');
    top.dispose(); // idempotent
    assert.equal(registry.resolve(Greeting), 'base');
  });

  test('factories run at each resolve and can resolve other tokens', () => {
    let calls = 0;
    registry.register(Count, () => ++calls, 'a');
    registry.register(Greeting, (resolve) => `n=${resolve(Count)}`, 'a');
    assert.equal(registry.resolve(Greeting), 'n=1');
    assert.equal(registry.resolve(Greeting), 'n=2');
  });

  test('a token nobody registered names the token', () => {
    registry.register(Count, () => 1, 'a');
    assert.throws(() => registry.resolve('Missing'), /No component is registered for token 'Missing'.*Count/);
  });

  test('a factory that throws names the token and the extension', () => {
    registry.register(
      Greeting,
      () => {
        throw new Error('boom');
      },
      'acme.plugin',
    );
    assert.throws(
      () => registry.resolve(Greeting),
      /component 'Greeting' \(from acme\.plugin\) failed: boom/,
    );
  });

  test('bad tokens and factories are refused with a clear message', () => {
    assert.throws(() => registry.register('' as Token<string>, () => '', 'a'), /non-empty string/);
    assert.throws(
      () => registry.register(Greeting, 'nope' as unknown as () => string, 'a'),
      /must be a function/,
    );
  });

  test('every layer registered or disposed is told, once, with its token and extension', () => {
    const heard: string[] = [];
    const listening = registry.onDidChange(({ token, extensionId, change }) =>
      heard.push(`${change} ${token} ${extensionId}`),
    );
    const base = registry.register(Greeting, () => 'base', 'a');
    registry.register(Count, () => 1, 'b');
    base.dispose();
    base.dispose();
    listening.dispose();
    registry.register(Greeting, () => 'late', 'c');
    assert.deepEqual(heard, ['registered Greeting a', 'registered Count b', 'disposed Greeting a']);
  });

  test('a run scope reads Now once, every other token afresh from the top of its stack', () => {
    let ticks = 0;
    registry.register(tokens.Now, () => new Date(++ticks), 'timekeeper');
    registry.register(Greeting, () => 'base', 'a');
    const run = registry.runScope();
    assert.equal(run(tokens.Now), run(tokens.Now));
    assert.equal(run(Greeting), 'base');
    const layer = registry.register(Greeting, (_r, previous) => `${previous}+plugin`, 'b');
    assert.equal(run(Greeting), 'base+plugin', 'a layer registered during the run applies at once');
    layer.dispose();
    assert.notEqual(registry.runScope()(tokens.Now), run(tokens.Now), 'the next run reads the clock again');
    assert.throws(() => run(Count), /No component is registered for token 'Count'/);
  });
});
