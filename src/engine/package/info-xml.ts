/**
 * appinfo/info.xml as the Nextcloud App Store takes it: well-formed XML (a strict XML 1.0
 * parser with namespaces, as the store's lxml is) whose root `<info>` holds the elements the
 * store's schema (info.xsd) requires, in the schema's order: id, name, summary, description,
 * version, licence, author, category, bugs, dependencies with `<nextcloud min-version>`.
 * The id, version and versions of the dependency follow the schema's patterns. The lists of
 * licences and categories change with the store, so they are only required to be there.
 */
import { SaxesParser } from 'saxes';

/** The direct children of `<info>` the store requires, in the schema's order, and how many it takes. */
const REQUIRED: ReadonlyArray<{ name: string; many: boolean }> = [
  { name: 'id', many: false },
  { name: 'name', many: true },
  { name: 'summary', many: true },
  { name: 'description', many: true },
  { name: 'version', many: false },
  { name: 'licence', many: true },
  { name: 'author', many: true },
  { name: 'category', many: true },
  { name: 'bugs', many: false },
  { name: 'dependencies', many: false },
];

/** The store's patterns (info.xsd), anchored as XML Schema patterns are. */
export const APP_ID_PATTERN = /^[a-z]+[a-z0-9_]*[a-z0-9]+$/;
export const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const PLATFORM_VERSION_PATTERN = /^[0-9]+(\.[0-9]+){0,2}$/;
const URL_PATTERN = /^https?:\/\/.+/;

interface Child {
  name: string;
  text: string;
  attributes: Record<string, string>;
  /** Its own children (one level: enough for dependencies/nextcloud). */
  children: Child[];
}

export interface InfoXml {
  /** Every problem, one sentence each (empty: ready for the store). */
  problems: string[];
  id: string | null;
  version: string | null;
}

/** Parse the text: the root's name and its direct children (with theirs), or the parser's complaint. */
function parse(xml: string): { root: string; children: Child[] } | { error: string } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Child[] = [];
  let root: Child | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attributes[name] = attr.value;
    const child: Child = { name: tag.local, text: '', attributes, children: [] };
    if (stack.length <= 2) stack.at(-1)?.children.push(child);
    root ??= child;
    stack.push(child);
  });
  const addText = (text: string): void => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (root === null) return { error: 'it has no root element' };
  return { root: (root as Child).name, children: (root as Child).children };
}

/** Each required element: present, not repeated where the schema takes one, not empty. */
function requiredElements(children: Child[], problems: string[]): void {
  for (const { name, many } of REQUIRED) {
    const found = children.filter((c) => c.name === name);
    if (found.length === 0) problems.push(`<${name}> is missing (the App Store requires it)`);
    else if (!many && found.length > 1) problems.push(`<${name}> appears ${found.length} times (the App Store takes one)`);
    else if (name !== 'dependencies' && found.some((c) => c.text.trim() === '')) problems.push(`<${name}> is empty`);
  }
  const positions = REQUIRED.map(({ name }) => children.findIndex((c) => c.name === name)).filter((i) => i >= 0);
  const order = children.filter((_, i) => positions.includes(i)).map((c) => c.name);
  const expected = REQUIRED.map((r) => r.name).filter((n) => order.includes(n));
  if (order.join() !== expected.join()) {
    problems.push(`the required elements are out of order (${order.join(', ')}): the App Store's schema wants ${expected.join(', ')}`);
  }
}

/** The values with a pattern in the schema. */
function values(children: Child[], problems: string[]): { id: string | null; version: string | null } {
  const text = (name: string): string | null => children.find((c) => c.name === name)?.text.trim() ?? null;
  const id = text('id');
  const version = text('version');
  if (id && (!APP_ID_PATTERN.test(id) || id.length > 256)) {
    problems.push(`<id> "${id}" is not an app id the App Store accepts (lower-case letters, digits and "_", starting with a letter)`);
  }
  if (version && !SEMVER_PATTERN.test(version)) {
    problems.push(`<version> "${version}" is not a semantic version such as 1.2.3 or 1.2.3-beta.1 (the App Store requires one)`);
  }
  const bugs = text('bugs');
  if (bugs && !URL_PATTERN.test(bugs)) problems.push(`<bugs> "${bugs}" is not an http(s) URL`);
  for (const c of children.filter((child) => child.name === 'name' || child.name === 'summary')) {
    if (c.text.trim().length > 128) problems.push(`<${c.name}> is longer than the 128 characters the App Store takes`);
  }
  return { id, version };
}

/** dependencies/nextcloud with a min-version (and a well-formed max-version when given). */
function platform(children: Child[], problems: string[]): void {
  const dependencies = children.find((c) => c.name === 'dependencies');
  if (!dependencies) return;
  const nextcloud = dependencies.children.find((c) => c.name === 'nextcloud');
  if (!nextcloud) {
    problems.push('<dependencies> has no <nextcloud min-version="…"/> (the App Store requires it)');
    return;
  }
  for (const attr of ['min-version', 'max-version']) {
    const value = nextcloud.attributes[attr];
    if (value === undefined) {
      if (attr === 'min-version') problems.push('<nextcloud> in <dependencies> has no min-version (the App Store requires it)');
    } else if (!PLATFORM_VERSION_PATTERN.test(value)) {
      problems.push(`<nextcloud ${attr}="${value}"> is not a version such as 30 or 30.0.1`);
    }
  }
}

/** Check info.xml text for the App Store; every problem is listed, not only the first. */
export function checkInfoXml(xml: string): InfoXml {
  const parsed = parse(xml);
  if ('error' in parsed) return { problems: [`appinfo/info.xml is not well-formed XML: ${parsed.error}`], id: null, version: null };
  if (parsed.root !== 'info')
    return { problems: [`appinfo/info.xml's root element is <${parsed.root}>, not <info>`], id: null, version: null };
  const problems: string[] = [];
  requiredElements(parsed.children, problems);
  const { id, version } = values(parsed.children, problems);
  platform(parsed.children, problems);
  return { problems: problems.map((p) => `appinfo/info.xml: ${p}`), id: id || null, version: version || null };
}
