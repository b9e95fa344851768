import { describe, expect, it } from 'vitest';
import { addToHook, hookLine, HOOK_COMMENT, isOwnLine } from '../../src/setup/shell-hook.js';

const line = 'ledgerlint --staged';
const edited = (existing: string | null, add = line) => {
  const edit = addToHook(existing, add);
  if (edit.kind !== 'edited') throw new Error(`not edited: ${JSON.stringify(edit)}`);
  return edit;
};

describe('addToHook', () => {
  it('writes a new hook with an interpreter line', () => {
    expect(edited(null).text).toBe(`#!/bin/sh\n${HOOK_COMMENT}\n${line}\n`);
    expect(edited('\n').text).toBe(`#!/bin/sh\n${HOOK_COMMENT}\n${line}\n`);
  });

  it('appends to a hook that just ends', () => {
    expect(edited('npm test').text).toBe(`npm test\n${HOOK_COMMENT}\n${line}\n`);
    // A comment that names the command runs nothing.
    expect(edited('# TODO: ledgerlint --staged\n').change).toBe('added');
    expect(edited('#!/bin/sh\nnpm test\n\n# done\n').text).toBe(
      `#!/bin/sh\nnpm test\n\n# done\n${HOOK_COMMENT}\n${line}\n`,
    );
  });

  it('goes before a trailing exit or exec, which would end the script first', () => {
    expect(edited('npm test\nexit 0\n').text).toBe(`npm test\n${HOOK_COMMENT}\n${line}\nexit 0\n`);
    expect(edited('npm test\n  exit\n# bye\n').text).toBe(`npm test\n${HOOK_COMMENT}\n${line}\n  exit\n# bye\n`);
    expect(edited('#!/bin/sh\nexec npx lint-staged\n').text).toBe(
      `#!/bin/sh\n${HOOK_COMMENT}\n${line}\nexec npx lint-staged\n`,
    );
    // An exit inside the script is no trailing one.
    expect(edited('if false; then\n  exit 1\nfi\n').text).toBe(
      `if false; then\n  exit 1\nfi\n${HOOK_COMMENT}\n${line}\n`,
    );
  });

  it('says so when the trailing exit continues the line before it', () => {
    expect(addToHook('npm test &&\n  exit 0\n', line)).toEqual({
      kind: 'no-place',
      why: 'its last line, `exit 0`, continues the line before it',
    });
  });

  it('is idempotent, and moves a line after the exit (where an older init put it) before it', () => {
    const once = edited('npm test\nexit 0\n').text;
    expect(addToHook(once, line)).toEqual({ kind: 'present', line });
    const broken = `npm test\nexit 0\n${HOOK_COMMENT}\n${line}\n`;
    expect(edited(broken)).toEqual({ kind: 'edited', text: once, change: 'moved' });
    // A line of the user's is moved as it is.
    expect(edited('exit 0\nnpx ledgerlint --staged --quiet\n').text).toBe('npx ledgerlint --staged --quiet\nexit 0\n');
  });

  it('replaces a line init wrote that calls ledgerlint otherwise, and keeps the user’s own lines', () => {
    const newer = '(cd web && node_modules/.bin/ledgerlint --staged)';
    expect(edited(`npm test\n${HOOK_COMMENT}\nnpx --no-install ledgerlint --staged\n`, newer)).toEqual({
      kind: 'edited',
      text: `npm test\n${HOOK_COMMENT}\n${newer}\n`,
      change: 'replaced',
    });
    expect(addToHook('npx lint-staged && ledgerlint --staged --quiet\n', newer)).toEqual({
      kind: 'present',
      line: 'npx lint-staged && ledgerlint --staged --quiet',
    });
  });

  it('refuses a hook in another language', () => {
    expect(addToHook('#!/usr/bin/env python3\nprint(1)\n', line)).toEqual({ kind: 'not-a-shell-script' });
    expect(edited('#!/usr/bin/env bash\nnpm test\n').change).toBe('added');
  });
});

describe('hookLine', () => {
  it('is the bare command where a failing line stops the hook', () => {
    expect(hookLine(line, 'errexit')).toBe(line);
  });

  it('in a plain hook, stops on a failure and keeps the status of the lines above', () => {
    const plain = hookLine(line, 'plain');
    expect(plain).toBe('ledgerlint_status=$?; ledgerlint --staged || exit $?; (exit $ledgerlint_status)');
    expect(isOwnLine(plain)).toBe(true);
    expect(isOwnLine(hookLine('(cd web && ../node_modules/.bin/ledgerlint --staged)', 'plain'))).toBe(true);
    expect(isOwnLine('npx lint-staged && ledgerlint --staged')).toBe(false);
  });
});
