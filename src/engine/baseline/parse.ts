/**
 * Reading a baseline file (YAML 1.2, failsafe schema: every value is a string, so a pin of
 * digits stays a string). Anything that is not exactly the format — an unknown key, a wrong
 * type, a category that cannot be accepted, a pin that is not a SHA-512, a pin on a missing
 * file — is a usage error naming file:line and what to do. See docs/baseline.md.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { optionRef, UsageError } from '../errors.ts';
import { FILE_CATEGORIES, type FileCategory } from '../result.ts';
import type { BaselineEntry, BaselineFile } from './entry.ts';
import { globBody } from './glob.ts';
import { PRESET_NAMES, presetEntries } from './presets.ts';

export interface ParseBaselineOptions {
  /** The file as reports name it. */
  source: string;
  /** Its absolute path (null when it was not read from a file). */
  path: string | null;
  /** For a default file: the scope whose root holds it. */
  owner?: string | undefined;
}

const TOP_KEYS = ['presets', 'accept'] as const;
const ENTRY_KEYS = ['path', 'category', 'reason', 'sha512', 'scope'] as const;
const FORMAT_HINT = 'See docs/baseline.md for the format.';

/** Errors in one file, each naming file:line. */
class Reader {
  constructor(
    private readonly source: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: Node | null | undefined): number {
    const offset = node?.range?.[0] ?? 0;
    return this.lines.linePos(offset).line;
  }

  fail(node: Node | null | undefined, what: string, hint = FORMAT_HINT): never {
    throw new UsageError(`${this.source}:${this.line(node)}: ${what}`, hint);
  }

  /** A non-empty string value. */
  text(node: Node | null | undefined, key: string, owner: Node): string {
    if (node === null || node === undefined) this.fail(owner, `"${key}" has no value`);
    if (!isScalar(node) || typeof node.value !== 'string') this.fail(node, `"${key}" must be a text, not a ${kindOf(node)}`);
    const value = node.value.trim();
    if (value === '') this.fail(node, `"${key}" is empty`);
    return value;
  }

  /** The map's pairs by key; an unknown or non-text key is an error. */
  pairs(map: YAMLMap, allowed: readonly string[], what: string): Map<string, Node | null> {
    const out = new Map<string, Node | null>();
    for (const pair of map.items) {
      const key = pair.key as Node | null;
      const name = isScalar(key) && typeof key.value === 'string' ? key.value : null;
      if (name === null || !allowed.includes(name)) {
        this.fail(
          key ?? map,
          `unknown key ${name === null ? '' : `"${name}" `}in ${what}`,
          `${what[0]!.toUpperCase()}${what.slice(1)} has the keys ${allowed.join(', ')}.`,
        );
      }
      out.set(name, (pair.value as Node | null) ?? null);
    }
    return out;
  }
}

function kindOf(node: Node | null | undefined): string {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  return 'value';
}

/** Parse a baseline file's text; presets are expanded after the file's own entries. */
export function parseBaseline(text: string, options: ParseBaselineOptions): BaselineFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const reader: Reader = new Reader(options.source, lines);
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new UsageError(`${options.source}:${line}: not valid YAML (${error.message.split('\n')[0]})`, FORMAT_HINT);
  }
  const file: BaselineFile = { source: options.source, path: options.path, presets: [], entries: [] };
  if (options.owner !== undefined) file.owner = options.owner;
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return file;
  if (!isMap(root)) reader.fail(root, `a baseline is a mapping with presets and accept, not a ${kindOf(root)}`);
  const top = reader.pairs(root, TOP_KEYS, 'a baseline');
  file.presets = readPresets(reader, top.get('presets'), root);
  const accept = top.get('accept');
  if (accept !== undefined && accept !== null) {
    if (!isSeq(accept)) reader.fail(accept, `"accept" must be a list of entries, not a ${kindOf(accept)}`);
    for (const item of accept.items as (Node | null)[]) file.entries.push(readEntry(reader, item ?? accept, options));
  }
  for (const name of file.presets) file.entries.push(...(presetEntries(name) ?? []));
  return file;
}

