export const id = 95;
export const ids = [95];
export const modules = {

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   s$: () => (/* binding */ filePath)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_LEVEL */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6060);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _report_hints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4424);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(658);
/**
 * File annotations for findings. GitHub keeps at most 10 error and 10 warning annotations
 * per step and drops the rest silently, so the most important findings go first
 * (EXCEPTION, INVALID_HASH, MISSING_FILE, EXTRA_FILE) and one notice says how many were left
 * out and where the full list is. A finding that fails the run (its category is in fail-on)
 * is an error; one outside fail-on is a warning, so the annotations agree with the verdict.
 * Names from the tree are shown through displayText (the toolkit escapes the command syntax,
 * but a newline would still split the message).
 */





const ANNOTATIONS_PER_LEVEL = 10;
function filePath(scope, name) {
    return scope.root === '.' ? name : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(scope.root.split('\\').join('/'), name);
}
const ORDER = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];
/** Error when the category fails the run, warning when it is outside fail-on. */
function levelOf(result, category) {
    return result.failOn.includes(category) ? 'error' : 'warning';
}
function findingMessage(category, name, f) {
    let msg = `${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(name)}: ${_report_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORY_HINTS */ ._O[category]}.`;
    if (category === 'INVALID_HASH')
        msg += ` Expected sha512 ${(0,_report_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .BC)(f.expected)}…, found ${f.current ? (0,_report_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .BC)(f.current) + '…' : 'nothing readable'}.`;
    if (f.problem)
        msg += ` ${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(f.problem)}.`;
    if (f.upstreamWouldMiss)
        msg += ' (occ integrity:check would not report this.)';
    if (f.baselineNote)
        msg += ` Baseline: ${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(f.baselineNote)}.`;
    return msg;
}
/** Decide which annotations to emit, most important first, within GitHub's per-step caps. */
function planAnnotations(result, maxPerLevel = ANNOTATIONS_PER_LEVEL) {
    const candidates = [];
    for (const scope of result.scopes) {
        if (scope.EXCEPTION) {
            candidates.push({
                level: levelOf(result, 'EXCEPTION'),
                title: 'EXCEPTION',
                file: filePath(scope, scope.signaturePath ?? '.'),
                message: (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(`${scope.scope}: ${scope.EXCEPTION.message}${scope.EXCEPTION.hint ? ` ${scope.EXCEPTION.hint}` : ''}`),
            });
        }
    }
    for (const category of ORDER) {
        const level = levelOf(result, category);
        for (const scope of result.scopes) {
            for (const [name, f] of Object.entries(scope[category])) {
                // A name that has to be shown escaped cannot be linked as it is (nor put in a command line raw).
                const file = (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(name) === name ? filePath(scope, name) : undefined;
                candidates.push({ level, title: category, ...(file ? { file } : {}), message: findingMessage(category, name, f) });
            }
        }
    }
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const a of candidates) {
        if (used[a.level] >= maxPerLevel) {
            omitted += 1;
            continue;
        }
        used[a.level] += 1;
        annotations.push(a);
    }
    return { annotations, omitted };
}
/** Emit the planned annotations as workflow commands, plus a notice about the rest. */
function annotate(core, result, where) {
    const { annotations, omitted } = planAnnotations(result);
    for (const a of annotations) {
        const props = { ...(a.file ? { file: a.file } : {}), title: a.title };
        const message = (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wordOptions */ .vR)(a.message, _wording_js__WEBPACK_IMPORTED_MODULE_4__/* .ACTION_WORDING */ .G);
        if (a.level === 'error')
            core.error(message, props);
        else if (a.level === 'warning')
            core.warning(message, props);
        else
            core.notice(message, props);
    }
    if (omitted > 0) {
        core.notice(`${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (GitHub shows at most 10 errors and 10 warnings per step); ${where}.`, {
            title: 'More findings',
        });
    }
    return { emitted: annotations.length, omitted };
}


/***/ }),

/***/ 658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ACTION_WORDING)
/* harmony export */ });
/** Command-line options whose Action input has another name. */
const INPUT_NAMES = {
    key: 'private-key',
    cert: 'certificate',
    'passphrase-env': 'private-key-passphrase',
    output: 'report-file',
    format: 'report-format',
    out: 'output-dir',
};
const ACTION_WORDING = (name, value) => {
    const input = Object.hasOwn(INPUT_NAMES, name) ? INPUT_NAMES[name] : name;
    return value === undefined ? `the input ${input}` : `${input}: ${value}`;
};


/***/ }),

/***/ 6060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ displayText),
/* harmony export */   f: () => (/* binding */ displayJson)
/* harmony export */ });
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
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeChar(c) {
    const named = NAMED[c];
    if (named !== undefined)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * `text` safe to print on one line of a log, a terminal or a Markdown summary: control
 * characters as visible escapes (`\n`, `\r`, `\x1b`, `\u2028`, …), the runner's legacy command
 * marker `##[` broken as `##\[`, and a leading `::` (after spaces) broken as `:\:`, so the
 * text can never start or contain a workflow command wherever it is placed on a line.
 */
function displayText(text) {
    let out = text.replace(UNSAFE, escapeChar);
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\\[');
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
function displayJson(json) {
    let out = json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\\u005b');
    return out;
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ optionRef),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ml: () => (/* binding */ CLI_WORDING),
/* harmony export */   vR: () => (/* binding */ wordOptions)
/* harmony export */ });
/**
 * Errors that are the user's to fix (bad path, unreadable key, wrong passphrase, bad PEM).
 * Front ends print `message` and `hint` on one or two lines and exit with code 2; they
 * never print a stack trace for these. `code` names the kind of error for programs (the
 * Action's `error-code` output); options the user can change are written `optionRef(name)`,
 * which each front end words its own way (wordOptions).
 */
class UsageError extends Error {
    hint;
    code;
    constructor(message, hint, code = 'usage') {
        super(message);
        this.hint = hint;
        this.code = code;
        this.name = 'UsageError';
    }
}
/**
 * An option in a message, with a value or not: `--trust nextcloud` on the command line,
 * `trust: nextcloud` in the Action. The engine names options by their command-line name
 * without dashes; each front end words them (wordOptions).
 */
function optionRef(name, value) {
    return value === undefined ? `{{option:${name}}}` : `{{option:${name}=${value}}}`;
}
/** The command line's wording: `--name` or `--name value`. */
const CLI_WORDING = (name, value) => (value === undefined ? `--${name}` : `--${name} ${value}`);
/** `text` with every optionRef worded by `word`. */
function wordOptions(text, word) {
    return text.replace(/\{\{option:([a-z-]+)(?:=([^}]*))?\}\}/g, (_m, name, value) => word(name, value));
}
/** Why a file could not be read, in words ("does not exist", "is a folder", …). */
function describeFsError(e, folderMeaning = 'is a folder') {
    const code = e.code;
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'is not readable (permission denied)';
    if (code === 'EISDIR')
        return folderMeaning;
    return `cannot be read (${code ?? e.message})`;
}


/***/ }),

/***/ 2676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ phpArrayReplace),
/* harmony export */   c4: () => (/* binding */ phpKey),
/* harmony export */   j: () => (/* binding */ phpToString),
/* harmony export */   uY: () => (/* binding */ phpArrayMerge),
/* harmony export */   un: () => (/* binding */ isPhpIntegerKey),
/* harmony export */   vQ: () => (/* binding */ PhpFloat),
/* harmony export */   wM: () => (/* binding */ phpDebugType),
/* harmony export */   wX: () => (/* binding */ phpFloatRepr),
/* harmony export */   y6: () => (/* binding */ PhpArray)
/* harmony export */ });
/**
 * A small model of PHP's ordered array, just enough to reproduce what upstream's
 * integrity checker does with its hash tables byte for byte.
 *
 * Why not a JS object or Map<string, …>: PHP turns a key that is a canonical decimal
 * integer ("10", "-3", not "010" or "1.5") into an integer key, which changes how
 * `ksort` orders it, how `array_merge` renumbers it and whether `json_encode` prints
 * a list. JS objects additionally reorder integer-like keys. So keys are modelled
 * explicitly as `number | string` and insertion order is kept by a Map.
 */
