/** The configs init merges into: lefthook's, pre-commit's, package.json's scripts; and which manager it picks. Pure. */
import { describe, expect, it } from 'vitest';
import { detectManager, type HookFacts } from '../../src/setup/detect-manager.js';
import { withLefthookCommand } from '../../src/setup/lefthook.js';
import { preCommitEntry, withLocalHook } from '../../src/setup/pre-commit-framework.js';
import { withPrepareScript } from '../../src/setup/package-json.js';

const run = 'node_modules/.bin/ledgerlint --staged';

describe('withLefthookCommand', () => {
  it('writes a new config, or adds a pre-commit section to one without', () => {
    expect(withLefthookCommand(null, run)).toEqual({
      kind: 'edited',
      text: `pre-commit:\n  commands:\n    ledgerlint:\n      run: ${run}\n`,
      where: 'commands › ledgerlint',
    });
    expect(
      withLefthookCommand('# hooks\npre-push:\n  commands:\n    test:\n      run: npm test # all of them\n', run),
    ).toMatchObject({
      text: `# hooks\npre-push:\n  commands:\n    test:\n      run: npm test # all of them\npre-commit:\n  commands:\n    ledgerlint:\n      run: ${run}\n`,
    });
    expect(withLefthookCommand('pre-commit:\n', run)).toMatchObject({
      text: `pre-commit:\n  commands:\n    ledgerlint:\n      run: ${run}\n`,
    });
  });

  it('adds to the commands there, keeping the others and their comments', () => {
    const text =
      'pre-commit:\n  parallel: true\n  commands:\n    # style\n    eslint:\n      glob: "*.{js,ts}"\n      run: npx eslint {staged_files}\n';
    expect(withLefthookCommand(text, run)).toMatchObject({ text: `${text}    ledgerlint:\n      run: ${run}\n` });
  });

  it('adds a job where the config uses jobs, in its list style', () => {
    const text = 'pre-commit:\n  jobs:\n  - name: lint\n    run: npm run lint\n';
    expect(withLefthookCommand(text, run)).toEqual({
      kind: 'edited',
      text: `${text}  - name: ledgerlint\n    run: ${run}\n`,
      where: 'jobs › ledgerlint',
    });
  });

  it('changes nothing where a command already runs ledgerlint --staged', () => {
    expect(
      withLefthookCommand(
        'pre-commit:\n  commands:\n    ledgers:\n      glob: "*.md"\n      run: npx ledgerlint --staged\n',
        run,
      ),
    ).toEqual({ kind: 'present' });
    expect(withLefthookCommand('pre-commit:\n  jobs:\n    - run: ledgerlint --staged\n', run)).toEqual({
      kind: 'present',
    });
  });

  it('says what it cannot edit', () => {
    expect(withLefthookCommand('pre-commit: [\n', run)).toMatchObject({
      kind: 'problem',
      why: expect.stringMatching(/^is not valid YAML \(line \d+, column \d+\): /),
    });
    expect(withLefthookCommand('- a\n', run)).toEqual({ kind: 'problem', why: 'is not a mapping of hooks' });
    expect(withLefthookCommand('pre-commit: yes\n', run)).toEqual({
      kind: 'problem',
      why: 'has a pre-commit entry that is not a mapping',
    });
    expect(
      withLefthookCommand('pre-commit:\n  commands:\n    ledgerlint:\n      run: npx ledgerlint\n', run),
    ).toMatchObject({
      kind: 'problem',
      why: expect.stringContaining('a pre-commit command named ledgerlint that does not run ledgerlint --staged'),
    });
  });
});

