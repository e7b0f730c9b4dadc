/**
 * The machine-readable report: the Result model with a stable key order, the tool version,
 * per-scope verdict and counts, `upstreamWouldMiss` flags, and upstream's own result.
 */
import { PhpArray, PhpFloat, type PhpValue } from '../engine/php/array.ts';
import { FILE_CATEGORIES, categoryCount, findingCount, type Result, type ScopeResult } from '../engine/result.ts';

/** PHP array → plain JSON value (lists become arrays). Key order of integer keys is not kept by JS objects. */
function plain(value: PhpValue): unknown {
  if (value instanceof PhpFloat) return value.value;
  if (!(value instanceof PhpArray)) return value;
  if (value.isList()) return [...value].map(([, v]) => plain(v));
  const out: Record<string, unknown> = {};
  for (const [k, v] of value) out[String(k)] = plain(v);
  return out;
}

function scopeJson(scope: ScopeResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    scope: scope.scope,
    profile: scope.profile,
    root: scope.root,
    signaturePath: scope.signaturePath,
    verdict: findingCount(scope) === 0 ? 'passed' : 'failed',
    counts: {
      INVALID_HASH: categoryCount(scope, 'INVALID_HASH'),
      MISSING_FILE: categoryCount(scope, 'MISSING_FILE'),
      EXTRA_FILE: categoryCount(scope, 'EXTRA_FILE'),
      EXCEPTION: categoryCount(scope, 'EXCEPTION'),
      allowed: Object.keys(scope.allowed).length,
    },
  };
  for (const category of FILE_CATEGORIES) out[category] = scope[category];
  out.EXCEPTION = scope.EXCEPTION;
  out.allowed = scope.allowed;
  out.certificate = scope.certificate ?? null;
  out.notes = scope.notes;
  if (scope.notSignedByUpstream) out.notSignedByUpstream = scope.notSignedByUpstream;
  out.stats = scope.stats;
  out.upstream = plain(scope.upstream);
  return out;
}

export function renderJson(result: Result): string {
  const doc = {
    tool: result.tool,
    ok: result.ok,
    stats: result.stats,
    scopes: result.scopes.map(scopeJson),
    notSigned: result.notSigned,
    ...(result.archives ? { archives: result.archives } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