/** A PHP float (JSON numbers with a fraction or exponent); kept apart from integers. */
class PhpFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
const MAX_LONG = 9223372036854775807n;
const MIN_LONG = -9223372036854775808n;
/** PHP's ZEND_HANDLE_NUMERIC_STR: "123" and "-5" become integer keys, "0123", "1.5", "-0" do not. */
function phpKey(key) {
    if (typeof key === 'number')
        return key;
    // Most keys are paths: only a digit or "-" can start an integer key.
    const first = key.charCodeAt(0);
    if (!((first >= 0x30 && first <= 0x39) || first === 0x2d))
        return key;
    if (!/^(0|-?[1-9][0-9]*)$/.test(key))
        return key;
    const big = BigInt(key);
    if (big > MAX_LONG || big < MIN_LONG)
        return key;
    // Integers beyond 2^53 would lose precision as JS numbers; keep them as strings
    // (such file names never occur in a signed release; correctness of ordering for
    // them is not attempted).
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER))
        return key;
    return Number(big);
}
/** Whether PHP holds `key` as an integer key (a number here, or an integer beyond 2^53 kept as a string). */
function isPhpIntegerKey(key) {
    if (typeof key === 'number')
        return true;
    if (!/^(0|-?[1-9][0-9]*)$/.test(key))
        return false;
    const big = BigInt(key);
    return big <= MAX_LONG && big >= MIN_LONG;
}
class PhpArray {
    map = new Map();
    nextIndex = 0;
    static fromEntries(entries) {
        const arr = new PhpArray();
        for (const [k, v] of entries)
            arr.set(k, v);
        return arr;
    }
    get size() {
        return this.map.size;
    }
    set(key, value) {
        const k = phpKey(key);
        this.map.set(k, value);
        if (typeof k === 'number' && k >= this.nextIndex)
            this.nextIndex = k + 1;
    }
    /** `$a[] = $value` */
    push(value) {
        this.map.set(this.nextIndex, value);
        this.nextIndex += 1;
    }
    get(key) {
        return this.map.get(phpKey(key));
    }
    has(key) {
        return this.map.has(phpKey(key));
    }
    delete(key) {
        this.map.delete(phpKey(key));
    }
    keys() {
        return this.map.keys();
    }
    entries() {
        return this.map.entries();
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
    /** PHP's array_is_list: keys are exactly 0..n-1 in order (json_encode then prints `[...]`). */
    isList() {
        let i = 0;
        for (const k of this.map.keys()) {
            if (k !== i)
                return false;
            i += 1;
        }
        return true;
    }
}
/** array_merge: integer keys are renumbered from 0 and appended, string keys overwrite in place. */
function phpArrayMerge(...arrays) {
    const out = new PhpArray();
    for (const arr of arrays) {
        for (const [k, v] of arr) {
            if (typeof k === 'number')
                out.push(v);
            else
                out.set(k, v);
        }
    }
    return out;
}
/** array_replace: every key is kept as it is; a later array overwrites in place or appends. */
function phpArrayReplace(...arrays) {
    const out = new PhpArray();
    for (const arr of arrays)
        for (const [k, v] of arr)
            out.set(k, v);
    return out;
}
/** PHP 8's get_debug_type(), as its TypeError messages name a value's type. */
function phpDebugType(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number' || typeof value === 'bigint')
        return 'int';
    if (typeof value === 'string')
        return 'string';
    return value instanceof PhpFloat ? 'float' : 'array';
}
/** PHP's (string) cast of a scalar, as used by array_diff's value comparison. */
function phpToString(value) {
    if (value === null || value === false)
        return '';
    if (value === true)
        return '1';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    if (value instanceof PhpFloat)
        return phpFloatRepr(value.value, false);
    return 'Array';
}
/**
 * PHP's float formatting (zend_gcvt / php_gcvt):
 * - `forJson`: json_encode with serialize_precision = -1: the shortest round-trip digits,
 *   exponential form (`1.0e+17`, `1.0e-5`) when the decimal exponent is above 17 or below
 *   -4; no ".0" is added to integral values (`1`, `-0`), as JSON_PRESERVE_ZERO_FRACTION
 *   is not set.
 * - otherwise: the `(string)` cast, precision = 14: correctly rounded to 14 significant
 *   digits (ties to even), exponential (`1.0E+15`) above 10^15 or below 10^-4.
 */
function phpFloatRepr(value, forJson) {
    if (Number.isNaN(value))
        return 'NAN';
    if (!Number.isFinite(value))
        return value > 0 ? 'INF' : '-INF';
    const neg = value < 0 || Object.is(value, -0);
    if (value === 0)
        return neg ? '-0' : '0';
    const abs = Math.abs(value);
    let digits;
    let decpt;
    if (forJson) {
        // zend_dtoa mode 0 = the shortest digits that read back as the same double, which is
        // what ECMAScript's Number-to-string produces too.
        const [mant = '', exp = '0'] = abs.toExponential().split('e');
        digits = mant.replace('.', '');
        decpt = Number(exp) + 1;
    }
    else {
        ({ digits, decpt } = roundedDigits(abs, 14));
    }
    return gcvt(neg, digits, decpt, forJson ? 17 : 14, forJson ? 'e' : 'E');
}
/** php_gcvt's layout of significant digits `digits` with decimal point position `decpt`. */
function gcvt(neg, digits, decpt, ndigit, expChar) {
    const sign = neg ? '-' : '';
    if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
        const e = decpt - 1;
        return `${sign}${digits[0]}.${digits.length > 1 ? digits.slice(1) : '0'}${expChar}${e < 0 ? '-' : '+'}${Math.abs(e)}`;
    }
    if (decpt < 0)
        return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    const intPart = decpt === 0 ? '0' : digits.slice(0, decpt).padEnd(decpt, '0');
    const frac = digits.slice(decpt);
    return `${sign}${intPart}${frac === '' ? '' : `.${frac}`}`;
}
/**
 * zend_dtoa mode 2: `n` significant digits of a positive finite double, correctly rounded
 * from its exact binary value (ties to even), trailing zeros removed.
 */
function roundedDigits(abs, n) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, abs);
    const hi = view.getUint32(0);
    const biased = (hi >>> 20) & 0x7ff;
    let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
    let e2 = -1074;
    if (biased !== 0) {
        mant |= 1n << 52n;
        e2 = biased - 1075;
    }
    // abs = mant * 2^e2 exactly; write it as an integer times a power of ten.
    let exact;
    let decpt;
    if (e2 >= 0) {
        exact = (mant << BigInt(e2)).toString();
        decpt = exact.length;
    }
    else {
        exact = (mant * 5n ** BigInt(-e2)).toString();
        decpt = exact.length + e2;
    }
    let digits = exact.slice(0, n);
    const rest = exact.slice(n);
    let keepZeros = false;
    if (rest !== '') {
        const first = rest.charCodeAt(0) - 48;
        const tie = first === 5 && /^0*$/.test(rest.slice(1));
        const up = first > 5 || (first === 5 && !tie) || (tie && (digits.charCodeAt(digits.length - 1) - 48) % 2 === 1);
        if (up) {
            const bumped = (BigInt(digits) + 1n).toString();
            if (bumped.length > digits.length)
                decpt += 1;
            digits = bumped.slice(0, n);
        }
        else if (tie && Number.isInteger(abs) && decpt - 1 <= 14) {
            // dtoa's "small integer" path (an exact tie defeats its floating-point fast path)
            // rounds down without dropping trailing zeros: (string)100000000000005.0 is
            // "1.0000000000000E+14" in PHP.
            keepZeros = true;
        }
    }
    if (!keepZeros)
        digits = digits.replace(/0+$/, '');
    return { digits: digits === '' ? '0' : digits, decpt };
}


/***/ }),

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ PhpJsonError),
/* harmony export */   Dy: () => (/* binding */ phpJsonEncode),
/* harmony export */   XA: () => (/* binding */ phpJsonEncodeStream),
/* harmony export */   _k: () => (/* binding */ phpJsonString),
/* harmony export */   zQ: () => (/* binding */ phpJsonDecode)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
/**
 * PHP `json_encode` / `json_decode` reproduced byte for byte for what signature files hold.
 *
 * Hand-written on purpose: the RSA signature covers the exact bytes PHP's `json_encode`
 * produces (escaped `/`, `\uXXXX` for every non-ASCII character, PHP's own pretty-print
 * spacing, `[]` for an empty array), and no JSON library reproduces that. The decoder is
 * hand-written because `JSON.parse` reorders integer-like keys and cannot tell `1` from
 * `1.0`, both of which change what PHP would sign or compare.
 */

