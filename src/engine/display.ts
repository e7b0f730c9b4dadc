/**
 * Showing text that comes from a checked tree: file names, app ids, certificate subjects and
 * the messages that quote them. They are hostile input. Printed raw, a newline followed by
 * `::warning::` forges a workflow command, `##[` anywhere on a line is one too (the runner's
 * legacy syntax), a bare CR ends a Markdown table row, ESC sequences repaint a terminal and
 * bidi controls make a name read as another.
 *
 * `displayText` is the one function every reporter and front end uses for such text: it keeps
 * ordinary text (including non-ASCII names) as it is and renders every control character
 * visibly, as a backslash escape, on one line. Machine formats that escape by construction
 * (JSON, the occ-compatible formats) keep the exact bytes instead.
 */

/** Characters shown as escapes: C0 and C1 controls, DEL, line/paragraph separators, bidi and invisible format controls, lone surrogates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` safe to print on one line of a log, a terminal or a Markdown summary: control
 * characters as visible escapes (`\n`, `\r`, `\x1b`, `\u2028`, …), the runner's legacy command
 * marker `##[` broken as `##\[`, and a leading `::` (after spaces) broken as `:\:`, so the
 * text can never start or contain a workflow command wherever it is placed on a line.
 */
export function displayText(text: string): string {
  let out = text.replace(UNSAFE, escapeChar);
  if (out.includes('##[')) out = out.replace(/##\[/g, '##\\[');
  return out.replace(/^(\s*):(?=:)/, '$1:\\');
}

/** Characters JSON may hold raw that displayJson writes as `\uXXXX` (C0 controls and lone surrogates are escaped by every encoder already). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * JSON text safe to print in a CI log or a terminal, with the same value. JSON escaping keeps
 * C0 controls and line breaks out, but leaves DEL, C1 controls, U+2028/U+2029 and bidi
 * controls raw, and the runner's legacy command marker `##[` is plain text inside a string:
 * those are written as `\uXXXX` escapes (`##[` as `##\u005b`), which every JSON reader decodes
 * to the same characters. Outside strings JSON is ASCII without `#`, so only strings change.
 */
export function displayJson(json: string): string {
  let out = json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (out.includes('##[')) out = out.replace(/##\[/g, '##\\u005b');
  return out;
}
