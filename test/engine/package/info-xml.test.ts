/** appinfo/info.xml as the App Store checks it: every problem listed, one sentence each. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkInfoXml } from '../../../src/engine/package/info-xml.ts';
import { infoXml } from '../../package-helpers.ts';

describe('info.xml for the App Store', () => {
  it('a complete info.xml passes and gives the id and version', () => {
    assert.deepEqual(checkInfoXml(infoXml('my_app2', '2.0.0-beta.1')), { problems: [], id: 'my_app2', version: '2.0.0-beta.1' });
    assert.deepEqual(checkInfoXml(`\uFEFF${infoXml()}`).problems, [], 'a byte-order mark is fine');
  });

  it('lists every missing element, not only the first', () => {
    const xml = infoXml()
      .replace(/ *<summary>.*\n/, '')
      .replace(/ *<bugs>.*\n/, '')
      .replace(/ *<category>.*\n/, '');
    assert.deepEqual(checkInfoXml(xml).problems, [
      'appinfo/info.xml: <summary> is missing (the App Store requires it)',
      'appinfo/info.xml: <category> is missing (the App Store requires it)',
      'appinfo/info.xml: <bugs> is missing (the App Store requires it)',
    ]);
  });

  it('checks the values the schema constrains and the order of the required elements', () => {
    const xml = infoXml('My-App', '1.0')
      .replace('<bugs>https://example.org/issues</bugs>', '<bugs>mailto:x@example.org</bugs>')
      .replace('min-version="30" max-version="32"', 'max-version="thirty"')
      .replace(/( *<licence>.*\n)( *<author.*\n)/, '$2$1');
    const { problems, version } = checkInfoXml(xml);
    assert.equal(version, '1.0');
    assert.deepEqual(problems, [
      "appinfo/info.xml: the required elements are out of order (id, name, summary, description, version, author, licence, category, bugs, dependencies): the App Store's schema wants id, name, summary, description, version, licence, author, category, bugs, dependencies",
      'appinfo/info.xml: <id> "My-App" is not an app id the App Store accepts (lower-case letters, digits and "_", starting with a letter)',
      'appinfo/info.xml: <version> "1.0" is not a semantic version such as 1.2.3 or 1.2.3-beta.1 (the App Store requires one)',
      'appinfo/info.xml: <bugs> "mailto:x@example.org" is not an http(s) URL',
      'appinfo/info.xml: <nextcloud> in <dependencies> has no min-version (the App Store requires it)',
      'appinfo/info.xml: <nextcloud max-version="thirty"> is not a version such as 30 or 30.0.1',
    ]);
  });

  it('malformed XML is one problem, with where the parser stopped', () => {
    const { problems, id } = checkInfoXml('<?xml version="1.0"?>\n<info>\n  <id>x</id>\n  <name>A</nam>\n</info>\n');
    assert.equal(id, null);
    assert.deepEqual(problems, ['appinfo/info.xml is not well-formed XML: 4:15: unexpected close tag.']);
    assert.match(checkInfoXml(infoXml().replace('Tricky<', 'A & B<')).problems[0] ?? '', /^appinfo\/info\.xml is not well-formed XML: /);
    assert.match(checkInfoXml(infoXml().replace('<info xmlns:xsi', '<info xmlns:xs')).problems[0] ?? '', /not well-formed XML: .*prefix/);
    assert.match(checkInfoXml('<info><id>a</id>').problems[0] ?? '', /not well-formed XML: .*unclosed tag/);
    assert.deepEqual(checkInfoXml('<app/>').problems, ["appinfo/info.xml's root element is <app>, not <info>"]);
  });

  it('repeated single elements and empty ones are problems', () => {
    const xml = infoXml()
      .replace('<version>1.2.3</version>', '<version>1.2.3</version><version>1.2.4</version>')
      .replace('<author mail="dev@example.org">Test</author>', '<author> </author>');
    assert.deepEqual(checkInfoXml(xml).problems, [
      'appinfo/info.xml: <version> appears 2 times (the App Store takes one)',
      'appinfo/info.xml: <author> is empty',
    ]);
  });
});
