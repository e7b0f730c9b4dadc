/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per category, one result per finding with
 * the file as location (whole-file findings point at line 1), stable fingerprints (scope +
 * category + path, never hashes, so a finding keeps its identity across runs). A finding that
 * fails the run (its category is in fail-on) is an error, one outside fail-on a warning.
 * Findings a baseline accepts appear as suppressed results (kind external, the entry's reason
 * as justification), so they are visible but do not alert.
 * Message texts show names through displayText.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { displayJson, displayText } from '../engine/display.ts';
import { CLI_WORDING, wordOptions, type OptionWording } from '../engine/errors.ts';
import {
  FILE_CATEGORIES,
  type AcceptedFinding,
  type Category,
  type FileCategory,
  type FileFinding,
  type Result,
  type ScopeResult,
} from '../engine/result.ts';
import { CATEGORY_HINTS } from './hints.ts';
import type { ReportFormat } from './format.ts';

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

const ruleIndex = (id: Category): number => RULES.findIndex((r) => r.id === id);

/** A finding that fails the run (its category is in fail-on) is an error, one outside fail-on a warning. */
function levelOf(result: Result, id: Category): 'error' | 'warning' {
  return result.failOn.includes(id) ? 'error' : 'warning';
}

function exceptionResult(result: Result, scope: ScopeResult, e: NonNullable<ScopeResult['EXCEPTION']>): SarifResult {
  return {
    ruleId: 'EXCEPTION',
    ruleIndex: ruleIndex('EXCEPTION'),
    level: levelOf(result, 'EXCEPTION'),
    message: { text: displayText(`${scope.scope}: ${e.message}${e.hint ? ` ${e.hint}` : ''}`) },
    locations: location(scope, scope.signaturePath ?? '.'),
    partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'EXCEPTION', e.message) },
    properties: { scope: scope.scope, class: e.class },
  };
}

function fileResult(result: Result, scope: ScopeResult, category: FileCategory, name: string, f: FileFinding): SarifResult {
  const detail =
    category === 'INVALID_HASH'
      ? ` (expected sha512 ${f.expected.slice(0, 16)}…, current ${f.current ? f.current.slice(0, 16) + '…' : 'unreadable'})`
      : '';
  return {
    ruleId: category,
    ruleIndex: ruleIndex(category),
    level: levelOf(result, category),
    message: {
      text: displayText(
        `${name}: ${CATEGORY_HINTS[category]}${detail}${f.problem ? ` — ${f.problem}` : ''}${f.baselineNote ? ` — ${f.baselineNote}` : ''}`,
      ),
    },
    locations: location(scope, name),
    partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, category, name) },
    properties: { scope: scope.scope, expected: f.expected, current: f.current, upstreamWouldMiss: f.upstreamWouldMiss === true },
  };
}

/** A file upstream ships without a signature: a suppressed note with its hash, to compare with a copy you trust. */
function unsignedResult(scope: ScopeResult, name: string, f: { current: string; reason: string }): SarifResult {
  return {
    ruleId: 'EXTRA_FILE',
    ruleIndex: ruleIndex('EXTRA_FILE'),
    level: 'note',
    message: { text: displayText(`${name}: shipped by upstream without a signature (${f.reason})`) },
    locations: location(scope, name),
    partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'NOT_SIGNED_BY_UPSTREAM', name) },
    properties: { scope: scope.scope, current: f.current },
    suppressions: [{ kind: 'external', justification: 'upstream ships this file without a signature' }],
  };
}

/** A finding a baseline accepts: a suppressed note with the entry's reason, visible but never alerting. */
function acceptedResult(scope: ScopeResult, name: string, f: AcceptedFinding): SarifResult {
  return {
    ruleId: f.category,
    ruleIndex: ruleIndex(f.category),
    level: 'note',
    message: { text: displayText(`${name}: ${f.category} accepted by ${f.by}: ${f.reason}`) },
    locations: location(scope, name),
    // The same identity as the finding before it was accepted: code scanning sees it suppressed, not new.
    partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, f.category, name) },
    properties: { scope: scope.scope, expected: f.expected, current: f.current, acceptedBy: displayText(f.by) },
    suppressions: [{ kind: 'external', justification: displayText(f.reason) }],
  };
}

function sarifResults(result: Result): SarifResult[] {
  const out: SarifResult[] = [];
  for (const scope of result.scopes) {
    if (scope.EXCEPTION) out.push(exceptionResult(result, scope, scope.EXCEPTION));
    for (const category of FILE_CATEGORIES) {
      for (const [name, f] of Object.entries(scope[category])) out.push(fileResult(result, scope, category, name, f));
    }
    for (const [name, f] of Object.entries(scope.notSignedByUpstream ?? {})) out.push(unsignedResult(scope, name, f));
    for (const [name, f] of Object.entries(scope.accepted)) out.push(acceptedResult(scope, name, f));
  }
  return out;
}

const DRIVER_RULES = RULES.map((r) => ({
  id: r.id,
  name: r.name,
  shortDescription: { text: r.short },
  fullDescription: { text: `${r.short}: ${CATEGORY_HINTS[r.id]}.` },
  help: { text: CATEGORY_HINTS[r.id], markdown: CATEGORY_HINTS[r.id] },
  defaultConfiguration: { level: r.level },
  properties: { tags: ['security', 'integrity'], precision: 'very-high' },
}));

export function renderSarif(result: Result, wording: OptionWording = CLI_WORDING): string {
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: result.tool.name, version: result.tool.version, rules: DRIVER_RULES } },
        results: sarifResults(result),
        columnKind: 'unicodeCodePoints',
        ...(result.archives ? { properties: { archives: result.archives } } : {}),
      },
    ],
  };
  return wordOptions(displayJson(JSON.stringify(doc, null, 2)), wording) + '\n';
}

export const sarifFormat: ReportFormat = {
  name: 'sarif',
  summary: 'SARIF 2.1.0, for GitHub code scanning',
  render: (result, options) => renderSarif(result, options.wording),
};
