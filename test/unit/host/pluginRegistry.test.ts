import * as assert from 'node:assert/strict';
import { PluginRegistry } from '../../../src/host/pluginRegistry';

suite('PluginRegistry', () => {
  test('removing a plugin disposes everything it registered, once', () => {
    const registry = new PluginRegistry();
    const disposed: string[] = [];
    registry.upsert('acme.plugin', { displayName: 'Acme', version: '1.0.0', state: 'active' });
    registry.track('acme.plugin', 'commands', 'greet', { dispose: () => disposed.push('greet') });
    const own = registry.track('acme.plugin', 'components', 'Output', {
      dispose: () => disposed.push('Output'),
    });
    assert.deepEqual(registry.list()[0]?.commands, ['greet']);
    own.dispose();
    assert.deepEqual(registry.list()[0]?.components, []);
    registry.remove('acme.plugin');
    registry.remove('acme.plugin');
    own.dispose();
    assert.deepEqual(disposed, ['Output', 'greet']);
    assert.deepEqual(registry.list(), []);
  });

  test('errors are kept per plugin, the latest twenty', () => {
    const registry = new PluginRegistry();
    for (let i = 0; i < 25; i++) registry.recordError('p', `e${i}`);
    const errors = registry.list()[0]?.errors ?? [];
    assert.equal(errors.length, 20);
    assert.equal(errors[19], 'e24');
  });

  test('a message repeated is kept once, moved to the end: the activation error is not pushed out', () => {
    const registry = new PluginRegistry();
    registry.recordError('p', 'activation exploded');
    for (let i = 0; i < 50; i++) registry.recordError('p', 'listener exploded');
    registry.recordError('p', 'handler exploded');
    registry.recordError('p', 'listener exploded');
    assert.deepEqual(registry.list()[0]?.errors, [
      'activation exploded',
      'handler exploded',
      'listener exploded',
    ]);
  });
});
