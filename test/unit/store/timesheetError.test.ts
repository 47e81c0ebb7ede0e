import * as assert from 'node:assert/strict';
import {
  appendError,
  fileSystemError,
  notARegularFileError,
  rewriteError,
  specialFileKind,
} from '../../../src/store/timesheetError';

const file = '/home/me/utt.log';
const failure = (code: string | undefined, message = 'boom') => Object.assign(new Error(message), { code });

suite('TimesheetError messages', () => {
  test('each file-system error says what was wrong and what to do, and keeps its cause', () => {
    const hint = 'Fix the path in the setting timekeeper.dataFile or the file itself.';
    const cases: [string | undefined, 'read' | 'write', string][] = [
      ['EISDIR', 'read', `The timesheet ${file} is a directory, not a file. ${hint}`],
      [
        'EACCES',
        'write',
        `Permission denied: cannot write the timesheet ${file}. Check the permissions of the file and its folder, or fix the path in the setting timekeeper.dataFile or the file itself.`,
      ],
      [
        'EPERM',
        'read',
        `Permission denied: cannot read the timesheet ${file}. Check the permissions of the file and its folder, or fix the path in the setting timekeeper.dataFile or the file itself.`,
      ],
      ['ENOTDIR', 'read', `A part of the timesheet path ${file} is a file, not a folder. ${hint}`],
      ['EMFILE', 'write', `Cannot write the timesheet ${file}: boom`],
      [undefined, 'read', `Cannot read the timesheet ${file}: boom`],
    ];
    for (const [code, action, message] of cases) {
      const cause = failure(code);
      const error = fileSystemError(file, cause, action);
      assert.equal(error.message, message);
      assert.equal(error.cause, cause, String(code));
      assert.equal(error.path, file);
      assert.equal(error.line, undefined);
      assert.equal(error.name, 'TimesheetError');
    }
    assert.equal(
      fileSystemError(file, 'not an error', 'read').message,
      `Cannot read the timesheet ${file}: not an error`,
    );
    assert.equal(
      fileSystemError(file, undefined, 'read').message,
      `Cannot read the timesheet ${file}: undefined`,
    );
  });

  test('each disk failure of a write names its code and its remedy, and whether the file is as before', () => {
    const remedies: Record<string, string> = {
      ENOSPC: 'the disk is full (ENOSPC). STATE Free some space on the disk, then try again.',
      EDQUOT: 'your disk quota is used up (EDQUOT). STATE Free some space in your quota, then try again.',
      EFBIG:
        'the file is larger than this process may write (file size limit) (EFBIG). STATE Raise the limit (ulimit -f) or move the timesheet to a smaller file, then try again.',
      EIO: 'an input/output error (the disk or the network file system failed) (EIO). STATE Check the disk or the connection, then try again.',
      EROFS: 'the file system is read-only (EROFS). STATE Move the timesheet to a writable place.',
    };
    const before = 'The timesheet is as it was before.';
    for (const [code, remedy] of Object.entries(remedies)) {
      const cause = failure(code);
      const restored = appendError(file, cause, true, 10);
      assert.equal(
        restored.message,
        `Cannot add the entry to the timesheet ${file}: ${remedy.replace('STATE', before)}`,
      );
      assert.equal(restored.cause, cause);
      assert.equal(
        appendError(file, cause, false, 10).message,
        `Cannot add the entry to the timesheet ${file}: ${remedy.replace(
          'STATE',
          'Part of the entry may be at the end of the file (after byte 10): check its last line.',
        )}`,
      );
      const rewrite = rewriteError(file, cause);
      assert.equal(
        rewrite.message,
        `Cannot insert the entries into the timesheet ${file}: ${remedy.replace('STATE', before)}`,
      );
      assert.equal(rewrite.cause, cause);
    }
    const other = failure('EACCES');
    const error = appendError(file, other, true, 0);
    assert.equal(
      error.message,
      `Permission denied: cannot write the timesheet ${file}. Check the permissions of the file and its folder, or fix the path in the setting timekeeper.dataFile or the file itself. ${before}`,
    );
    assert.equal(error.cause, other);
    assert.equal(
      appendError(file, undefined, true, 0).message,
      `Cannot write the timesheet ${file}: undefined ${before}`,
    );
  });

  test('a path that is not a regular file is named by what it is, and the message says how to fix the setting', () => {
    const kinds = [
      'File',
      'Directory',
      'FIFO',
      'Socket',
      'CharacterDevice',
      'BlockDevice',
      'SymbolicLink',
    ] as const;
    const statOf = (kind: (typeof kinds)[number]) =>
      Object.fromEntries(kinds.map((each) => [`is${each}`, () => each === kind])) as unknown as Parameters<
        typeof specialFileKind
      >[0];
    assert.deepEqual(
      kinds.map((kind) => specialFileKind(statOf(kind))),
      [
        undefined,
        'a directory',
        'a named pipe (FIFO)',
        'a socket',
        'a device',
        'a device',
        'not a regular file',
      ],
    );
    const error = notARegularFileError(file, 'a named pipe (FIFO)');
    assert.equal(
      error.message,
      `The timesheet ${file} is a named pipe (FIFO), not a file. Timekeeper reads and appends a regular file only: ` +
        'fix the path in the setting timekeeper.dataFile, or put the timesheet file there.',
    );
    assert.equal(error.path, file);
    assert.equal(error.line, undefined);
  });
});
