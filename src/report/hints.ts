/**
 * One-line explanations of each category, shared by every human-facing report. An extra
 * file may be something the host put there on purpose, so its hint never says "delete".
 */
import { optionRef } from '../engine/errors.ts';
import type { AcceptedFinding, Category } from '../engine/result.ts';

export const CATEGORY_HINTS: Record<Category, string> = {
  INVALID_HASH: 'content differs from the signed release: restore the file from the release',
  MISSING_FILE: 'part of the signed release but missing: restore it from the release',
  EXTRA_FILE: `not part of the signed release: if you did not add it on purpose, remove it; otherwise accept it in a baseline (${optionRef('baseline')}) or list it in ${optionRef('allow')}`,
  EXCEPTION: 'the signature itself could not be checked',
};

export const CATEGORY_TITLES: Record<Category, string> = {
  INVALID_HASH: 'Changed files',
  MISSING_FILE: 'Missing files',
  EXTRA_FILE: 'Extra files',
  EXCEPTION: 'Signature problem',
};

/** Why a finding is accepted and by which entry: "reason (file:line)"; a preset's reason names it already. */
export function acceptedBecause(f: Pick<AcceptedFinding, 'reason' | 'by'>): string {
  return f.reason.includes(f.by) ? f.reason : `${f.reason} (${f.by})`;
}

/** Short hash prefix for humans; full hashes stay in json/nextcloud output. */
export function shortHash(hash: string): string {
  return hash === '' ? '(none)' : hash.slice(0, 12);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v >= 10 ? 0 : 1)} ${units[i]}`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
