/**
 * The part of GitHub Actions' expression language the example workflows use, evaluated as the
 * runner does: `${{ … }}` interpolation; contexts (github, env, secrets, vars, inputs, steps,
 * runner, job) read by `.name` or `['name']`, a missing property being ''; string, number and
 * boolean literals; `!`, `==`, `!=` (strings compared ignoring case), `&&`, `||` (returning
 * an operand, as GitHub does), parentheses; and the status functions. Anything else is an
 * error, so the recipes stay within what this checks.
 */

export type Value = string | number | boolean | null | { [key: string]: Value } | Value[];
export interface StatusFunctions {
  success: () => boolean;
  failure: () => boolean;
}
export type Contexts = Record<string, Value>;

type Token = { kind: 'op' | 'str' | 'num' | 'word'; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(==|!=|&&|\|\||[!().[\],])|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new Error(`expression not supported by the test runner: ${src}`);
    if (m[1] !== undefined) tokens.push({ kind: 'op', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', text: m[2].replace(/''/g, "'") });
    else if (m[3] !== undefined) tokens.push({ kind: 'num', text: m[3] });
    else tokens.push({ kind: 'word', text: m[4] as string });
    i = re.lastIndex;
  }
  return tokens;
}

function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '');
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  const num = (v: Value): number => (v === null ? 0 : v === true ? 1 : v === false ? 0 : Number(v));
  return num(a) === num(b);
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly contexts: Contexts,
    private readonly status: StatusFunctions,
    private readonly src: string,
  ) {}

  parse(): Value {
    const v = this.or();
    if (this.pos !== this.tokens.length) throw new Error(`expression not supported by the test runner: ${this.src}`);
    return v;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.pos];
    return t !== undefined && t.kind === 'op' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw new Error(`expected "${text}" in: ${this.src}`);
    this.pos++;
  }

  private or(): Value {
    let v = this.and();
    while (this.peek('||')) {
      this.pos++;
      const r = this.and();
      v = truthy(v) ? v : r;
    }
    return v;
  }

  private and(): Value {
    let v = this.comparison();
    while (this.peek('&&')) {
      this.pos++;
      const r = this.comparison();
      v = truthy(v) ? r : v;
    }
    return v;
  }

  private comparison(): Value {
    const left = this.unary();
    for (const op of ['==', '!=']) {
      if (!this.peek(op)) continue;
      this.pos++;
      const same = equal(left, this.unary());
      return op === '==' ? same : !same;
    }
    return left;
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.pos++;
      return !truthy(this.unary());
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new Error(`unexpected end of: ${this.src}`);
    if (t.kind === 'op' && t.text === '(') {
      const v = this.or();
      this.expect(')');
      return v;
    }
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return Number(t.text);
    if (t.kind !== 'word') throw new Error(`unexpected "${t.text}" in: ${this.src}`);
    if (t.text === 'true' || t.text === 'false') return t.text === 'true';
    if (t.text === 'null') return null;
    if (this.peek('(')) return this.call(t.text);
    return this.path(t.text);
  }

  private call(name: string): Value {
    this.expect('(');
    this.expect(')');
    if (name === 'success') return this.status.success();
    if (name === 'failure') return this.status.failure();
    if (name === 'always') return true;
    if (name === 'cancelled') return false;
    throw new Error(`function ${name}() is not supported by the test runner`);
  }

  private path(context: string): Value {
    if (!Object.hasOwn(this.contexts, context)) throw new Error(`unknown context "${context}" in: ${this.src}`);
    let v: Value = this.contexts[context] as Value;
    for (;;) {
      let key: string;
      if (this.peek('.')) {
        this.pos++;
        const t = this.tokens[this.pos++];
        if (t?.kind !== 'word') throw new Error(`expected a name after "." in: ${this.src}`);
        key = t.text;
      } else if (this.peek('[')) {
        this.pos++;
        const t = this.tokens[this.pos++];
        if (t?.kind !== 'str') throw new Error(`only ['name'] indexes are supported: ${this.src}`);
        key = t.text;
        this.expect(']');
      } else return v;
      v = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, key) ? (v[key] as Value) : '';
    }
  }
}

/** Evaluate one expression (the text between `${{` and `}}`, or an `if:`). */
export function evaluate(src: string, contexts: Contexts, status: StatusFunctions): Value {
  return new Parser(tokenize(src), contexts, status, src).parse();
}

/** A value as the runner turns it into text. */
export function asText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Replace every `${{ … }}` in `text`. */
export function interpolate(text: string, contexts: Contexts, status: StatusFunctions): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => asText(evaluate(expr, contexts, status)));
}

/** An `if:` condition: without a status function, `success() && (…)`, as the runner reads it. */
export function condition(src: string | boolean | undefined, contexts: Contexts, status: StatusFunctions): boolean {
  if (src === undefined) return status.success();
  if (typeof src === 'boolean') return src && status.success();
  const expr = src.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  const value = truthy(evaluate(expr, contexts, status));
  return /\b(always|failure|success|cancelled)\(\)/.test(expr) ? value : value && status.success();
}

export { truthy };
