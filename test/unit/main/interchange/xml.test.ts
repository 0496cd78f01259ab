import { describe, expect, test } from 'vitest';
import { descendantsNamed, parseXml, XmlError } from '../../../../main/interchange/xml';

describe('parseXml', () => {
  test('reads elements, attributes, text, entities, CDATA and drops prefixes and comments', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- made by hand -->\n<q:Project xmlns:q="urn:x" name="Ports &amp; ferries">' +
        "<Note guid='n1'><PlainTextContent>Dues &lt;rose&gt; &#233;&#x2014;<![CDATA[<raw & kept>]]></PlainTextContent></Note>" +
        '<Empty flag="true"/></q:Project>',
    );
    expect(root.name).toBe('Project');
    expect(root.attributes).toEqual({ name: 'Ports & ferries' });
    expect(descendantsNamed(root, 'PlainTextContent')[0]!.text).toBe('Dues <rose> é—<raw & kept>');
    expect(root.children.map((child) => child.name)).toEqual(['Note', 'Empty']);
  });

  test.each([
    ['an unclosed element', '<Project><Sources></Project>', /does not close <Sources>/],
    ['a bare ampersand', '<Project name="a & b"/>', /bare &/],
    ['a document type declaration', '<!DOCTYPE x [<!ENTITY a "b">]><Project/>', /document type/],
    ['two roots', '<Project/><Project/>', /second root/],
    ['nothing at all', '  ', /no root element/],
  ])('refuses %s', (_what, xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });

  test('names the line of the problem', () => {
    expect(() => parseXml('<Project>\n<A>\n</B>\n</Project>')).toThrow(/line 3/);
  });
});
