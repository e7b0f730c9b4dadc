export const id = 965;
export const ids = [965];
export const modules = {

/***/ 965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  allowBaseline: () => (/* binding */ allowBaseline),
  baselineFor: () => (/* binding */ baselineFor),
  givenBaseline: () => (/* binding */ givenBaseline),
  givenBaselines: () => (/* binding */ givenBaselines),
  readBaselines: () => (/* binding */ readBaselines)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/baseline/glob.ts
var glob = __webpack_require__(9504);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/result.ts
var result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/baseline/presets.ts
var presets = __webpack_require__(6048);
;// CONCATENATED MODULE: ./src/engine/baseline/parse.ts
/**
 * Reading a baseline file (YAML 1.2, failsafe schema: every value is a string, so a pin of
 * digits stays a string). Anything that is not exactly the format — an unknown key, a wrong
 * type, a category that cannot be accepted, a pin that is not a SHA-512, a pin on a missing
 * file — is a usage error naming file:line and what to do. See docs/baseline.md.
 */





const TOP_KEYS = ['presets', 'accept'];
const ENTRY_KEYS = ['path', 'category', 'reason', 'sha512', 'scope'];
const FORMAT_HINT = 'See docs/baseline.md for the format.';
/** Errors in one file, each naming file:line. */
class Reader {
    source;
    lines;
    constructor(source, lines) {
        this.source = source;
        this.lines = lines;
    }
    line(node) {
        const offset = node?.range?.[0] ?? 0;
        return this.lines.linePos(offset).line;
    }
    fail(node, what, hint = FORMAT_HINT) {
        throw new errors/* UsageError */.eb(`${this.source}:${this.line(node)}: ${what}`, hint);
    }
    /** A non-empty string value. */
    text(node, key, owner) {
        if (node === null || node === undefined)
            this.fail(owner, `"${key}" has no value`);
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            this.fail(node, `"${key}" must be a text, not a ${kindOf(node)}`);
        const value = node.value.trim();
        if (value === '')
            this.fail(node, `"${key}" is empty`);
        return value;
    }
    /** The map's pairs by key; an unknown or non-text key is an error. */
    pairs(map, allowed, what) {
        const out = new Map();
        for (const pair of map.items) {
            const key = pair.key;
            const name = (0,dist/* isScalar */.jn)(key) && typeof key.value === 'string' ? key.value : null;
            if (name === null || !allowed.includes(name)) {
                this.fail(key ?? map, `unknown key ${name === null ? '' : `"${name}" `}in ${what}`, `${what[0].toUpperCase()}${what.slice(1)} has the keys ${allowed.join(', ')}.`);
            }
            out.set(name, pair.value ?? null);
        }
        return out;
    }
}
function kindOf(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'list';
    return 'value';
}
/** Parse a baseline file's text; presets are expanded after the file's own entries. */
function parseBaseline(text, options) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const reader = new Reader(options.source, lines);
    const error = doc.errors[0];
    if (error) {
        const line = lines.linePos(error.pos[0]).line;
        throw new errors/* UsageError */.eb(`${options.source}:${line}: not valid YAML (${error.message.split('\n')[0]})`, FORMAT_HINT);
    }
    const file = { source: options.source, path: options.path, presets: [], entries: [] };
    if (options.owner !== undefined)
        file.owner = options.owner;
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return file;
    if (!(0,dist/* isMap */.jh)(root))
        reader.fail(root, `a baseline is a mapping with presets and accept, not a ${kindOf(root)}`);
    const top = reader.pairs(root, TOP_KEYS, 'a baseline');
    file.presets = readPresets(reader, top.get('presets'), root);
    const accept = top.get('accept');
    if (accept !== undefined && accept !== null) {
        if (!(0,dist/* isSeq */.oP)(accept))
            reader.fail(accept, `"accept" must be a list of entries, not a ${kindOf(accept)}`);
        for (const item of accept.items)
            file.entries.push(readEntry(reader, item ?? accept, options));
    }
    for (const name of file.presets)
        file.entries.push(...((0,presets/* presetEntries */.ME)(name) ?? []));
    return file;
}
function readPresets(reader, node, root) {
    if (node === undefined || node === null)
        return [];
    if (!(0,dist/* isSeq */.oP)(node))
        reader.fail(node, `"presets" must be a list, not a ${kindOf(node)}`, `Write presets: [${presets/* PRESET_NAMES */.dO.join(', ')}].`);
    const names = [];
    for (const item of node.items) {
        const name = reader.text(item, 'presets', item ?? root);
        if (!presets/* PRESET_NAMES */.dO.includes(name))
            reader.fail(item, `unknown preset "${name}"`, `The presets are ${presets/* PRESET_NAMES */.dO.join(', ')}.`);
        if (!names.includes(name))
            names.push(name);
    }
    return names;
}
function readEntry(reader, node, options) {
    if (!(0,dist/* isMap */.jh)(node))
        reader.fail(node, `an entry of "accept" must be a mapping (path, category, reason), not a ${kindOf(node)}`);
    const fields = reader.pairs(node, ENTRY_KEYS, 'an entry of accept');
    const path = readPath(reader, fields.get('path'), node);
    const category = readCategory(reader, fields.get('category'), node);
    const reason = reader.text(fields.get('reason'), 'reason', node);
    const entry = { path, category, reason, origin: `${options.source}:${reader.line(node)}`, kind: 'file' };
    const pin = fields.get('sha512');
    if (pin !== undefined) {
        const value = reader.text(pin, 'sha512', node).toLowerCase();
        if (!/^[0-9a-f]{128}$/.test(value)) {
            reader.fail(pin, `"sha512" must be 128 hexadecimal digits (a SHA-512), not "${value.slice(0, 140)}"`, 'Pin with `sha512sum FILE` or the `baseline` command, or remove the pin.');
        }
        if (category === 'MISSING_FILE')
            reader.fail(pin, 'a MISSING_FILE has no content to pin', 'Remove sha512 from this entry.');
        entry.sha512 = value;
    }
    const scope = fields.get('scope');
    if (scope !== undefined)
        entry.scope = readScope(reader, scope, node, options.owner);
    return entry;
}
function readPath(reader, node, entry) {
    const path = reader.text(node, 'path', entry);
    const hint = 'Write one path or glob relative to the scope\'s root, e.g. .user.ini, logs/ or "**/error_log".';
    if (/[\r\n]/.test(path))
        reader.fail(node, '"path" holds more than one line', `${hint} Write one entry per path.`);
    if (path.startsWith('!') || path.startsWith('#'))
        reader.fail(node, `"path" cannot start with "${path[0]}" (a baseline lists what it accepts)`, hint);
    if ((0,glob/* globBody */.jC)(path) === null)
        reader.fail(node, `"path" ${JSON.stringify(path)} is not a path inside the checked folder`, hint);
    return path;
}
function readCategory(reader, node, entry) {
    const value = reader.text(node, 'category', entry);
    if (value === 'EXCEPTION') {
        reader.fail(node, 'an EXCEPTION can never be accepted', 'An EXCEPTION means the signature itself cannot be trusted; fix its cause instead.');
    }
    if (!result/* FILE_CATEGORIES */.yW.includes(value)) {
        reader.fail(node, `unknown category "${value}"`, `Use one of ${result/* FILE_CATEGORIES */.yW.join(', ')}.`);
    }
    return value;
}
function readScope(reader, node, entry, owner) {
    const value = reader.text(node, 'scope', entry);
    if (/[\s/\\]/.test(value))
        reader.fail(node, `"scope" ${JSON.stringify(value)} is not a scope`, 'Write core, release or an app id.');
    if (owner !== undefined && owner !== 'core' && value !== owner) {
        reader.fail(node, `this file belongs to ${owner}: it cannot accept findings of ${value}`, `Remove the entry, or move it to core's baseline or a file given with ${(0,errors/* optionRef */.$j)('baseline')}.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/engine/baseline/select.ts
/**
 * Which baseline entries apply to a scope (docs/baseline.md, "Which file"):
 * - a file given with --baseline applies to every scope; its entries with `scope:` only to that scope;
 * - a default file (found at a scope's root on disk) applies to its owner; core's may name an app
 *   (or `release`) below the server root with `scope:`;
 * - a baseline file that lies inside a scope's folder is itself accepted there, visibly;
 * - nothing is read from inside an archive (`diskRoot` null): its uploader could write it.
 * Entries keep the order of the files; the first entry that matches a finding names it.
 */


const SELF_REASON = 'the baseline file itself';
function inside(folder, path) {
    const rel = (0,external_node_path_.relative)(folder, path);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return null;
    return rel.split(external_node_path_.sep).join('/');
}
/** Whether a default file's entries can apply to a scope at `root`: at or below the folder holding the file. */
function reaches(file, root) {
    if (file.owner === undefined)
        return true;
    if (file.path === null || root === null)
        return false;
    const folder = (0,external_node_path_.dirname)(file.path);
    return root === folder || inside(folder, root) !== null;
}
/** The file itself, when it lies in the scope's folder (and, for a default file, the scope owns it). */
function selfEntry(file, where) {
    if (file.path === null || where.diskRoot === null)
        return null;
    if (file.owner !== undefined && file.owner !== where.scope)
        return null;
    const rel = inside(where.diskRoot, file.path);
    if (rel === null)
        return null;
    return { path: (0,glob/* literalGlob */.Iq)(rel), category: 'EXTRA_FILE', reason: SELF_REASON, origin: file.source, scope: where.scope, kind: 'self' };
}
/** The entries of `files` that apply to the scope `where`, in order. */
function entriesForScope(files, where) {
    const out = [];
    for (const file of files) {
        if (!reaches(file, where.diskRoot))
            continue;
        const self = selfEntry(file, where);
        if (self)
            out.push(self);
        for (const entry of file.entries) {
            const scope = entry.scope ?? file.owner;
            if (scope === undefined || scope === where.scope)
                out.push(scope === undefined ? entry : { ...entry, scope });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/app/baseline-lookup.ts + 1 modules
var baseline_lookup = __webpack_require__(6504);
// EXTERNAL MODULE: ./src/engine/scope-result.ts
var scope_result = __webpack_require__(3074);
;// CONCATENATED MODULE: ./src/app/baseline-files.ts
/**
 * The baseline files a run reads (docs/baseline.md): the file given with --baseline (`none`:
 * no file), else `.code-integrity.yml` at the root of each scope read from a folder on disk
 * (never from inside an archive); plus --allow, a shorthand for EXTRA_FILE entries. Reading
 * and parsing happen here; which entries apply to which scope is the engine's (baseline/select.ts).
 */








/** A baseline larger than this is refused (a reviewed list, not a dump). */
const MAX_BYTES = 8 * 1024 * 1024;
function readBaselineText(path, source) {
    try {
        const text = (0,external_node_fs_.readFileSync)(path);
        if (text.length > MAX_BYTES)
            throw new errors/* UsageError */.eb(`the baseline ${source} is larger than ${MAX_BYTES} bytes`, 'Accept folders with globs instead of listing every file.');
        return text.toString('utf8');
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.eb)
            throw e;
        throw new errors/* UsageError */.eb(`the baseline ${source} ${(0,errors/* describeFsError */.TQ)(e)}`, `Give an existing file with ${(0,errors/* optionRef */.$j)('baseline')}, or ${(0,errors/* optionRef */.$j)('baseline', baseline_lookup/* NO_BASELINE */.gN)}.`);
    }
}
/** The file given with --baseline (relative to the working folder), or none. */
function givenBaseline(request) {
    if (request.baseline === undefined || request.baseline === baseline_lookup/* NO_BASELINE */.gN)
        return null;
    const path = (0,external_node_path_.resolve)(request.cwd, request.baseline);
    return parseBaseline(readBaselineText(path, request.baseline), { source: request.baseline, path });
}
/** --allow as one EXTRA_FILE entry (its lines keep @actions/glob's order and `!` exclusions), or none. */
function allowBaseline(allow) {
    const list = (0,glob/* compileGlobList */.Os)(allow); // refuses a bad pattern before anything is checked
    if (list.patterns.length === 0)
        return null;
    const origin = (0,errors/* optionRef */.$j)('allow');
    return {
        source: origin,
        path: null,
        presets: [],
        entries: [{ path: list.patterns.join('\n'), category: 'EXTRA_FILE', reason: `listed in ${origin}`, origin, kind: 'allow' }],
    };
}
/** A default file found at a scope's root, read. */
function readDefaultBaseline(found, cwd) {
    const source = (0,scope_result/* displayRoot */.v$)(found.path, cwd);
    return parseBaseline(readBaselineText(found.path, source), { source, path: found.path, owner: found.owner });
}
function givenBaselines(request) {
    return { file: givenBaseline(request), allow: allowBaseline(request.allow) };
}
/** Every baseline file of a run, in the order their entries are tried. */
function readBaselines(given, defaults, cwd) {
    const files = [];
    if (given.file)
        files.push(given.file);
    // Own files first, so a scope's own entries name its findings before core's entries for it.
    const read = defaults.map((found) => readDefaultBaseline(found, cwd));
    files.push(...read.filter((f) => f.owner !== 'core'), ...read.filter((f) => f.owner === 'core'));
    if (given.allow)
        files.push(given.allow);
    return files;
}
/** The entries for each scope of a run, from its files. */
function baselineFor(files) {
    const rule = (0,glob/* compileRules */.nb)();
    return (where) => entriesForScope(files, where).map(rule);
}


/***/ }),

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ literalGlob),
/* harmony export */   Os: () => (/* binding */ compileGlobList),
/* harmony export */   jC: () => (/* binding */ globBody),
/* harmony export */   nb: () => (/* binding */ compileRules)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/**
 * The path globs of a baseline entry and of `--allow` (files a host adds on purpose:
 * `.user.ini`, `.well-known/…`, a Docker image's lock file). Patterns use @actions/glob's
 * syntax and semantics, matched against paths relative to the scope's root: `*`, `?`, `[…]`,
 * `**`; dot-files match; no braces or extglobs; a pattern also matches everything below it
 * (`dir` = `dir/**`). In a list (`--allow`, the Action's multi-line `allow`), `!pattern`
 * excludes again, applied in order, and `#` starts a comment line.
 *
 * The engine cannot import @actions/glob (it is ESM-for-Actions and walks the disk); it
 * uses the same matcher @actions/glob uses, minimatch, with the same options.
 */


const OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true };
/** A pattern without its `./` and trailing slashes; null when it names nothing inside the scope. */
function globBody(pattern) {
    const body = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    if (body === '' || body.startsWith('/') || body.split('/').includes('..'))
        return null;
    return body;
}
/** A glob matching exactly `rel` (and what is below it): the file a baseline entry names. */
function literalGlob(rel) {
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(rel);
}
/** Compile glob patterns (one per entry; entries may hold several lines, as the Action input does). */
function compileGlobList(patterns) {
    const lines = patterns
        .flatMap((p) => p.split(/\r?\n/))
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    const rules = lines.map((line) => {
        let negate = false;
        let body = line;
        while (body.startsWith('!')) {
            negate = !negate;
            body = body.slice(1).trim();
        }
        const clean = globBody(body);
        if (clean === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`allow pattern "${line}" is not a path inside the checked folder`, 'Write patterns relative to the app or server root, e.g. .user.ini or .well-known/**.');
        }
        return { negate, matchers: [new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(clean, OPTIONS), new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(`${clean}/**`, OPTIONS)] };
    });
    return {
        patterns: lines,
        matches(rel) {
            let allowed = false;
            for (const rule of rules) {
                if (rule.matchers.some((m) => m.match(rel)))
                    allowed = !rule.negate;
            }
            return allowed;
        },
    };
}
/** Entries ready to match: each compiled once, whatever the number of scopes asking for it. */
function compileRules() {
    const compiled = new Map();
    return (entry) => {
        let rule = compiled.get(entry);
        if (rule === undefined) {
            const glob = compileGlobList([entry.path]);
            compiled.set(entry, (rule = { ...entry, matches: (rel) => glob.matches(rel) }));
        }
        return rule;
    };
}


/***/ }),

