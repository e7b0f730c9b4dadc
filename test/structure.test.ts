/**
 * The shape of the sources stays readable: no file in src/ over 400 lines, no function over
 * 60, no import cycle (type imports included), and only src/action/ talks to @actions/*.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { REPO } from './helpers.ts';

const SRC = join(REPO, 'src');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 60;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({
  path,
  source: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
}));
const shown = (path: string): string => relative(REPO, path);

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node)
  );
}

describe('source structure', () => {
  it(`no file in src/ has more than ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map(({ path, source }) => [shown(path), source.getLineStarts().length] as const)
      .filter(([, n]) => n > MAX_FILE_LINES);
    assert.deepEqual(long, []);
  });

  it(`no function has more than ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const { path, source } of files) {
      const visit = (node: ts.Node): void => {
        if (isFunctionLike(node)) {
          const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (last - first + 1 > MAX_FUNCTION_LINES) long.push(`${shown(path)}:${first + 1} (${last - first + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(long, []);
  });

  it('no import cycle, type imports included', () => {
    const graph = new Map<string, string[]>();
    for (const { path, source } of files) {
      const targets: string[] = [];
      for (const statement of source.statements) {
        const spec = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
        if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('.')) targets.push(resolve(dirname(path), spec.text));
      }
      graph.set(path, targets);
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (path: string, trail: string[]): void => {
      if (state.get(path) === 'done') return;
      if (state.get(path) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(path)), path].map(shown).join(' -> '));
        return;
      }
      state.set(path, 'open');
      for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
      state.set(path, 'done');
    };
    for (const path of graph.keys()) visit(path, []);
    assert.deepEqual(cycles, []);
  });

  it('only src/action/ imports @actions/*', () => {
    const outside = files
      .filter(({ path }) => !path.startsWith(join(SRC, 'action')))
      .filter(({ source }) =>
        source.statements.some(
          (s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text.startsWith('@actions/'),
        ),
      )
      .map(({ path }) => shown(path));
    assert.deepEqual(outside, []);
  });
});
