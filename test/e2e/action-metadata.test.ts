/** action.yml is valid YAML, declares every input and output of design.md §5, and runs node24 from dist/. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';
import { COMMANDS } from '../../src/action/inputs.ts';
import { PROFILE_NAMES } from '../../src/engine/profiles/index.ts';
import { REPORT_FORMATS } from '../../src/report/index.ts';
import { REPO } from '../helpers.ts';

interface ActionYml {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs node24 from the committed bundle', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
    assert.ok(existsSync(join(REPO, 'dist', 'index.js')));
    assert.ok(action.branding.icon && action.branding.color);
  });

  it('declares every input and output of the design, each with a description', () => {
    const inputs = [
      'command',
      'path',
      'profile',
      'app-id',
      'private-key',
      'private-key-passphrase',
      'certificate',
      'trust',
      'crl',
      'all-apps',
      'fail-on',
      'annotations',
      'summary',
      'check-run',
      'github-token',
      'report-file',
      'report-format',
      'allow',
      'output-dir',
      'baseline',
    ];
    for (const name of inputs) assert.ok(action.inputs[name]?.description, `input ${name}`);
    const outputs = [
      'result',
      'invalid-hash-count',
      'missing-file-count',
      'extra-file-count',
      'exception-count',
      'accepted-count',
      'files-checked',
      'report-path',
      'signature-file',
      'files-signed',
      'package-path',
      'appstore-signature',
      'version',
      'appinfo-id',
    ];
    for (const name of outputs) assert.ok(action.outputs[name]?.description, `output ${name}`);
  });

  it('command lists every command the Action runs', () => {
    for (const name of COMMANDS)
      assert.match(action.inputs.command?.description ?? '', new RegExp(`"${name}"`), `command does not list ${name}`);
  });

  it('profile lists every profile of the registry', () => {
    const listed = new Set(action.inputs.profile?.description.match(/[a-z][a-z-]*[a-z]/g));
    for (const name of PROFILE_NAMES) assert.ok(listed.has(name), `profile does not list ${name}`);
  });

  it('report-format lists every report format of the registry', () => {
    const listed = new Set(action.inputs['report-format']?.description.match(/[a-z][a-z-]*[a-z]/g));
    for (const name of REPORT_FORMATS) assert.ok(listed.has(name), `report-format does not list ${name}`);
  });

  it('is ready for the Marketplace: a description under 125 characters, an author, no name both an input and an output', () => {
    assert.ok(action.description.length < 125, `description is ${action.description.length} characters`);
    assert.ok(action.author && action.author !== 'code-integrity', 'author');
    const both = Object.keys(action.outputs).filter((name) => name in action.inputs);
    assert.deepEqual(both, []);
  });

  it('every input the code reads is declared (and boolean inputs have defaults, as getBooleanInput needs)', () => {
    const source = ['inputs.ts', 'main.ts', 'checks.ts'].map((f) => readFileSync(join(REPO, 'src', 'action', f), 'utf8')).join('\n');
    const used = new Set(
      [...source.matchAll(/(?:getInput|getMultilineInput|bool|optional|listOrPem)\('([a-z-]+)'/g)].map((m) => m[1] as string),
    );
    assert.ok(used.size > 10);
    for (const name of used) assert.ok(action.inputs[name], `input ${name} is read but not declared`);
    for (const name of ['all-apps', 'require-signed', 'annotations', 'summary', 'check-run'])
      assert.match(action.inputs[name]?.default ?? '', /^(true|false)$/);
  });
});