class PhpJsonError extends Error {
}
const HEX = '0123456789abcdef';
function u4(c) {
    return `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
}
/** Escape a string the way json_encode does with no flags (slashes and unicode escaped). */
/** Printable ASCII without `"` and `\\`: the only escape such a string can need is `\/`. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function phpJsonString(value, options = {}) {
    const escapeSlashes = options.escapeSlashes ?? true;
    // Fast path for the usual file name and hex hash.
    if (PLAIN_ASCII.test(value))
        return '"' + (escapeSlashes && value.includes('/') ? value.replaceAll('/', '\\/') : value) + '"';
    let out = '"';
    let runStart = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        let rep;
        if (c >= 0x20 && c < 0x7f) {
            if (c === 0x22)
                rep = '\\"';
            else if (c === 0x5c)
                rep = '\\\\';
            else if (c === 0x2f && escapeSlashes)
                rep = '\\/';
        }
        else if (c === 0x7f) {
            // DEL is printed as is
        }
        else if (c < 0x20) {
            if (c === 0x08)
                rep = '\\b';
            else if (c === 0x0c)
                rep = '\\f';
            else if (c === 0x0a)
                rep = '\\n';
            else if (c === 0x0d)
                rep = '\\r';
            else if (c === 0x09)
                rep = '\\t';
            else
                rep = `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
        }
        else {
            rep = u4(c);
            if (c >= 0xd800 && c <= 0xdfff) {
                // Astral characters are printed as a UTF-16 surrogate pair. A lone surrogate can only
                // come from invalid UTF-8, which PHP refuses to encode.
                const next = value.charCodeAt(i + 1);
                if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                    throw new PhpJsonError('Malformed UTF-8 characters, possibly incorrectly encoded');
                }
                rep += u4(next);
                out += value.slice(runStart, i) + rep;
                i += 1;
                runStart = i + 1;
                continue;
            }
        }
        if (rep !== undefined) {
            out += value.slice(runStart, i) + rep;
            runStart = i + 1;
        }
    }
    return out + value.slice(runStart) + '"';
}
function phpJsonEncode(value, options = {}) {
    const parts = [];
    encodeInto(value, options, 0, parts);
    return parts.join('');
}
/**
 * Encode into `write` in chunks of about `chunkSize` characters, never holding the whole
 * text: a large signature's message is hashed this way instead of built as one string.
 * Throws PhpJsonError where json_encode fails, like phpJsonEncode.
 */
function phpJsonEncodeStream(value, write, options = {}, chunkSize = 1 << 16) {
    let buffer = '';
    const sink = {
        push(...parts) {
            for (const part of parts)
                buffer += part;
            if (buffer.length >= chunkSize) {
                write(buffer);
                buffer = '';
            }
        },
    };
    encodeInto(value, options, 0, sink);
    if (buffer !== '')
        write(buffer);
}
function encodeInto(value, options, depth, out) {
    if (value === null)
        out.push('null');
    else if (value === true)
        out.push('true');
    else if (value === false)
        out.push('false');
    else if (typeof value === 'string')
        out.push(phpJsonString(value, options));
    else if (typeof value === 'number' || typeof value === 'bigint')
        out.push(String(value));
    else if (value instanceof _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpFloat */ .vQ) {
        if (!Number.isFinite(value.value))
            throw new PhpJsonError('Inf and NaN cannot be JSON encoded');
        out.push((0,_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpFloatRepr */ .wX)(value.value, true));
    }
    else
        encodeArray(value, options, depth, out);
}
function encodeArray(arr, options, depth, out) {
    const isList = arr.isList();
    if (arr.size === 0) {
        out.push(isList ? '[]' : '{}');
        return;
    }
    const pretty = options.pretty === true;
    const inner = pretty ? '\n' + '    '.repeat(depth + 1) : '';
    out.push(isList ? '[' : '{');
    let first = true;
    for (const [key, val] of arr.entries()) {
        if (!first)
            out.push(',');
        first = false;
        out.push(inner);
        if (!isList) {
            out.push(phpJsonString(String(key), options), pretty ? ': ' : ':');
        }
        encodeInto(val, options, depth + 1, out);
    }
    if (pretty)
        out.push('\n' + '    '.repeat(depth));
    out.push(isList ? ']' : '}');
}
/**
 * json_decode's default $depth. Arrays/objects may nest only depth - 1 = 511 deep: PHP
 * counts the innermost values as a level too (`json_decode('[]', true, 1)` is an error).
 */
const PHP_JSON_DEFAULT_DEPTH = 512;
/**
 * PHP json_decode($text, true). Returns `undefined` where PHP returns null because of an
 * error (syntax, depth, invalid UTF-8) so callers can tell "null" from "invalid".
 */
function phpJsonDecode(text) {
    let source;
    if (typeof text === 'string')
        source = text;
    else {
        try {
            // ignoreBOM: keep a leading U+FEFF, which PHP's json_decode rejects as a syntax error.
            source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
        }
        catch {
            return undefined; // JSON_ERROR_UTF8
        }
    }
    try {
        const parser = new Parser(source);
        const value = parser.parseDocument();
        return value;
    }
    catch (e) {
        if (e instanceof PhpJsonError)
            return undefined;
        throw e;
    }
}
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const CONTROL = /[\u0000-\u001f]/;
/** JSON's one-character escapes and what they stand for. */
const SIMPLE_ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
class Parser {
    s;
    pos = 0;
    depth = 0;
    constructor(s) {
        this.s = s;
    }
    parseDocument() {
        this.ws();
        const v = this.value();
        this.ws();
        if (this.pos !== this.s.length)
            throw new PhpJsonError('Syntax error');
        return v;
    }
    ws() {
        const s = this.s;
        while (this.pos < s.length) {
            const c = s.charCodeAt(this.pos);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                this.pos++;
            else
                break;
        }
    }
    value() {
        const c = this.s[this.pos];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"')
            return this.string();
        if (c === 't' && this.s.startsWith('true', this.pos))
            return ((this.pos += 4), true);
        if (c === 'f' && this.s.startsWith('false', this.pos))
            return ((this.pos += 5), false);
        if (c === 'n' && this.s.startsWith('null', this.pos))
            return ((this.pos += 4), null);
        return this.number();
    }
    enter() {
        this.depth += 1;
        if (this.depth >= PHP_JSON_DEFAULT_DEPTH)
            throw new PhpJsonError('Maximum stack depth exceeded');
    }
    object() {
        this.enter();
        this.pos++;
        const arr = new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6();
        this.ws();
        if (this.s[this.pos] === '}') {
            this.pos++;
            this.depth--;
            return arr;
        }
        for (;;) {
            this.ws();
            if (this.s[this.pos] !== '"')
                throw new PhpJsonError('Syntax error');
            const key = this.string();
            this.ws();
            if (this.s[this.pos] !== ':')
                throw new PhpJsonError('Syntax error');
            this.pos++;
            this.ws();
            const v = this.value();
            // json_decode into an array: a duplicate key overwrites in place (first position kept).
            arr.set(key, v);
            this.ws();
            const c = this.s[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === '}') {
                this.pos++;
                break;
            }
            throw new PhpJsonError('Syntax error');
        }
        this.depth--;
        return arr;
    }
    array() {
        this.enter();
        this.pos++;
        const arr = new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6();
        this.ws();
        if (this.s[this.pos] === ']') {
            this.pos++;
            this.depth--;
            return arr;
        }
        for (;;) {
            this.ws();
            arr.push(this.value());
            this.ws();
            const c = this.s[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === ']') {
                this.pos++;
                break;
            }
            throw new PhpJsonError('Syntax error');
        }
        this.depth--;
        return arr;
    }
    string() {
        const s = this.s;
        this.pos++; // opening quote
        // Fast path: no escape before the closing quote and no control character in between.
        const close = s.indexOf('"', this.pos);
        if (close >= 0) {
            const backslash = s.indexOf('\\', this.pos);
            if (backslash < 0 || backslash > close) {
                const body = s.slice(this.pos, close);
                if (!CONTROL.test(body)) {
                    this.pos = close + 1;
                    return body;
                }
            }
        }
        let out = '';
        let runStart = this.pos;
        for (;;) {
            if (this.pos >= s.length)
                throw new PhpJsonError('Syntax error');
            const c = s.charCodeAt(this.pos);
            if (c === 0x22) {
                out += s.slice(runStart, this.pos);
                this.pos++;
                return out;
            }
            if (c < 0x20)
                throw new PhpJsonError('Control character error');
            if (c !== 0x5c) {
                this.pos++;
                continue;
            }
            out += s.slice(runStart, this.pos) + this.escape();
            runStart = this.pos;
        }
    }
    /** The escape sequence at the position (a backslash and what follows), as the characters it stands for. */
    escape() {
        const e = this.s[this.pos + 1];
        this.pos += 2;
        const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
        if (simple !== undefined)
            return simple;
        if (e !== 'u')
            throw new PhpJsonError('Syntax error');
        const code = this.hex4();
        if (code >= 0xdc00 && code <= 0xdfff)
            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
        if (code < 0xd800 || code > 0xdbff)
            return String.fromCharCode(code);
        // A high surrogate needs its low half right after it.
        if (this.s[this.pos] !== '\\' || this.s[this.pos + 1] !== 'u')
            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
        this.pos += 2;
        const low = this.hex4();
        if (low < 0xdc00 || low > 0xdfff)
            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
        return String.fromCharCode(code, low);
    }
    hex4() {
        const h = this.s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h))
            throw new PhpJsonError('Syntax error');
        this.pos += 4;
        return parseInt(h, 16);
    }
    number() {
        NUMBER.lastIndex = this.pos;
        const m = NUMBER.exec(this.s);
        if (!m)
            throw new PhpJsonError('Syntax error');
        this.pos += m[0].length;
        if (m[2] === undefined && m[3] === undefined) {
            const big = BigInt(m[0]);
            if (big <= 9223372036854775807n && big >= -9223372036854775808n) {
                // A PHP int: exact beyond 2^53 too, so it re-encodes to the same digits.
                const small = Number(big);
                return Number.isSafeInteger(small) ? small : big;
            }
        }
        return new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpFloat */ .vQ(Number(m[0]));
    }
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ buildResult),
/* harmony export */   Ej: () => (/* binding */ acceptedNote),
/* harmony export */   HI: () => (/* binding */ failingCategories),
/* harmony export */   OI: () => (/* binding */ scopeVerdict),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   Ze: () => (/* binding */ outsideFailOnNote),
/* harmony export */   _E: () => (/* binding */ categoryCount),
/* harmony export */   dQ: () => (/* binding */ findingCount),
/* harmony export */   yW: () => (/* binding */ FILE_CATEGORIES)
/* harmony export */ });
/* unused harmony exports acceptedCount, countingFindings, findingsOutsideFailOn */
const CATEGORIES = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'];
const FILE_CATEGORIES = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];
function findingCount(scope) {
    return (Object.keys(scope.INVALID_HASH).length +
        Object.keys(scope.MISSING_FILE).length +
        Object.keys(scope.EXTRA_FILE).length +
        (scope.EXCEPTION ? 1 : 0));
}
function categoryCount(scope, category) {
    if (category === 'EXCEPTION')
        return scope.EXCEPTION ? 1 : 0;
    return Object.keys(scope[category]).length;
}
/** Findings a baseline accepts, over `scopes`. */
function acceptedCount(scopes) {
    return scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0);
}
/** "2 findings accepted by the baseline" for `scopes`, or "" when none is. */
function acceptedNote(scopes) {
    const n = acceptedCount(scopes);
    return n === 0 ? '' : `${n} finding${n === 1 ? '' : 's'} accepted by the baseline`;
}
/** Findings of `scope` in the fail-on categories: the ones that fail the run. */
function countingFindings(scope, failOn) {
    return failOn.reduce((n, c) => n + categoryCount(scope, c), 0);
}
/** Findings of `scope` outside the fail-on categories: reported, never failing. */
function findingsOutsideFailOn(scope, failOn) {
    return findingCount(scope) - countingFindings(scope, failOn);
}
function scopeVerdict(scope, failOn) {
    return countingFindings(scope, failOn) > 0 ? 'failed' : 'passed';
}
/** The categories of the run's fail-on that have findings (empty: the run passes). */
function failingCategories(result) {
    return CATEGORIES.filter((c) => result.failOn.includes(c) && result.scopes.some((s) => categoryCount(s, c) > 0));
}
/** "1 finding outside fail-on (EXTRA_FILE)" for a run or scope that passes with findings, else "". */
function outsideFailOnNote(scopes, failOn) {
    const outside = CATEGORIES.filter((c) => !failOn.includes(c));
    const counts = outside.map((c) => [c, scopes.reduce((n, s) => n + categoryCount(s, c), 0)]).filter(([, n]) => n > 0);
    const total = counts.reduce((n, [, k]) => n + k, 0);
    if (total === 0)
        return '';
    return `${total} finding${total === 1 ? '' : 's'} outside fail-on (${counts.map(([c]) => c).join(', ')})`;
}
function buildResult(scopes, tool, notSigned = [], failOn = CATEGORIES, archives = []) {
    // A release scope lists what no signature covers: its count of entries is not files checked.
    const stats = scopes.reduce((acc, s) => ({
        files: acc.files + (s.notSignedByUpstream ? 0 : s.stats.files),
        bytes: acc.bytes + s.stats.bytes,
        ms: Math.max(acc.ms, s.stats.ms),
    }), { files: 0, bytes: 0, ms: 0 });
    // The time of a run includes reading its archives (decompression included).
    stats.ms += Math.round(archives.reduce((n, a) => n + a.ms, 0));
    const order = CATEGORIES.filter((c) => failOn.includes(c));
    const verdict = scopes.some((s) => scopeVerdict(s, order) === 'failed') ? 'failed' : 'passed';
    const result = { ok: verdict === 'passed', verdict, failOn: order, scopes, notSigned, stats, tool };
    if (archives.length > 0)
        result.archives = archives;
    return result;
}


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   _O: () => (/* binding */ CATEGORY_HINTS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   kN: () => (/* binding */ acceptedBecause),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export CATEGORY_TITLES */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/**
 * One-line explanations of each category, shared by every human-facing report. An extra
 * file may be something the host put there on purpose, so its hint never says "delete".
 */

const CATEGORY_HINTS = {
    INVALID_HASH: 'content differs from the signed release: restore the file from the release',
    MISSING_FILE: 'part of the signed release but missing: restore it from the release',
    EXTRA_FILE: `not part of the signed release: if you did not add it on purpose, remove it; otherwise accept it in a baseline (${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('baseline')}) or list it in ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('allow')}`,
    EXCEPTION: 'the signature itself could not be checked',
};
const CATEGORY_TITLES = {
    INVALID_HASH: 'Changed files',
    MISSING_FILE: 'Missing files',
    EXTRA_FILE: 'Extra files',
    EXCEPTION: 'Signature problem',
};
/** Why a finding is accepted and by which entry: "reason (file:line)"; a preset's reason names it already. */
function acceptedBecause(f) {
    return f.reason.includes(f.by) ? f.reason : `${f.reason} (${f.by})`;
}
/** Short hash prefix for humans; full hashes stay in json/nextcloud output. */
function shortHash(hash) {
    return hash === '' ? '(none)' : hash.slice(0, 12);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v >= 10 ? 0 : 1)} ${units[i]}`;
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  _S: () => (/* binding */ isReportFormat),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: reportFormatHelp

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/php/array.ts
var array = __webpack_require__(2676);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The machine-readable report: the Result model with a stable key order, the tool version,
 * the run's verdict and fail-on categories, per-scope verdict and counts, per finding whether
 * it fails the run (`failing`: its category is in fail-on), `upstreamWouldMiss` flags, the
 * findings a baseline accepts (`accepted`: category, reason, by), and upstream's own result.
 */




/** PHP array → plain JSON value (lists become arrays). Key order of integer keys is not kept by JS objects. */
function plain(value) {
    if (value instanceof array/* PhpFloat */.vQ)
        return value.value;
    if (!(value instanceof array/* PhpArray */.y6))
        return value;
    if (value.isList())
        return [...value].map(([, v]) => plain(v));
    const out = {};
    for (const [k, v] of value)
        out[String(k)] = plain(v);
    return out;
}
function scopeJson(scope, failOn) {
    const out = {
        scope: scope.scope,
        profile: scope.profile,
        root: scope.root,
        signaturePath: scope.signaturePath,
        verdict: (0,engine_result/* scopeVerdict */.OI)(scope, failOn),
        counts: {
            INVALID_HASH: (0,engine_result/* categoryCount */._E)(scope, 'INVALID_HASH'),
            MISSING_FILE: (0,engine_result/* categoryCount */._E)(scope, 'MISSING_FILE'),
            EXTRA_FILE: (0,engine_result/* categoryCount */._E)(scope, 'EXTRA_FILE'),
            EXCEPTION: (0,engine_result/* categoryCount */._E)(scope, 'EXCEPTION'),
            accepted: Object.keys(scope.accepted).length,
        },
    };
    for (const category of engine_result/* FILE_CATEGORIES */.yW) {
        const failing = failOn.includes(category);
        out[category] = Object.fromEntries(Object.entries(scope[category]).map(([name, f]) => [name, { ...f, failing }]));
    }
    out.EXCEPTION = scope.EXCEPTION === null ? null : { ...scope.EXCEPTION, failing: failOn.includes('EXCEPTION') };
    out.accepted = scope.accepted;
    out.certificate = scope.certificate ?? null;
    out.notes = scope.notes;
    if (scope.notSignedByUpstream)
        out.notSignedByUpstream = scope.notSignedByUpstream;
    out.stats = scope.stats;
    out.upstream = plain(scope.upstream);
    return out;
}
function renderJson(result, wording = errors/* CLI_WORDING */.ml) {
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
    return (0,errors/* wordOptions */.vR)((0,display/* displayJson */.f)(JSON.stringify(doc, null, 2)), wording) + '\n';
}
const jsonFormat = {
    name: 'json',
    summary: "the full result: verdict, every finding by path, certificates, upstream's own result",
    render: (result, options) => renderJson(result, options.wording),
};

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/engine/php/json.ts
var json = __webpack_require__(1931);
;// CONCATENATED MODULE: ./src/report/nextcloud.ts
/**
 * What `occ integrity:check-app` / `check-core` print for the same results, byte for byte:
 * `--output=json` (compact PHP json_encode + "\n"), `json_pretty`, and the default `plain`
 * listing. Several scopes (whole installation) are printed the way upstream stores them:
 * an object of the scopes with findings (`oc.integritycheck.checker`).
 *
 * One deliberate difference, only for names no real release has: occ prints names raw, so
 * a name with a newline, or with the runner's `##[` marker, would print a workflow command
 * into a CI log. The plain and admin listings show names through displayText, and the JSON
 * ones write `##[` as `##\u005b` (the same JSON value); every other byte is occ's.
 */



/** Upstream's stored results: scope → its result, only scopes with findings (oc.integritycheck.checker). */
function storedResults(result) {
    const all = new array/* PhpArray */.y6();
    for (const scope of result.scopes)
        if (scope.upstream.size > 0)
            all.set(scope.scope, scope.upstream);
    return all;
}
/** The array occ would print: one scope's result, or upstream's per-scope store for several. */
function occArray(result) {
    if (result.scopes.length === 1)
        return result.scopes[0].upstream;
    return storedResults(result);
}
/** PHP print_r, as the admin page's "Raw output" shows it (keys and values through displayText). */
function printR(value, indent = 0) {
    if (!(value instanceof array/* PhpArray */.y6))
        return (0,display/* displayText */.W)((0,array/* phpToString */.j)(value));
    let out = 'Array\n' + ' '.repeat(indent) + '(\n';
    for (const [k, v] of value)
        out += `${' '.repeat(indent + 4)}[${(0,display/* displayText */.W)(String(k))}] => ${printR(v, indent + 8)}\n`;
    return out + ' '.repeat(indent) + ')\n';
}
/**
 * The text of Nextcloud's admin page "failed integrity check" view
 * (CheckSetupController::getFailedIntegrityCheckFiles): Technical information, Results, Raw output.
 */
function renderAdminReport(result) {
    const stored = storedResults(result);
    if (stored.size === 0)
        return 'No errors have been found.';
    let out = 'Technical information\n=====================\nThe following list covers which files have failed the integrity check. Please read\n' +
        'the previous linked documentation to learn more about the errors and how to fix\nthem.\n\nResults\n=======\n';
    for (const [context, contextResult] of stored) {
        out += `- ${(0,display/* displayText */.W)(String(context))}\n`;
        if (!(contextResult instanceof array/* PhpArray */.y6))
            continue;
        for (const [category, files] of contextResult) {
            out += `\t- ${(0,display/* displayText */.W)(String(category))}\n`;
            if (!(files instanceof array/* PhpArray */.y6))
                continue;
            for (const [key, value] of files)
                out += `\t\t- ${(0,display/* displayText */.W)(category === 'EXCEPTION' ? (0,array/* phpToString */.j)(value instanceof array/* PhpArray */.y6 ? 'Array' : value) : String(key))}\n`;
        }
    }
    return out + '\nRaw output\n==========\n' + printR(stored);
}
/** occ's plain listing (Base::writeArrayInOutputFormat): "  - key: value", nested by two spaces. */
function plainLines(arr, prefix, out) {
    for (const [rawKey, value] of arr) {
        const key = (0,display/* displayText */.W)(String(rawKey));
        if (value instanceof array/* PhpArray */.y6) {
            out.push(`${prefix}${key}:`);
            plainLines(value, '  ' + prefix, out);
            continue;
        }
        const raw = valueToString(value);
        const shown = raw === null ? null : (0,display/* displayText */.W)(raw);
        if (typeof rawKey === 'number')
            out.push(`${prefix}${shown ?? ''}`);
        else if (shown === null)
            out.push(`${prefix}${key}`);
        else
            out.push(`${prefix}${key}: ${shown}`);
    }
}
/** Base::valueToString: booleans as words, null as nothing. */
function valueToString(value) {
    if (value === false)
        return 'false';
    if (value === true)
        return 'true';
    if (value === null)
        return null;
    return (0,array/* phpToString */.j)(value);
}
function renderNextcloud(result, output = 'plain') {
    const arr = occArray(result);
    if (output === 'json')
        return (0,display/* displayJson */.f)((0,json/* phpJsonEncode */.Dy)(arr)) + '\n';
    if (output === 'json_pretty')
        return (0,display/* displayJson */.f)((0,json/* phpJsonEncode */.Dy)(arr, { pretty: true })) + '\n';
    if (output === 'admin')
        return renderAdminReport(result);
    const lines = [];
    plainLines(arr, '  - ', lines);
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
const nextcloudFormat = {
    name: 'nextcloud',
    summary: "occ integrity:check-*'s plain output",
    render: (result) => renderNextcloud(result, 'plain'),
};
const nextcloudJsonFormat = {
    name: 'nextcloud-json',
    summary: 'occ --output=json, byte for byte',
    render: (result) => renderNextcloud(result, 'json'),
};
const nextcloudJsonPrettyFormat = {
    name: 'nextcloud-json-pretty',
    summary: 'occ --output=json_pretty',
    render: (result) => renderNextcloud(result, 'json_pretty'),
};
const nextcloudAdminFormat = {
    name: 'nextcloud-admin',
    summary: 'the admin page\'s "Technical information" report',
    render: (result) => renderNextcloud(result, 'admin'),
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/hints.ts
var hints = __webpack_require__(4424);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per category, one result per finding with
 * the file as location (whole-file findings point at line 1), stable fingerprints (scope +
 * category + path, never hashes, so a finding keeps its identity across runs). A finding that
 * fails the run (its category is in fail-on) is an error, one outside fail-on a warning.
 * Findings a baseline accepts appear as suppressed results (kind external, the entry's reason
 * as justification), so they are visible but do not alert.
 * Message texts show names through displayText.
 */






const RULES = [
    { id: 'INVALID_HASH', name: 'InvalidHash', short: 'A signed file was changed', level: 'error' },
    { id: 'MISSING_FILE', name: 'MissingFile', short: 'A signed file is missing', level: 'error' },
    { id: 'EXTRA_FILE', name: 'ExtraFile', short: 'A file is not part of the signed release', level: 'warning' },
    { id: 'EXCEPTION', name: 'SignatureException', short: 'The signature could not be verified', level: 'error' },
];
function fingerprint(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex');
}
/** A repository-relative URI for a file of a scope (percent-encoded, '/'-separated). */
function uri(scope, name) {
    const path = scope.root === '.' ? name : external_node_path_.posix.join(scope.root.split('\\').join('/'), name);
    return path
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function sarif_location(scope, name) {
    return [{ physicalLocation: { artifactLocation: { uri: uri(scope, name), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }];
}
const ruleIndex = (id) => RULES.findIndex((r) => r.id === id);
/** A finding that fails the run (its category is in fail-on) is an error, one outside fail-on a warning. */
function levelOf(result, id) {
    return result.failOn.includes(id) ? 'error' : 'warning';
}
function exceptionResult(result, scope, e) {
    return {
        ruleId: 'EXCEPTION',
        ruleIndex: ruleIndex('EXCEPTION'),
        level: levelOf(result, 'EXCEPTION'),
        message: { text: (0,display/* displayText */.W)(`${scope.scope}: ${e.message}${e.hint ? ` ${e.hint}` : ''}`) },
        locations: sarif_location(scope, scope.signaturePath ?? '.'),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'EXCEPTION', e.message) },
        properties: { scope: scope.scope, class: e.class },
    };
}
function fileResult(result, scope, category, name, f) {
    const detail = category === 'INVALID_HASH'
        ? ` (expected sha512 ${f.expected.slice(0, 16)}…, current ${f.current ? f.current.slice(0, 16) + '…' : 'unreadable'})`
        : '';
    return {
        ruleId: category,
        ruleIndex: ruleIndex(category),
        level: levelOf(result, category),
        message: {
            text: (0,display/* displayText */.W)(`${name}: ${hints/* CATEGORY_HINTS */._O[category]}${detail}${f.problem ? ` — ${f.problem}` : ''}${f.baselineNote ? ` — ${f.baselineNote}` : ''}`),
        },
        locations: sarif_location(scope, name),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, category, name) },
        properties: { scope: scope.scope, expected: f.expected, current: f.current, upstreamWouldMiss: f.upstreamWouldMiss === true },
    };
}
/** A file upstream ships without a signature: a suppressed note with its hash, to compare with a copy you trust. */
function unsignedResult(scope, name, f) {
    return {
        ruleId: 'EXTRA_FILE',
        ruleIndex: ruleIndex('EXTRA_FILE'),
        level: 'note',
        message: { text: (0,display/* displayText */.W)(`${name}: shipped by upstream without a signature (${f.reason})`) },
        locations: sarif_location(scope, name),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'NOT_SIGNED_BY_UPSTREAM', name) },
        properties: { scope: scope.scope, current: f.current },
        suppressions: [{ kind: 'external', justification: 'upstream ships this file without a signature' }],
    };
}
/** A finding a baseline accepts: a suppressed note with the entry's reason, visible but never alerting. */
function acceptedResult(scope, name, f) {
    return {
        ruleId: f.category,
        ruleIndex: ruleIndex(f.category),
        level: 'note',
        message: { text: (0,display/* displayText */.W)(`${name}: ${f.category} accepted by ${f.by}: ${f.reason}`) },
        locations: sarif_location(scope, name),
        // The same identity as the finding before it was accepted: code scanning sees it suppressed, not new.
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, f.category, name) },
        properties: { scope: scope.scope, expected: f.expected, current: f.current, acceptedBy: (0,display/* displayText */.W)(f.by) },
        suppressions: [{ kind: 'external', justification: (0,display/* displayText */.W)(f.reason) }],
    };
}
function sarifResults(result) {
    const out = [];
    for (const scope of result.scopes) {
        if (scope.EXCEPTION)
            out.push(exceptionResult(result, scope, scope.EXCEPTION));
        for (const category of engine_result/* FILE_CATEGORIES */.yW) {
            for (const [name, f] of Object.entries(scope[category]))
                out.push(fileResult(result, scope, category, name, f));
        }
        for (const [name, f] of Object.entries(scope.notSignedByUpstream ?? {}))
            out.push(unsignedResult(scope, name, f));
        for (const [name, f] of Object.entries(scope.accepted))
            out.push(acceptedResult(scope, name, f));
    }
    return out;
}
const DRIVER_RULES = RULES.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: `${r.short}: ${hints/* CATEGORY_HINTS */._O[r.id]}.` },
    help: { text: hints/* CATEGORY_HINTS */._O[r.id], markdown: hints/* CATEGORY_HINTS */._O[r.id] },
    defaultConfiguration: { level: r.level },
    properties: { tags: ['security', 'integrity'], precision: 'very-high' },
}));
function renderSarif(result, wording = errors/* CLI_WORDING */.ml) {
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
    return (0,errors/* wordOptions */.vR)((0,display/* displayJson */.f)(JSON.stringify(doc, null, 2)), wording) + '\n';
}
const sarifFormat = {
    name: 'sarif',
    summary: 'SARIF 2.1.0, for GitHub code scanning',
    render: (result, options) => renderSarif(result, options.wording),
};

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: verdict first, counts per category and scope, then findings grouped
 * by category with a one-line fix hint each. Colour only when the caller says so (a TTY
 * without NO_COLOR); the function itself is pure.
 */