/***/ 6048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ presetHelp),
/* harmony export */   ME: () => (/* binding */ presetEntries),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES)
/* harmony export */ });
const PRESETS = {
    'shared-hosting': {
        summary: 'what shared hosts add: PHP settings, error logs, statistics, a CGI folder',
        paths: [
            { path: 'php.ini', why: "the host's PHP settings" },
            { path: '**/error_log', why: "PHP's error log, written beside the script that failed" },
            { path: 'logs', why: "the host's access and error logs" },
            { path: 'stats', why: "the host's web statistics" },
            { path: 'cgi-bin', why: "the host's CGI folder" },
        ],
    },
    docker: {
        summary: "what Nextcloud's Docker image adds beside the release (docker-entrypoint.sh)",
        paths: [
            {
                path: 'nextcloud-init-sync.lock',
                why: "the image's lock while it copies the release (Nextcloud skips it by name since 30/31; ownCloud does not)",
            },
            { path: 'custom_apps', why: "the image's folder for apps installed from the store (each app is checked on its own)" },
        ],
    },
    'well-known': {
        summary: 'files below .well-known/ (ACME challenges, security.txt)',
        paths: [{ path: '.well-known', why: 'files a host or certificate client puts below .well-known/' }],
    },
};
const PRESET_NAMES = Object.keys(PRESETS);
/** One line per preset, for help texts and errors. */
function presetHelp(indent) {
    return PRESET_NAMES.map((name) => `${indent}${name}: ${PRESETS[name].summary}`).join('\n');
}
/** A preset's entries (EXTRA_FILE, unpinned), or null for a name that is no preset. */
function presetEntries(name) {
    const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
    if (!preset)
        return null;
    return preset.paths.map((p) => ({
        path: p.path,
        category: 'EXTRA_FILE',
        reason: `preset ${name}: ${p.why}`,
        origin: `preset ${name}`,
        kind: 'preset',
    }));
}


/***/ })

};
