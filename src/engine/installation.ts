/**
 * A whole installation: core plus every app, as upstream's runInstanceVerification does
 * (core, then each app that is shipped or carries a signature). App roots come from
 * config/config.php's `apps_paths` (default `apps/`), read without executing PHP.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { optionRef, UsageError } from './errors.ts';
import { isDirectory } from './fs-kind.ts';
import { getProfile } from './profiles/index.ts';
import { resolveTarget, type Target } from './target.ts';
import type { UnsignedApp } from './result.ts';

export interface InstallationPlan {
  core: Target;
  /** Paths (relative to the server root) the core walk must skip: app roots and the data directory. */
  coreExcluded: string[];
  apps: Target[];
  notSigned: UnsignedApp[];
}

export interface ServerConfig {
  datadirectory?: string;
  appsPaths: string[];
}

/** PHP single- or double-quoted string literal body → value (only the escapes config files use). */
function phpString(quote: string, body: string): string {
  if (quote === "'") return body.replace(/\\(['\\])/g, '$1');
  return body.replace(/\\(["\\$nrt])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c as 'n'] ?? c);
}

/**
 * Evaluate the small PHP expressions config.php uses for paths: string literals joined
 * with `.`, `OC::$SERVERROOT` / `\OC::$SERVERROOT`, `__DIR__` and `dirname(__DIR__)`.
 * Returns null for anything else (we never execute PHP).
 */
export function evalPathExpression(expr: string, serverRoot: string, configDir: string): string | null {
  const parts = expr.split(/\s*\.\s*(?=(?:[^'"]|'[^']*'|"[^"]*")*$)/);
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    const str = /^(['"])([\s\S]*)\1$/.exec(part);
    if (str) out += phpString(str[1] as string, str[2] as string);
    else if (/^\\?OC::\$SERVERROOT$/.test(part)) out += serverRoot;
    else if (part === '__DIR__') out += configDir;
    else if (/^dirname\(\s*__DIR__\s*\)$/.test(part)) out += resolve(configDir, '..');
    else return null;
  }
  return out;
}

/** Read `datadirectory` and every `apps_paths[*]['path']` from config/config.php, textually. */
export function readServerConfig(serverRoot: string): ServerConfig {
  const configDir = join(serverRoot, 'config');
  let php: string;
  try {
    php = readFileSync(join(configDir, 'config.php'), 'utf8');
  } catch {
    return { appsPaths: [] };
  }
  const code = php.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)(\/\/|#)[^\n]*/g, '$1');
  const config: ServerConfig = { appsPaths: [] };
  const dataMatch = /['"]datadirectory['"]\s*=>\s*([^,\n]+?)\s*,?\s*\n/.exec(code);
  if (dataMatch) {
    const v = evalPathExpression(dataMatch[1] as string, serverRoot, configDir);
    if (v) config.datadirectory = v;
  }
  const appsStart = /['"]apps_paths['"]\s*=>/.exec(code);
  if (appsStart) {
    const rest = code.slice(appsStart.index);
    const re = /['"]path['"]\s*=>\s*([^,\])\n]+?)\s*(?=[,\])\n])/g;
    let m: RegExpExecArray | null;
    // Only the `path` entries of the apps_paths block (stop at the next top-level key).
    const end = rest.search(/\n\s*['"][a-z_.]+['"]\s*=>\s*(?!array|\[)/i);
    const block = end > 0 ? rest.slice(0, end) : rest;
    while ((m = re.exec(block)) !== null) {
      const v = evalPathExpression(m[1] as string, serverRoot, configDir);
      if (v) config.appsPaths.push(v);
    }
  }
  return config;
}

/**
 * Map a path from config.php onto the tree being checked. config.php names absolute paths
 * of the original installation (e.g. /var/www/nextcloud/custom_apps) while the tree may be
 * a copy elsewhere: a path inside the checked root is taken as is, otherwise its last
 * folder name is looked up directly under the root.
 */
function mapIntoRoot(path: string, root: string): string | null {
  const abs = isAbsolute(path) ? path : resolve(root, path);
  const rel = relative(root, abs);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  const candidate = basename(abs);
  if (candidate && isDirectory(join(root, candidate))) return candidate;
  return null;
}

function shippedApps(serverRoot: string): Set<string> {
  try {
    const data = JSON.parse(readFileSync(join(serverRoot, 'core', 'shipped.json'), 'utf8')) as { shippedApps?: unknown };
    return new Set(Array.isArray(data.shippedApps) ? data.shippedApps.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** App roots of a server tree (relative paths), from config.php's apps_paths, default `apps`. */
function appRootsOf(serverRoot: string, config: ServerConfig): string[] {
  const roots = (config.appsPaths.length > 0 ? config.appsPaths : ['apps'])
    .map((p) => mapIntoRoot(p, serverRoot))
    .filter((p): p is string => p !== null);
  return [...new Set(roots)];
}

/**
 * What upstream's folder filter prunes from core beyond the fixed list: every app root and
 * the data directory named in config.php (when they lie inside the tree).
 */
export function coreConfigExclusions(serverRoot: string, config: ServerConfig = readServerConfig(serverRoot)): string[] {
  const out = appRootsOf(serverRoot, config);
  if (config.datadirectory) {
    const data = mapIntoRoot(config.datadirectory, serverRoot);
    if (data) out.push(data);
  }
  return out;
}

/** Plan the verification of a server tree: core, then each app folder in each app root. */
export function planInstallation(serverRoot: string, options: { requireSigned?: boolean; profile?: string } = {}): InstallationPlan {
  const core = resolveTarget(serverRoot, { profile: options.profile });
  if (core.profile.kind !== 'core') {
    throw new UsageError(
      `${serverRoot} is not a server tree (it looks like an app)`,
      `${optionRef('all-apps')} checks a whole Nextcloud/ownCloud installation: pass the server root (with core/ and version.php).`,
    );
  }
  const config = readServerConfig(serverRoot);
  const uniqueRoots = appRootsOf(serverRoot, config);
  const coreExcluded = coreConfigExclusions(serverRoot, config);
  const appProfile = getProfile(core.profile.appProfile ?? 'nextcloud-app');
  const shipped = shippedApps(serverRoot);
  const apps: Target[] = [];
  const notSigned: UnsignedApp[] = [];
  for (const appRoot of uniqueRoots) {
    const dir = join(serverRoot, appRoot);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const appDir = join(dir, name);
      if (!isDirectory(join(appDir, 'appinfo'))) continue;
      const rel = `${appRoot}/${name}`;
      // Upstream verifies an app by its folder name: that is the id the CN must match.
      const target: Target = { root: appDir, profile: appProfile, scope: name };
      if (existsSync(join(appDir, appProfile.signaturePath)) || shipped.has(name) || options.requireSigned) apps.push(target);
      else notSigned.push({ scope: name, root: rel });
    }
  }
  return { core, coreExcluded, apps, notSigned };
}
