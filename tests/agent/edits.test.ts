/** Edits applied in memory as Claude Code's tools apply them. */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/agent/edits.js';

const edit = (old_string: string, new_string: string, replace_all?: boolean) => ({
  old_string,
  new_string,
  ...(replace_all === undefined ? {} : { replace_all }),
});

describe('applyEdit', () => {
  it('Write replaces the whole text, or makes the file', () => {
    expect(applyEdit('old', { tool: 'Write', content: 'new' })).toBe('new');
    expect(applyEdit(null, { tool: 'Write', content: 'new' })).toBe('new');
  });

  it('Edit replaces the one occurrence, every one with replace_all, and takes $ in the new text as text', () => {
    expect(applyEdit('Status: In Progress\n', { tool: 'Edit', edits: [edit('In Progress', 'Completed $&')] })).toBe(
      'Status: Completed $&\n',
    );
    expect(applyEdit('- [ ] a\n- [ ] b\n', { tool: 'Edit', edits: [edit('[ ]', '[x]', true)] })).toBe(
      '- [x] a\n- [x] b\n',
    );
  });

  it('is null where the tool itself would refuse: no match, several without replace_all, no change, no file', () => {
    expect(applyEdit('abc', { tool: 'Edit', edits: [edit('x', 'y')] })).toBeNull();
    expect(applyEdit('a a', { tool: 'Edit', edits: [edit('a', 'b')] })).toBeNull();
    expect(applyEdit('a', { tool: 'Edit', edits: [edit('a', 'a')] })).toBeNull();
    expect(applyEdit(null, { tool: 'Edit', edits: [edit('a', 'b')] })).toBeNull();
  });

  it('an empty old_string makes a file that is not there, and only then', () => {
    expect(applyEdit(null, { tool: 'Edit', edits: [edit('', '# New')] })).toBe('# New');
    expect(applyEdit('# Old', { tool: 'Edit', edits: [edit('', '# New')] })).toBeNull();
  });

  it('MultiEdit applies its edits in order, each to the result of the one before, and fails as a whole', () => {
    const edits = [edit('Status: In Progress', 'Status: Completed'), edit('Completed', 'Done')];
    expect(applyEdit('Status: In Progress', { tool: 'MultiEdit', edits })).toBe('Status: Done');
    expect(
      applyEdit('Status: In Progress', {
        tool: 'MultiEdit',
        edits: [edit('In Progress', 'Done'), edit('In Progress', 'x')],
      }),
    ).toBeNull();
  });
});