describe('withLocalHook (.pre-commit-config.yaml)', () => {
  const local = (entry: string, indent = '  ') =>
    `${indent}- repo: local\n${indent}  hooks:\n${indent}  ${indent}- id: ledgerlint\n${indent}  ${indent}  name: ledgerlint\n${indent}  ${indent}  entry: ${entry}\n${indent}  ${indent}  language: system\n${indent}  ${indent}  pass_filenames: false\n`;

  it('appends a local hook to the repos, in the file’s list style', () => {
    const flush =
      'repos:\n- repo: https://github.com/pre-commit/pre-commit-hooks\n  rev: v4.5.0\n  hooks:\n  - id: trailing-whitespace\n';
    expect(withLocalHook(flush, run)).toMatchObject({ kind: 'edited', text: `${flush}${local(run, '')}` });
    const indented = 'repos:\n  - repo: https://github.com/psf/black\n    rev: 24.1.0\n    hooks:\n      - id: black\n';
    expect(withLocalHook(indented, run)).toMatchObject({ kind: 'edited', text: `${indented}${local(run)}` });
    expect(withLocalHook(null, run)).toMatchObject({ kind: 'edited', text: `repos:\n${local(run)}` });
  });

  it('changes nothing where a ledgerlint hook is configured (the published one, or a local one)', () => {
    expect(
      withLocalHook(
        'repos:\n  - repo: https://github.com/ledgerlint/ledgerlint\n    rev: v0.1.0\n    hooks:\n      - id: ledgerlint\n',
        run,
      ),
    ).toEqual({ kind: 'present' });
  });

  it('says what it cannot edit', () => {
    expect(withLocalHook('repos: {}\n', run)).toEqual({ kind: 'problem', why: 'has repos that are not a list' });
  });

  it('runs the call through sh where it must change directory (pre-commit runs entries without a shell)', () => {
    expect(preCommitEntry({ dir: '', program: 'node_modules/.bin/ledgerlint' })).toBe(run);
    expect(preCommitEntry({ dir: 'web', program: 'node_modules/.bin/ledgerlint' })).toBe(`sh -c 'cd web && ${run}'`);
    expect(preCommitEntry({ dir: 'my web', program: 'node_modules/.bin/ledgerlint' })).toBe(
      `sh -c 'cd '\\''my web'\\'' && ${run}'`,
    );
  });
});

describe('withPrepareScript', () => {
  it('adds the script with the file’s indentation and line ends, nothing else changed', () => {
    expect(withPrepareScript('{\n\t"name": "a"\n}\n', 'husky')).toBe(
      '{\n\t"name": "a",\n\t"scripts": {\n\t\t"prepare": "husky"\n\t}\n}\n',
    );
    expect(withPrepareScript('{\r\n  "name": "a",\r\n  "scripts": {"test": "vitest"}\r\n}', 'husky')).toBe(
      '{\r\n  "name": "a",\r\n  "scripts": {\r\n    "test": "vitest",\r\n    "prepare": "husky"\r\n  }\r\n}',
    );
  });

  it('leaves a prepare script alone, and a package.json it cannot read', () => {
    expect(withPrepareScript('{ "scripts": { "prepare": "husky && tsc" } }', 'husky')).toBe('present');
    expect(withPrepareScript('{ "scripts": { "prepare": "tsc" } }', 'husky')).toBe('other');
    expect(withPrepareScript('{ "name": ', 'husky')).toBeNull();
    expect(withPrepareScript('[]', 'husky')).toBeNull();
  });
});

describe('detectManager', () => {
  const none: HookFacts = {
    hooksPath: null,
    hooksPathIsHusky: false,
    installedHook: null,
    lefthookConfig: null,
    preCommitConfig: false,
    huskyDir: null,
    packageJson: false,
  };
  const pick = (facts: Partial<HookFacts>) => detectManager({ ...none, ...facts }).manager;

  it('takes the hook that is installed over the configs that are there', () => {
    expect(pick({ hooksPath: '/r/.husky/_', hooksPathIsHusky: true, lefthookConfig: 'lefthook.yml' })).toBe('husky');
    expect(pick({ installedHook: '#!/bin/sh\ncall_lefthook run "pre-commit" "$@"\n', huskyDir: '.husky' })).toBe(
      'lefthook',
    );
    expect(
      pick({
        installedHook: '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n',
        lefthookConfig: 'lefthook.yml',
      }),
    ).toBe('pre-commit');
    expect(pick({ installedHook: '#!/bin/sh\nnpm test\n', packageJson: true })).toBe('git');
    expect(pick({ hooksPath: '/r/.githooks', packageJson: true })).toBe('git');
  });

  it('then the project’s configs, over a plain hook of this clone, then husky for a package and git’s own hooks for the rest', () => {
    expect(pick({ installedHook: '#!/bin/sh\nnpm test\n', huskyDir: '.husky', packageJson: true })).toBe('husky');
    expect(pick({ lefthookConfig: '.lefthook.yml', packageJson: true })).toBe('lefthook');
    expect(pick({ preCommitConfig: true })).toBe('pre-commit');
    expect(pick({ huskyDir: 'web/.husky' })).toBe('husky');
    expect(pick({ packageJson: true })).toBe('husky');
    expect(pick({})).toBe('git');
  });
});
