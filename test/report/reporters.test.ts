/**
 * Golden tests: every reporter on one fixed Result (a tampered app with allowed, swapped and
 * renumbered files, plus a scope whose signature is missing, plus an unsigned app). Set
 * UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, and review the diff.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileRules } from '../../src/engine/baseline/glob.ts';
import { applyBaseline } from '../../src/engine/baseline/match.ts';
import { parseBaseline } from '../../src/engine/baseline/parse.ts';
import { entriesForScope } from '../../src/engine/baseline/select.ts';
import { resolveTarget } from '../../src/engine/target.ts';
import { buildResult, type Result } from '../../src/engine/result.ts';
import { loadTrustStore } from '../../src/engine/trust/store.ts';
import { verifyTarget } from '../../src/engine/verify.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderNextcloud } from '../../src/report/nextcloud.ts';
import { renderSarif } from '../../src/report/sarif.ts';
import { renderText } from '../../src/report/text.ts';
import { CA, REPO, cleanupTempDirs, extractCase } from '../helpers.ts';

after(cleanupTempDirs);

const GOLDEN = join(REPO, 'test', 'golden');
let result: Result;

// Accepts an extra file and a missing one; pins the changed file "10" to other content (it stays failing, with a note).
const BASELINE = `accept:
  - path: extra2.txt
    category: EXTRA_FILE
    reason: added by the host on purpose
  - path: dup/two.txt
    category: MISSING_FILE
    reason: removed on purpose
  - path: "10"
    category: INVALID_HASH
    reason: a reviewed change
    sha512: ${'0'.repeat(128)}
`;

before(async () => {
  const trust = await loadTrustStore([join(CA, 'root.crt')]);
  const mixed = extractCase('app-mixed');
  const unsigned = extractCase('app-unsigned');
  const a = await verifyTarget({
    target: resolveTarget(mixed, {}),
    trust,
    now: new Date('2027-01-01T00:00:00Z'),
  });
  applyBaseline(
    a,
    entriesForScope([parseBaseline(BASELINE, { source: 'baseline.yml', path: null })], { scope: 'tricky', diskRoot: null }).map(
      compileRules(),
    ),
  );
  const b = await verifyTarget({ target: resolveTarget(unsigned, { appId: 'unsigned_app' }), trust });
  // Pin what differs between runs: temp folder names and timings.
  a.root = 'apps/tricky';
  b.root = 'apps/unsigned_app';
  for (const s of [a, b]) s.stats.ms = 42;
  result = buildResult([a, b], { name: 'code-integrity', version: '0.0.0-test' }, [{ scope: 'notes', root: 'apps/notes' }]);
  result.stats.ms = 42;
});

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
}

describe('reporters (golden)', () => {
  it('text', () => golden('report.txt', renderText(result)));
  it('text with colour uses ANSI codes only when asked', () => {
    assert.ok(renderText(result, { color: true }).includes('\u001b[31;1mFAILED'));
    assert.ok(!renderText(result).includes('\u001b['));
  });
  it('json', () => golden('report.json', renderJson(result)));
  it('markdown', () => golden('report.md', renderMarkdown(result)));
  it('sarif', () => golden('report.sarif', renderSarif(result)));
  it('nextcloud plain, json, json_pretty, admin', () => {
    golden('report.nextcloud.txt', renderNextcloud(result, 'plain'));
    golden('report.nextcloud.json', renderNextcloud(result, 'json'));
    golden('report.nextcloud-pretty.json', renderNextcloud(result, 'json_pretty'));
    golden('report.nextcloud-admin.txt', renderNextcloud(result, 'admin'));
  });

  it('json: stable key order, upstreamWouldMiss flags, accepted findings, tool version', () => {
    const doc = JSON.parse(renderJson(result));
    assert.deepEqual(Object.keys(doc), ['tool', 'ok', 'verdict', 'failOn', 'stats', 'scopes', 'notSigned']);
    assert.equal(doc.scopes[0].EXTRA_FILE['extra1.txt'].failing, true);
    assert.equal(doc.tool.version, '0.0.0-test');
    const s = doc.scopes[0];
    assert.deepEqual(Object.keys(s.accepted), ['dup/two.txt', 'extra2.txt']);
    assert.deepEqual(s.accepted['extra2.txt'], {
      ...s.accepted['extra2.txt'],
      category: 'EXTRA_FILE',
      reason: 'added by the host on purpose',
      by: 'baseline.yml:2',
    });
    assert.equal(s.counts.accepted, 2);
    assert.match(s.INVALID_HASH['10'].baselineNote, /^changed since it was reviewed: baseline\.yml:8 accepts it only with SHA-512 0{16}…/);
    assert.equal(s.INVALID_HASH['10'].upstreamWouldMiss, true);
    assert.equal(s.counts.EXTRA_FILE, 1);
  });

  it('nextcloud formats still show what occ shows for accepted findings', () => {
    // extra2.txt has the same content as extra1.txt, so occ lists only extra1.txt — accepted or not.
    assert.match(renderNextcloud(result, 'json'), /"extra1\.txt"/);
  });

  it('sarif validates against the SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv');
    const draft4 = require('ajv/lib/refs/json-schema-draft-04.json');
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv({ schemaId: 'id', allErrors: true, unknownFormats: 'ignore' });
    ajv.addMetaSchema(draft4);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(renderSarif(result));
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    const ids = doc.runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    assert.ok(ids.includes('EXCEPTION') && ids.includes('INVALID_HASH') && ids.includes('MISSING_FILE') && ids.includes('EXTRA_FILE'));
    const fps = doc.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['codeIntegrity/v1']);
    assert.equal(new Set(fps).size, fps.length, 'fingerprints are unique');
    assert.equal(doc.runs[0].results.find((r: { suppressions?: unknown[] }) => r.suppressions)?.level, 'note');
  });

  it('markdown stays under its byte budget and says how many findings it left out', async () => {
    const big = structuredClone(result.scopes[0]!);
    for (let i = 0; i < 20000; i++) big.EXTRA_FILE[`lib/generated/file-${i}.php`] = { expected: '', current: 'ab'.repeat(64) };
    const huge = { ...result, scopes: [big] };
    const md = renderMarkdown(huge, { maxBytes: 64 * 1024, fullReportHint: 'See the report artifact.' });
    assert.ok(Buffer.byteLength(md) <= 64 * 1024, `markdown is ${Buffer.byteLength(md)} bytes`);
    assert.match(md, /\*\*\d+ more findings not shown\*\* to stay within the size limit\. See the report artifact\./);
  });

  it('markdown escapes file names in table cells', () => {
    const s = structuredClone(result.scopes[0]!);
    s.EXTRA_FILE = { 'a|b<script>&`x`.php': { expected: '', current: 'ff'.repeat(64) } };
    const md = renderMarkdown({ ...result, scopes: [s] });
    assert.match(md, /a&#124;b&lt;script&gt;&amp;&#96;x&#96;\.php/);
    assert.doesNotMatch(md, /<script>/);
  });
});

describe('one verdict with a narrowed fail-on', () => {
  /** The tampered app of the golden files, with only EXCEPTION failing the run. */
  function narrowed(): Result {
    const scope = structuredClone(result.scopes[0]!);
    return buildResult([scope], result.tool, [], ['EXCEPTION']);
  }

  it('the verdict passes, and every reporter says so', () => {
    const r = narrowed();
    assert.equal(r.verdict, 'passed');
    assert.equal(r.ok, true);
    const text = renderText(r);
    assert.match(
      text,
      /^PASSED {2}tricky \(nextcloud-app, apps\/tricky\): 3 findings outside fail-on \(INVALID_HASH, MISSING_FILE, EXTRA_FILE\)/,
    );
    assert.match(text, /INVALID_HASH \(1\) \(outside fail-on: reported, not failing\)/);
    const doc = JSON.parse(renderJson(r));
    assert.equal(doc.verdict, 'passed');
    assert.deepEqual(doc.failOn, ['EXCEPTION']);
    assert.equal(doc.scopes[0].verdict, 'passed');
    assert.equal(doc.scopes[0].INVALID_HASH['10'].failing, false);
    assert.equal(doc.scopes[0].EXTRA_FILE['extra1.txt'].failing, false);
    const md = renderMarkdown(r);
    assert.match(
      md,
      /^## ✅ Code integrity: passed with 3 findings outside fail-on \(INVALID_HASH, MISSING_FILE, EXTRA_FILE\) and 2 findings accepted by the baseline$/m,
    );
    assert.match(md, /\| INVALID_HASH \(outside fail-on\) \|/);
    assert.doesNotMatch(md, /❌/);
    const levels = JSON.parse(renderSarif(r)).runs[0].results.map((x: { level: string }) => x.level);
    assert.ok(!levels.includes('error'), `SARIF levels: ${levels.join(', ')}`);
  });

  it('several scopes: one headline for the run', () => {
    const r = buildResult([structuredClone(result.scopes[0]!), structuredClone(result.scopes[1]!)], result.tool, [], ['EXCEPTION']);
    assert.equal(r.verdict, 'failed', 'the second scope has an EXCEPTION');
    assert.match(renderText(r), /^FAILED: 1 of 2 scopes have findings/);
    const passing = buildResult([structuredClone(result.scopes[0]!)], result.tool, [], ['EXCEPTION']);
    passing.scopes.push(structuredClone(result.scopes[0]!));
    const both = buildResult(passing.scopes, result.tool, [], ['EXCEPTION']);
    assert.match(renderText(both), /^PASSED with 6 findings outside fail-on \(INVALID_HASH, MISSING_FILE, EXTRA_FILE\): 2 scopes checked/);
  });
});
