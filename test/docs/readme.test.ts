/**
 * The README and docs/ stay true: the first lines are the two commands a newcomer runs, the
 * workflow recipes are the tested files of examples/workflows/, the input and output tables
 * list exactly what action.yml declares, and every relative link and anchor leads somewhere.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';
import { REPO } from '../helpers.ts';

const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const ACTION = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** The rows of the Markdown table that follows the heading `heading`: first cell (unquoted) → second cell. */
function tableAfter(text: string, heading: string): Map<string, string> {
  const start = text.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `no heading ${heading}`);
  const rows = new Map<string, string>();
  const lines = text.slice(start + heading.length + 2).split('\n');
  let inTable = false;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name !== undefined) rows.set(name, cells[1] ?? '');
  }
  return rows;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const m = fence ? null : /^#{1,6} (.*)$/.exec(line);
    if (m) anchors.add(slug(m[1] as string));
  }
  return anchors;
}

describe('README', () => {
  it('opens with the two commands a newcomer runs: install and run the example, then every test', () => {
    const first = /^# code-integrity\n\n```sh\n([^`]*)```/.exec(README);
    assert.ok(first, 'the README starts with a sh block');
    const commands = (first[1] as string).trim().split('\n');
    assert.deepEqual(commands, ['npm ci && node dist/cli.js verify examples/tricky --trust examples/test-root.crt', 'npm test']);
    assert.ok(existsSync(join(REPO, 'examples/tricky/appinfo/signature.json')));
    assert.ok(existsSync(join(REPO, 'examples/test-root.crt')));
  });

  it('shows each example workflow exactly as the tested file', () => {
    const dir = join(REPO, 'examples', 'workflows');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    assert.equal(files.length, 3);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.ok(README.includes('```yaml\n' + text + '```\n'), `README's copy of examples/workflows/${file} differs from the file`);
    }
  });

  it('lists every input of action.yml, with its default, and nothing else', () => {
    const rows = tableAfter(README, '### Inputs');
    assert.deepEqual([...rows.keys()], Object.keys(ACTION.inputs));
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      const shown = rows.get(name) ?? '';
      if (input.default === undefined || input.default === '') continue;
      if (input.default.includes('${{')) assert.match(shown, /github\.token/, name);
      else if (name === 'fail-on') assert.match(shown, /all four/, name);
      else assert.equal(shown, `\`${input.default}\``, `default of ${name}`);
    }
  });

  it('lists every output of action.yml, and nothing else', () => {
    assert.deepEqual([...tableAfter(README, '### Outputs').keys()], Object.keys(ACTION.outputs));
  });
});

describe('links in README.md and docs/', () => {
  const pages = ['README.md', ...readdirSync(join(REPO, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));
  for (const page of pages) {
    it(`${page}: every relative link and anchor leads somewhere`, () => {
      const text = readFileSync(join(REPO, page), 'utf8').replace(/```[\s\S]*?```/g, '');
      const broken: string[] = [];
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const link = m[1] as string;
        if (/^[a-z]+:/.test(link)) continue;
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? join(REPO, page) : join(REPO, dirname(page), path);
        if (!existsSync(target)) broken.push(link);
        else if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) broken.push(link);
      }
      assert.deepEqual(broken, []);
    });
  }
});