function painter(color) {
    return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}
function scopeHeader(scope, failOn, paint) {
    const n = (0,engine_result/* findingCount */.dQ)(scope);
    const passed = (0,engine_result/* scopeVerdict */.OI)(scope, failOn) === 'passed';
    const verdict = passed ? paint('32;1', 'PASSED') : paint('31;1', 'FAILED');
    const what = `${(0,display/* displayText */.W)(scope.scope)} (${scope.profile}, ${(0,display/* displayText */.W)(scope.root)})`;
    const size = `${scope.stats.files} files, ${(0,hints/* formatBytes */.z3)(scope.stats.bytes)}, ${(0,hints/* formatMs */._V)(scope.stats.ms)}`;
    const outside = (0,engine_result/* outsideFailOnNote */.Ze)([scope], failOn);
    if (scope.EXCEPTION)
        return `${verdict}  ${what}: ${(0,display/* displayText */.W)(scope.EXCEPTION.message)}${passed ? ' (outside fail-on)' : ''}`;
    const accepted = (0,engine_result/* acceptedNote */.Ej)([scope]);
    if (n === 0 && accepted)
        return `${verdict}  ${what}: ${accepted}, every other file matches the signature (${size})`;
    if (n === 0)
        return `${verdict}  ${what}: every file matches the signature (${size})`;
    if (passed)
        return `${verdict}  ${what}: ${outside} (${size})`;
    return `${verdict}  ${what}: ${n} finding${n === 1 ? '' : 's'}${outside ? `, ${outside}` : ''} (${size})`;
}
function countsLine(scope) {
    const parts = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'].map((c) => `${c} ${(0,engine_result/* categoryCount */._E)(scope, c)}`);
    return `  ${parts.join('  ')}`;
}
function certificateLines(scope, paint) {
    const c = scope.certificate;
    if (!c)
        return [];
    const lines = [
        `  signer: ${(0,display/* displayText */.W)(c.subject)}; issuer: ${(0,display/* displayText */.W)(c.issuer)}; valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}; serial ${c.serial}`,
    ];
    for (const w of c.warnings)
        lines.push(`  ${paint('33', 'warning:')} ${(0,display/* displayText */.W)(w)}`);
    return lines;
}
/** The findings a baseline accepts: each with its category, reason and the entry's origin. */
function acceptedLines(scope, limit, paint) {
    const accepted = Object.entries(scope.accepted);
    if (accepted.length === 0)
        return [];
    const out = ['', `  ${paint('1', 'accepted')} (${accepted.length}): findings the baseline accepts; they do not fail the run`];
    for (const [name, f] of accepted.slice(0, limit)) {
        out.push(`    ${(0,display/* displayText */.W)(name)}  ${f.category}: ${(0,display/* displayText */.W)((0,hints/* acceptedBecause */.kN)(f))}`);
    }
    if (accepted.length > limit)
        out.push(`    … and ${accepted.length - limit} more (use --format json for the full list)`);
    return out;
}
/** The run's one headline when it checked several scopes. */
function runHeadline(result, paint) {
    const n = result.scopes.length;
    const failed = result.scopes.filter((s) => (0,engine_result/* scopeVerdict */.OI)(s, result.failOn) === 'failed').length;
    if (result.verdict === 'failed')
        return paint('31;1', `FAILED: ${failed} of ${n} scopes have findings`);
    const outside = (0,engine_result/* outsideFailOnNote */.Ze)(result.scopes, result.failOn);
    if (outside)
        return paint('32;1', `PASSED with ${outside}: ${n} scopes checked`);
    const accepted = (0,engine_result/* acceptedNote */.Ej)(result.scopes);
    if (accepted)
        return paint('32;1', `PASSED with ${accepted}: ${n} scopes checked`);
    return paint('32;1', `PASSED: all ${n} scopes match their signatures`);
}
/** A scope's findings, by category, each with its hint. */
function findingLines(scope, failOn, limit, paint) {
    const out = [];
    for (const category of engine_result/* FILE_CATEGORIES */.yW) {
        const entries = Object.entries(scope[category]);
        if (entries.length === 0)
            continue;
        const counts = failOn.includes(category) ? '' : ' (outside fail-on: reported, not failing)';
        out.push('');
        out.push(`  ${paint('1', category)} (${entries.length})${counts}: ${hints/* CATEGORY_HINTS */._O[category]}`);
        for (const [name, f] of entries.slice(0, limit)) {
            let line = `    ${(0,display/* displayText */.W)(name)}`;
            if (f.problem)
                line += `  — ${(0,display/* displayText */.W)(f.problem)}`;
            else if (category === 'INVALID_HASH')
                line += `  expected ${(0,hints/* shortHash */.BC)(f.expected)}… current ${(0,hints/* shortHash */.BC)(f.current)}…`;
            if (f.upstreamWouldMiss)
                line += paint('2', '  (occ would not report this)');
            out.push(line);
            if (f.baselineNote)
                out.push(`      ${paint('33', 'baseline:')} ${(0,display/* displayText */.W)(f.baselineNote)}`);
        }
        if (entries.length > limit)
            out.push(`    … and ${entries.length - limit} more (use --format json for the full list)`);
    }
    return out;
}
/** The files upstream ships without a signature (the release scope), with their hashes. */
function unsignedLines(scope, limit, paint) {
    const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
    if (unsigned.length === 0)
        return [];
    const out = [
        '',
        `  ${paint('1', 'not signed by upstream')} (${unsigned.length}): shipped without a signature; compare their hashes with a copy you trust`,
    ];
    for (const [name, f] of unsigned.slice(0, limit))
        out.push(`    ${(0,display/* displayText */.W)(name)}  sha512 ${(0,hints/* shortHash */.BC)(f.current)}…  (${(0,display/* displayText */.W)(f.reason)})`);
    if (unsigned.length > limit)
        out.push(`    … and ${unsigned.length - limit} more (use --format json for the full list)`);
    return out;
}
function renderText(result, options = {}) {
    const paint = painter(options.color === true);
    const limit = options.limit ?? 200;
    const out = [];
    if (result.scopes.length > 1)
        out.push(runHeadline(result, paint), '');
    for (const scope of result.scopes) {
        out.push(scopeHeader(scope, result.failOn, paint));
        if (scope.EXCEPTION) {
            if (scope.EXCEPTION.hint)
                out.push(`  ${(0,display/* displayText */.W)(scope.EXCEPTION.hint)}`);
            out.push(`  (${(0,display/* displayText */.W)(scope.EXCEPTION.class)})`);
        }
        else if ((0,engine_result/* findingCount */.dQ)(scope) > 0) {
            out.push(countsLine(scope));
        }
        out.push(...certificateLines(scope, paint));
        out.push(...findingLines(scope, result.failOn, limit, paint));
        out.push(...acceptedLines(scope, limit, paint));
        out.push(...unsignedLines(scope, limit, paint));
        for (const note of scope.notes)
            out.push(`  note: ${(0,display/* displayText */.W)(note)}`);
        out.push('');
    }
    for (const a of result.archives ?? []) {
        out.push((0,display/* displayText */.W)(`Read ${a.path} (${a.format}, ${a.entries} entries, ${(0,hints/* formatBytes */.z3)(a.bytes)} unpacked) in ${(0,hints/* formatMs */._V)(Math.round(a.ms))}, decompression included; scopes: ${a.scopes.join(', ')}`));
    }
    if ((result.archives ?? []).length > 0)
        out.push('');
    if (result.notSigned.length > 0) {
        out.push(`Not signed (skipped, like upstream does for apps that are not shipped; --require-signed makes them fail):`);
        for (const app of result.notSigned)
            out.push(`  ${(0,display/* displayText */.W)(app.scope)} (${(0,display/* displayText */.W)(app.root)})`);
        out.push('');
    }
    return (0,errors/* wordOptions */.vR)(out.join('\n'), options.wording ?? errors/* CLI_WORDING */.ml);
}
const textFormat = {
    name: 'text',
    summary: 'the verdict, counts and findings, each with a hint',
    render: (result, options) => renderText(result, { color: options.color === true, ...(options.wording ? { wording: options.wording } : {}) }),
};

