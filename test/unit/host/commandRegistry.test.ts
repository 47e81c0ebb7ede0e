import 'reflect-metadata';
import * as assert from 'node:assert/strict';
import { container } from 'tsyringe';
import type { CommandDefinition } from '../../../src/api';
import { tokens } from '../../../src/api';
import { CommandRegistry, RegisteredCommand } from '../../../src/host/commandRegistry';
import { ComponentRegistry } from '../../../src/host/componentRegistry';
import { CallerError, withCommandName } from '../../../src/host/errors';

suite('CommandRegistry', () => {
  let surfaced: string[];
  let registry: CommandRegistry;
  let nowCalls: number;
  setup(() => {
    surfaced = [];
    nowCalls = 0;
    // The host's own wiring: each run gets a scope of the component registry.
    const components = new ComponentRegistry(container.createChildContainer());
    components.register(tokens.Now, () => new Date(2020, 0, 1, 0, ++nowCalls), 'timekeeper');
    registry = new CommandRegistry(
      (c: RegisteredCommand) => {
        surfaced.push(c.name);
        return { dispose: () => surfaced.splice(surfaced.indexOf(c.name), 1) };
      },
      () => components.runScope(),
    );
  });

  const echo: CommandDefinition = {
    name: 'echo',
    description: 'Echo',
    args: [
      { name: 'text', description: 'what', type: 'string', required: true },
      { name: 'loud', description: 'shout', type: 'boolean' },
      { name: 'mode', description: 'how', type: 'string', choices: ['a', 'b'] },
    ],
    handler: (args) => args,
  };

  test('register surfaces the command, lists it with its origin and dispose removes all of it', async () => {
    const registration = registry.register(echo, 'acme.plugin');
    assert.deepEqual(surfaced, ['echo']);
    assert.deepEqual(
      registry.list().map((c) => [c.name, c.extensionId, c.args.length]),
      [['echo', 'acme.plugin', 3]],
    );
    assert.deepEqual(await registry.run('echo', { text: 'hi', loud: true }), { text: 'hi', loud: true });
    registration.dispose();
    registration.dispose();
    assert.deepEqual(surfaced, []);
    assert.deepEqual(registry.list(), []);
    await assert.rejects(registry.run('echo', { text: 'x' }), /Unknown Timekeeper command "echo"/);
  });

  test('invalid definitions are refused with what was wrong', () => {
    const bad = (d: Partial<CommandDefinition>) => () =>
      registry.register({ description: 'd', handler: () => 0, ...d } as CommandDefinition, 'x');
    assert.throws(bad({ name: 'Bad Name' }), /invalid command name "Bad Name"/);
    assert.throws(bad({ name: '1abc' }), /invalid command name/);
    assert.throws(bad({ name: 'ok', handler: undefined }), /handler is missing/);
    assert.throws(
      bad({ name: 'ok', args: [{ name: 'a', description: '', type: 'number' as 'string' }] }),
      /expected 'string' or 'boolean'/,
    );
    assert.throws(
      bad({
        name: 'ok',
        args: [
          { name: 'a', description: '', type: 'string' },
          { name: 'a', description: '', type: 'string' },
        ],
      }),
      /defined twice/,
    );
    assert.deepEqual(surfaced, []);
  });

  test('a name already taken names who took it', () => {
    registry.register(echo, 'first.plugin');
    assert.throws(() => registry.register(echo, 'second.plugin'), /'echo' is already taken by first\.plugin/);
  });

  test('runCommand never prompts: missing, unknown, mistyped and out-of-choice args reject by name', async () => {
    registry.register(echo, 'x');
    await assert.rejects(registry.run('echo', {}), /Command 'echo' needs the argument 'text'/);
    await assert.rejects(registry.run('echo', { text: 'a', colour: 'red' }), /has no argument 'colour'/);
    await assert.rejects(registry.run('echo', { text: 'a', loud: 'yes' }), /'loud' must be a boolean/);
    await assert.rejects(registry.run('echo', { text: 'a', mode: 'c' }), /'mode' must be one of a, b/);
    await assert.rejects(registry.run('nope'), /Unknown Timekeeper command "nope"\. Known commands: echo/);
  });

  test("bad args are the caller's error (CallerError), a handler's error is not; the name is said once", async () => {
    registry.register(echo, 'x');
    registry.register(
      { name: 'fail', description: '', handler: () => Promise.reject(new Error('boom')) },
      'x',
    );
    await assert.rejects(registry.run('echo', {}), (e) => e instanceof CallerError);
    await assert.rejects(registry.run('echo', { text: 1 }), (e) => e instanceof CallerError);
    await assert.rejects(registry.run('fail'), (e) => !(e instanceof CallerError));
    assert.equal(withCommandName('fail', new Error('boom')), 'fail: boom');
    assert.equal(withCommandName('fail', new Error('fail: no file')), 'fail: no file');
    assert.equal(withCommandName('fail', 'failing'), 'fail: failing');
  });

  test('a handler error rejects runCommand with that error', async () => {
    const error = new Error('boom');
    registry.register({ name: 'fail', description: '', handler: () => Promise.reject(error) }, 'x');
    await assert.rejects(registry.run('fail'), (e) => e === error);
  });

  test('a run sees one Now however often it resolves it', async () => {
    registry.register(
      {
        name: 'twice',
        description: '',
        handler: (_a, resolve) => [resolve(tokens.Now), resolve(tokens.Now)],
      },
      'x',
    );
    const [a, b] = (await registry.run('twice')) as Date[];
    assert.equal(a, b);
    const [c] = (await registry.run('twice')) as Date[];
    assert.notEqual(c, a);
  });
});
