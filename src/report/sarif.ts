/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per category, one result per finding with
 * the file as location (whole-file findings point at line 1), stable fingerprints (scope +
 * category + path, never hashes, so a finding keeps its identity across runs). Allowed
 * extra files appear as suppressed results, so they are visible but do not alert.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { FILE_CATEGORIES, type Category, type Result, type ScopeResult } from '../engine/result.ts';
import { CATEGORY_HINTS } from './hints.ts';

const RULES: Array<{ id: Category; name: string; short: string; level: 'error' | 'warning' }> = [
  { id: 'INVALID_HASH', name: 'InvalidHash', short: 'A signed file was changed', level: 'error' },
  { id: 'MISSING_FILE', name: 'MissingFile', short: 'A signed file is missing', level: 'error' },
  { id: 'EXTRA_FILE', name: 'ExtraFile', short: 'A file is not part of the signed release', level: 'warning' },
  { id: 'EXCEPTION', name: 'SignatureException', short: 'The signature could not be verified', level: 'error' },
];

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** A repository-relative URI for a file of a scope (percent-encoded, '/'-separated). */
function uri(scope: ScopeResult, name: string): string {
  const path = scope.root === '.' ? name : posix.join(scope.root.split('\\').join('/'), name);
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

interface SarifResult {
  ruleId: Category;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
  properties?: Record<string, unknown>;
  suppressions?: Array<{ kind: 'external'; justification: string }>;
}

function location(scope: ScopeResult, name: string): SarifResult['locations'] {
  return [{ physicalLocation: { artifactLocation: { uri: uri(scope, name), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }];
}

export function renderSarif(result: Result): string {
  const results: SarifResult[] = [];
  const index = (id: Category): number => RULES.findIndex((r) => r.id === id);
  for (const scope of result.scopes) {
    if (scope.EXCEPTION) {
      results.push({
        ruleId: 'EXCEPTION',
        ruleIndex: index('EXCEPTION'),
        level: 'error',
        message: { text: `${scope.scope}: ${scope.EXCEPTION.message}${scope.EXCEPTION.hint ? ` ${scope.EXCEPTION.hint}` : ''}` },
        locations: location(scope, scope.signaturePath ?? '.'),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'EXCEPTION', scope.EXCEPTION.message) },
        properties: { scope: scope.scope, class: scope.EXCEPTION.class },
      });
    }
    for (const category of FILE_CATEGORIES) {
      for (const [name, f] of Object.entries(scope[category])) {
        const rule = RULES[index(category)]!;
        const detail =
          category === 'INVALID_HASH'
            ? ` (expected sha512 ${f.expected.slice(0, 16)}…, current ${f.current ? f.current.slice(0, 16) + '…' : 'unreadable'})`
            : '';
        results.push({
          ruleId: category,
          ruleIndex: index(category),
          level: rule.level,
          message: { text: `${name}: ${CATEGORY_HINTS[category]}${detail}${f.problem ? ` — ${f.problem}` : ''}` },
          locations: location(scope, name),
          partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, category, name) },
          properties: { scope: scope.scope, expected: f.expected, current: f.current, upstreamWouldMiss: f.upstreamWouldMiss === true },
        });
      }
    }
    for (const [name, f] of Object.entries(scope.notSignedByUpstream ?? {})) {
      results.push({
        ruleId: 'EXTRA_FILE',
        ruleIndex: index('EXTRA_FILE'),
        level: 'note',
        message: { text: `${name}: shipped by upstream without a signature (${f.reason})` },
        locations: location(scope, name),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'NOT_SIGNED_BY_UPSTREAM', name) },
        properties: { scope: scope.scope, current: f.current },
        suppressions: [{ kind: 'external', justification: 'upstream ships this file without a signature' }],
      });
    }
    for (const [name, f] of Object.entries(scope.allowed)) {
      results.push({
        ruleId: 'EXTRA_FILE',
        ruleIndex: index('EXTRA_FILE'),
        level: 'note',
        message: { text: `${name}: extra file allowed by the allow-list` },
        locations: location(scope, name),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'EXTRA_FILE', name) },
        properties: { scope: scope.scope, current: f.current },
        suppressions: [{ kind: 'external', justification: 'matched by the allow-list (a file the host adds on purpose)' }],
      });
    }
  }
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: `${r.short}: ${CATEGORY_HINTS[r.id]}.` },
              help: { text: CATEGORY_HINTS[r.id], markdown: CATEGORY_HINTS[r.id] },
              defaultConfiguration: { level: r.level },
              properties: { tags: ['security', 'integrity'], precision: 'very-high' },
            })),
          },
        },
        results,
        columnKind: 'unicodeCodePoints',
        ...(result.archives ? { properties: { archives: result.archives } } : {}),
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