;// CONCATENATED MODULE: ./src/report/index.ts





const FORMATS = [
    textFormat,
    jsonFormat,
    sarifFormat,
    markdown/* markdownFormat */.lB,
    nextcloudFormat,
    nextcloudJsonFormat,
    nextcloudJsonPrettyFormat,
    nextcloudAdminFormat,
];
/** The format names, in the registry's order. */
const REPORT_FORMATS = FORMATS.map((f) => f.name);
function isReportFormat(value) {
    return FORMATS.some((f) => f.name === value);
}
/** `name: summary` lines for help texts, indented by `indent`. */
function reportFormatHelp(indent) {
    const width = Math.max(...FORMATS.map((f) => f.name.length));
    return FORMATS.map((f) => `${indent}${f.name.padEnd(width)}  ${f.summary}`).join('\n');
}
/** The report in `format` (options.wording names the options it mentions for the front end). */
function renderReport(result, format, options = {}) {
    const found = FORMATS.find((f) => f.name === format);
    if (found === undefined)
        throw new Error(`unknown report format ${format}`);
    return found.render(result, options);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   lB: () => (/* binding */ markdownFormat)
/* harmony export */ });
/* unused harmony export renderMarkdown */
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _engine_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1173);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4424);
/**
 * Markdown report: the GitHub job summary body, also fine as a PR comment. Verdict line,
 * counts per category and scope, signer certificates, then the findings per scope, cut to
 * a byte budget (GitHub drops a step summary above 1 MiB) with a note of what was left out.
 */




