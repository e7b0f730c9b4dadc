/** A small app that passes the App Store pre-flight, for the packaging tests (CN tricky: test/fixtures/ca/). */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { writeTree } from './helpers.ts';

/** An info.xml with every element the App Store requires. */
export function infoXml(id = 'tricky', version = '1.2.3', extra = ''): string {
  return `<?xml version="1.0"?>
<info xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xsi:noNamespaceSchemaLocation="https://apps.nextcloud.com/schema/apps/info.xsd">
    <id>${id}</id>
    <name>Tricky</name>
    <summary>An app for the packaging tests</summary>
    <description><![CDATA[Packs & signs.]]></description>
    <version>${version}</version>
    <licence>AGPL-3.0-or-later</licence>
    <author mail="dev@example.org">Test</author>
    <category>tools</category>
    <bugs>https://example.org/issues</bugs>${extra}
    <dependencies>
        <nextcloud min-version="30" max-version="32"/>
    </dependencies>
</info>
`;
}

/** The files of a built app: code, assets, an executable script, and what packaging leaves out by default. */
export const APP_FILES: Record<string, string> = {
  'appinfo/info.xml': infoXml(),
  'lib/AppInfo/Application.php': '<?php\nnamespace OCA\\Tricky\\AppInfo;\n',
  'lib/Controller/PageController.php': '<?php\n// page\n',
  'js/tricky-main.js': 'console.log("built");\n',
  'css/style.css': 'body { color: red; }\n',
  'l10n/de.json': '{"translations": {}}\n',
  'img/app.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
  'templates/index.php': '<div id="app"></div>\n',
  'bin/tool.sh': '#!/bin/sh\necho tool\n',
  'tests/Unit/AppTest.php': '<?php // a test\n',
  'node_modules/dep/index.js': 'module.exports = 1;\n',
  '.github/workflows/ci.yml': 'on: push\n',
  '.DS_Store': 'junk',
  'css/._style.css': 'apple double',
  '.gitignore': 'node_modules/\n',
};

/** Write the app into `root` (bin/tool.sh executable). */
export function writeApp(root: string, files: Record<string, string> = APP_FILES): string {
  writeTree(root, files);
  if (files['bin/tool.sh'] !== undefined) chmodSync(join(root, 'bin/tool.sh'), 0o755);
  return root;
}

/** The files a package of APP_FILES holds (relative to the top folder), signature.json included. */
export const PACKED_FILES = [
  'appinfo/info.xml',
  'appinfo/signature.json',
  'bin/tool.sh',
  'css/style.css',
  'img/app.svg',
  'js/tricky-main.js',
  'l10n/de.json',
  'lib/AppInfo/Application.php',
  'lib/Controller/PageController.php',
  'templates/index.php',
];
