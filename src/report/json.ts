/**
 * The machine-readable report: the Result model with a stable key order, the tool version,
 * the run's verdict and fail-on categories, per-scope verdict and counts, per finding whether
 * it fails the run (`failing`: its category is in fail-on), `upstreamWouldMiss` flags, the
 * findings a baseline accepts (`accepted`: category, reason, by), and upstream's own result.
 */
import { displayJson } from '../engine/display.ts';
import { CLI_WORDING, wordOptions, type OptionWording } from '../engine/errors.ts';
import { PhpArray, PhpFloat, type PhpValue } from '../engine/php/array.ts';
import { FILE_CATEGORIES, categoryCount, scopeVerdict, type Category, type Result, type ScopeResult } from '../engine/result.ts';
import type { ReportFormat } from './format.ts';

/** PHP array → plain JSON value (lists become arrays). Key order of integer keys is not kept by JS objects. */
function plain(value: PhpValue): unknown {
  if (value instanceof PhpFloat) return value.value;
  if (!(value instanceof PhpArray)) return value;
  if (value.isList()) return [...value].map(([, v]) => plain(v));
  const out: Record<string, unknown> = {};
  for (const [k, v] of value) out[String(k)] = plain(v);
  return out;
}

function scopeJson(scope: ScopeResult, failOn: readonly Category[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    scope: scope.scope,
    profile: scope.profile,
    root: scope.root,
    signaturePath: scope.signaturePath,
    verdict: scopeVerdict(scope, failOn),
    counts: {
      INVALID_HASH: categoryCount(scope, 'INVALID_HASH'),
      MISSING_FILE: categoryCount(scope, 'MISSING_FILE'),
      EXTRA_FILE: categoryCount(scope, 'EXTRA_FILE'),
      EXCEPTION: categoryCount(scope, 'EXCEPTION'),
      accepted: Object.keys(scope.accepted).length,
    },
  };
  for (const category of FILE_CATEGORIES) {
    const failing = failOn.includes(category);
    out[category] = Object.fromEntries(Object.entries(scope[category]).map(([name, f]) => [name, { ...f, failing }]));
  }
  out.EXCEPTION = scope.EXCEPTION === null ? null : { ...scope.EXCEPTION, failing: failOn.includes('EXCEPTION') };
  out.accepted = scope.accepted;
  out.certificate = scope.certificate ?? null;
  out.notes = scope.notes;
  if (scope.notSignedByUpstream) out.notSignedByUpstream = scope.notSignedByUpstream;
  out.stats = scope.stats;
  out.upstream = plain(scope.upstream);
  return out;
}

export function renderJson(result: Result, wording: OptionWording = CLI_WORDING): string {
  const doc = {
    tool: result.tool,
    ok: result.ok,
    verdict: result.verdict,
    failOn: result.failOn,
    stats: result.stats,
    scopes: result.scopes.map((s) => scopeJson(s, result.failOn)),
    notSigned: result.notSigned,
    ...(result.archives ? { archives: result.archives } : {}),
  };
  return wordOptions(displayJson(JSON.stringify(doc, null, 2)), wording) + '\n';
}

export const jsonFormat: ReportFormat = {
  name: 'json',
  summary: "the full result: verdict, every finding by path, certificates, upstream's own result",
  render: (result, options) => renderJson(result, options.wording),
};