/**
 * Text for a Markdown table cell or a line of the summary: control characters shown as
 * escapes (displayText: no line break, bare CR or command marker survives), then HTML and
 * the table's own syntax escaped, since GitHub does not escape summary cells.
 */
function cell(text) {
    return (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;');
}
function code(text) {
    return `<code>${cell(text)}</code>`;
}
const ICON = { passed: '✅', failed: '❌' };
function countTable(result) {
    const lines = [
        '| Scope | Profile | Result | Invalid hash | Missing | Extra | Accepted | Exception | Files |',
        '|---|---|---|--:|--:|--:|--:|---|--:|',
    ];
    for (const s of result.scopes) {
        const v = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeVerdict */ .OI)(s, result.failOn);
        const outside = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .outsideFailOnNote */ .Ze)([s], result.failOn);
        lines.push(`| ${code(s.scope)} | ${s.profile} | ${ICON[v]} ${v}${outside ? ` (${outside})` : ''} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(s, 'INVALID_HASH')} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(s, 'MISSING_FILE')} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(s, 'EXTRA_FILE')} | ${Object.keys(s.accepted).length} | ${s.EXCEPTION ? cell(s.EXCEPTION.message) : '–'} | ${s.stats.files} |`);
    }
    return lines;
}
function certificateTable(result) {
    const rows = result.scopes.filter((s) => s.certificate);
    if (rows.length === 0)
        return [];
    const lines = ['', '**Signer certificates**', '', '| Scope | Subject | Issuer | Valid | Serial | Status |', '|---|---|---|---|---|---|'];
    for (const s of rows) {
        const c = s.certificate;
        const status = [
            c.trusted ? 'trusted' : 'not trusted',
            c.revoked ? 'revoked' : 'not revoked',
            c.expired ? 'expired' : c.notYetValid ? 'not yet valid' : '',
        ]
            .filter(Boolean)
            .join(', ');
        lines.push(`| ${code(s.scope)} | ${cell(c.subject)} | ${cell(c.issuer)} | ${c.notBefore.slice(0, 10)} → ${c.notAfter.slice(0, 10)} | ${code(c.serial)} | ${status} |`);
    }
    const warnings = rows.flatMap((s) => s.certificate.warnings.map((w) => `- ⚠️ ${code(s.scope)}: ${cell(w)}`));
    if (warnings.length > 0)
        lines.push('', ...warnings);
    return lines;
}
function findingRows(scope, failOn) {
    const rows = [];
    for (const category of _engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_CATEGORIES */ .yW) {
        for (const [name, f] of Object.entries(scope[category])) {
            const note = [f.problem, f.upstreamWouldMiss ? 'occ would not report this' : '', f.baselineNote].filter(Boolean).join('; ');
            rows.push({
                category,
                name,
                line: `| ${category}${failOn.includes(category) ? '' : ' (outside fail-on)'} | ${code(name)} | ${f.expected ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.expected)) : '–'} | ${f.current ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.current)) : '–'} | ${cell(note)} |`,
            });
        }
    }
    for (const [name, f] of Object.entries(scope.accepted)) {
        rows.push({
            category: 'ACCEPTED',
            name,
            line: `| accepted ${f.category} | ${code(name)} | ${f.expected ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.expected)) : '–'} | ${f.current ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.current)) : '–'} | ${cell((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedBecause */ .kN)(f))} |`,
        });
    }
    return rows;
}
const encoder = new TextEncoder();
const size = (s) => encoder.encode(s).length;
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** Title, one-line stats, the count and certificate tables, unsigned apps, exception hints and notes. */
function header(result, options) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const failed = result.scopes.filter((s) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeVerdict */ .OI)(s, result.failOn) === 'failed');
    const outside = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .outsideFailOnNote */ .Ze)(result.scopes, result.failOn);
    const accepted = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptedNote */ .Ej)(result.scopes);
    const passedWith = [outside, accepted].filter(Boolean).join(' and ');
    const out = [
        result.verdict === 'passed'
            ? `${h} ${ICON.passed} Code integrity: passed${passedWith ? ` with ${passedWith}` : ''}`
            : `${h} ${ICON.failed} Code integrity: failed (${failed.length} of ${plural(result.scopes.length, 'scope')})`,
        '',
        `${plural(result.scopes.length, 'scope')}, ${result.stats.files} files, ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(result.stats.bytes)} checked in ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(result.stats.ms)} by ${result.tool.name} ${result.tool.version}.`,
        '',
        ...countTable(result),
        ...certificateTable(result),
    ];
    if (result.notSigned.length > 0) {
        const roots = result.notSigned.map((a) => code(a.root)).join(', ');
        out.push('', `**Not signed** (skipped, as upstream does for apps that are not shipped): ${roots}`);
    }
    for (const a of result.archives ?? []) {
        out.push('', `Read ${code(a.path)} (${a.format}, ${a.entries} entries, ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(a.bytes)} unpacked) in ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(Math.round(a.ms))}, decompression included.`);
    }
    for (const s of result.scopes) {
        if (s.EXCEPTION?.hint)
            out.push('', `> **${cell(s.scope)}**: ${cell(s.EXCEPTION.message)} ${cell(s.EXCEPTION.hint)}`);
        for (const note of s.notes)
            out.push('', `> **${cell(s.scope)}**: ${cell(note)}`);
    }
    return out;
}
/** The opening of a scope's findings: a details block, the hint of each category present, the table head. */
function sectionHead(scope, rows, open) {
    return [
        '',
        `<details${open ? ' open' : ''}><summary>${cell(scope.scope)}: ${plural(rows, 'file')}</summary>`,
        '',
        ..._engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_CATEGORIES */ .yW.filter((c) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(scope, c) > 0).map((c) => `- **${c}**: ${cell(_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORY_HINTS */ ._O[c])}`),
        '',
        '| Category | File | Expected | Current | Note |',
        '|---|---|---|---|---|',
    ];
}
/** Lines added while a byte budget lasts; what does not fit is counted. */
class Budget {
    maxBytes;
    reserve;
    lines = [];
    omitted = 0;
    used;
    constructor(head, maxBytes, reserve) {
        this.maxBytes = maxBytes;
        this.reserve = reserve;
        this.lines.push(...head);
        this.used = size(head.join('\n'));
    }
    fits(bytes) {
        return this.used + bytes + this.reserve <= this.maxBytes;
    }
    add(lines, bytes = size(lines.join('\n')) + 1) {
        this.lines.push(...lines);
        this.used += bytes;
    }
}
/** Per scope, the files upstream ships without a signature, with their hashes, while the budget lasts. */
function addUnsignedSections(result, budget) {
    for (const scope of result.scopes) {
        const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
        if (unsigned.length === 0)
            continue;
        const section = [
            '',
            `<details><summary>${cell(scope.scope)}: ${plural(unsigned.length, 'file')} upstream ships without a signature</summary>`,
            '',
            'Compare their hashes with a copy you trust.',
            '',
            '| File | SHA-512 | Why it is unsigned |',
            '|---|---|---|',
            ...unsigned.map(([name, f]) => `| ${code(name)} | ${code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.current))} | ${cell(f.reason)} |`),
            '',
            '</details>',
        ];
        const n = size(section.join('\n'));
        if (budget.fits(n))
            budget.add(section, n);
        else
            budget.omitted += unsigned.length;
    }
}
function renderMarkdown(result, options = {}) {
    const budget = new Budget(header(result, options), options.maxBytes ?? 900 * 1024, 400); // 400: room for the closing note
    const open = result.scopes.filter((s) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeVerdict */ .OI)(s, result.failOn) === 'failed').length === 1;
    for (const scope of result.scopes) {
        const rows = findingRows(scope, result.failOn);
        if (rows.length === 0)
            continue;
        const section = sectionHead(scope, rows.length, open);
        const sectionSize = size(section.join('\n')) + 30;
        if (!budget.fits(sectionSize)) {
            budget.omitted += rows.length;
            continue;
        }
        budget.add(section, sectionSize);
        for (const row of rows) {
            const n = size(row.line) + 1;
            if (budget.fits(n))
                budget.add([row.line], n);
            else
                budget.omitted += 1;
        }
        budget.add(['', '</details>'], 14);
    }
    addUnsignedSections(result, budget);
    const { omitted, lines } = budget;
    if (omitted > 0) {
        const hint = options.fullReportHint ? ` ${options.fullReportHint}` : '';
        lines.push('', `**${plural(omitted, 'more finding')} not shown** to stay within the size limit.${hint}`);
    }
    return (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wordOptions */ .vR)(lines.join('\n'), options.wording ?? _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_WORDING */ .ml) + '\n';
}
const markdownFormat = {
    name: 'markdown',
    summary: 'the job summary: verdict, counts, certificates, findings (size-capped)',
    render: (result, options) => renderMarkdown(result, { ...options.markdown, ...(options.wording ? { wording: options.wording } : {}) }),
};


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test (the bundle cannot read package.json). */
const VERSION = '0.1.0';
const TOOL_NAME = 'code-integrity';


/***/ })

};
