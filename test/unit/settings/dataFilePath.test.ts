import * as assert from 'node:assert/strict';
import { dataFilePath } from '../../../src/settings/dataFilePath';

suite('dataFilePath', () => {
  test("utt's default: XDG_DATA_HOME, else ~/.local/share", () => {
    assert.equal(dataFilePath('', { XDG_DATA_HOME: '/xdg' }, '/home/u'), '/xdg/utt/utt.log');
    assert.equal(dataFilePath(undefined, {}, '/home/u'), '/home/u/.local/share/utt/utt.log');
  });
  test('the setting wins; ~ and relative paths are taken from the home folder', () => {
    assert.equal(dataFilePath('/data/t.log', { XDG_DATA_HOME: '/xdg' }, '/home/u'), '/data/t.log');
    assert.equal(dataFilePath('~/t.log', {}, '/home/u'), '/home/u/t.log');
    assert.equal(dataFilePath('notes/t.log', {}, '/home/u'), '/home/u/notes/t.log');
    assert.equal(dataFilePath('   ', {}, '/home/u'), '/home/u/.local/share/utt/utt.log');
  });
});