function readPresets(reader: Reader, node: Node | null | undefined, root: Node): string[] {
  if (node === undefined || node === null) return [];
  if (!isSeq(node)) reader.fail(node, `"presets" must be a list, not a ${kindOf(node)}`, `Write presets: [${PRESET_NAMES.join(', ')}].`);
  const names: string[] = [];
  for (const item of node.items as (Node | null)[]) {
    const name = reader.text(item, 'presets', item ?? root);
    if (!PRESET_NAMES.includes(name)) reader.fail(item, `unknown preset "${name}"`, `The presets are ${PRESET_NAMES.join(', ')}.`);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function readEntry(reader: Reader, node: Node, options: ParseBaselineOptions): BaselineEntry {
  if (!isMap(node)) reader.fail(node, `an entry of "accept" must be a mapping (path, category, reason), not a ${kindOf(node)}`);
  const fields = reader.pairs(node, ENTRY_KEYS, 'an entry of accept');
  const path = readPath(reader, fields.get('path'), node);
  const category = readCategory(reader, fields.get('category'), node);
  const reason = reader.text(fields.get('reason'), 'reason', node);
  const entry: BaselineEntry = { path, category, reason, origin: `${options.source}:${reader.line(node)}`, kind: 'file' };
  const pin = fields.get('sha512');
  if (pin !== undefined) {
    const value = reader.text(pin, 'sha512', node).toLowerCase();
    if (!/^[0-9a-f]{128}$/.test(value)) {
      reader.fail(
        pin,
        `"sha512" must be 128 hexadecimal digits (a SHA-512), not "${value.slice(0, 140)}"`,
        'Pin with `sha512sum FILE` or the `baseline` command, or remove the pin.',
      );
    }
    if (category === 'MISSING_FILE') reader.fail(pin, 'a MISSING_FILE has no content to pin', 'Remove sha512 from this entry.');
    entry.sha512 = value;
  }
  const scope = fields.get('scope');
  if (scope !== undefined) entry.scope = readScope(reader, scope, node, options.owner);
  return entry;
}

function readPath(reader: Reader, node: Node | null | undefined, entry: Node): string {
  const path = reader.text(node, 'path', entry);
  const hint = 'Write one path or glob relative to the scope\'s root, e.g. .user.ini, logs/ or "**/error_log".';
  if (/[\r\n]/.test(path)) reader.fail(node, '"path" holds more than one line', `${hint} Write one entry per path.`);
  if (path.startsWith('!') || path.startsWith('#'))
    reader.fail(node, `"path" cannot start with "${path[0]}" (a baseline lists what it accepts)`, hint);
  if (globBody(path) === null) reader.fail(node, `"path" ${JSON.stringify(path)} is not a path inside the checked folder`, hint);
  return path;
}

function readCategory(reader: Reader, node: Node | null | undefined, entry: Node): FileCategory {
  const value = reader.text(node, 'category', entry);
  if (value === 'EXCEPTION') {
    reader.fail(
      node,
      'an EXCEPTION can never be accepted',
      'An EXCEPTION means the signature itself cannot be trusted; fix its cause instead.',
    );
  }
  if (!(FILE_CATEGORIES as readonly string[]).includes(value)) {
    reader.fail(node, `unknown category "${value}"`, `Use one of ${FILE_CATEGORIES.join(', ')}.`);
  }
  return value as FileCategory;
}

function readScope(reader: Reader, node: Node | null, entry: Node, owner: string | undefined): string {
  const value = reader.text(node, 'scope', entry);
  if (/[\s/\\]/.test(value)) reader.fail(node, `"scope" ${JSON.stringify(value)} is not a scope`, 'Write core, release or an app id.');
  if (owner !== undefined && owner !== 'core' && value !== owner) {
    reader.fail(
      node,
      `this file belongs to ${owner}: it cannot accept findings of ${value}`,
      `Remove the entry, or move it to core's baseline or a file given with ${optionRef('baseline')}.`,
    );
  }
  return value;
}
