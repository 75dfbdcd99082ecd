import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toTmx, toXliff, type ExportInput } from './export';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const tricky = 'Amnesty said “war crimes” & <more> than 100 \'killed\' — "quoted"  (twice-spaced) ';
const input: ExportInput = {
  slug: 'amnesty-baniyas-war-crimes',
  sourceLang: 'en',
  targetLang: 'ar',
  segments: [
    { id: 'headline', source: tricky, target: 'قالت «العفو الدولية» إن & <أكثر> من 100 قُتلوا "بين علامتين"', state: 'approved' },
    { id: 'p1', source: 'Reviewed text.', target: 'نص مُراجَع.', state: 'reviewed' },
    { id: 'p2', source: 'Translated text.', target: 'نص مترجم.', state: 'translated' },
    { id: 'p3', source: 'Draft.', target: 'مسودة.', state: 'draft' },
    { id: 'p4', source: 'Still untranslated.', state: 'missing' },
  ],
};

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

const all = (el: Element | Document, ns: string | null, name: string): Element[] =>
  Array.from((ns ? el.getElementsByTagNameNS(ns, name) : el.getElementsByTagName(name)) as unknown as ArrayLike<Element>);

describe('XLIFF 2.0', () => {
  const doc = parse(toXliff(input));
  const root = doc.documentElement!;

  it('has the required attributes', () => {
    expect(root.namespaceURI).toBe(XLIFF_NS);
    expect(root.localName).toBe('xliff');
    expect(root.getAttribute('version')).toBe('2.0');
    expect(root.getAttribute('srcLang')).toBe('en');
    expect(root.getAttribute('trgLang')).toBe('ar');
    const [file] = all(root, XLIFF_NS, 'file');
    expect(file!.getAttribute('id')).toBe('amnesty-baniyas-war-crimes');
    expect(all(root, XLIFF_NS, 'unit').map((u) => u.getAttribute('id'))).toEqual(['headline', 'p1', 'p2', 'p3', 'p4']);
  });

  it('maps states, approved to final, and leaves out a missing target', () => {
    const segments = all(root, XLIFF_NS, 'segment');
    expect(segments.map((s) => s.getAttribute('state'))).toEqual(['final', 'reviewed', 'translated', 'initial', 'initial']);
    // Needs work is initial with a target; the subState tells it apart from untranslated.
    expect(segments.map((s) => s.getAttribute('subState'))).toEqual([null, null, null, 'jisr:needs-work', null]);
    expect(all(segments[4]!, XLIFF_NS, 'target')).toHaveLength(0);
  });

  it('round-trips every text exactly, with <, & and quotes', () => {
    const units = all(root, XLIFF_NS, 'unit');
    units.forEach((unit, i) => {
      const expected = input.segments[i]!;
      expect(all(unit, XLIFF_NS, 'source')[0]!.textContent).toBe(expected.source);
      expect(all(unit, XLIFF_NS, 'target')[0]?.textContent).toBe(expected.target);
      expect(all(unit, XLIFF_NS, 'source')[0]!.getAttributeNS(XML_NS, 'space')).toBe('preserve');
    });
  });
});

describe('TMX 1.4', () => {
  const doc = parse(toTmx(input, '0.1.0'));
  const root = doc.documentElement!;

  it('has the required header', () => {
    expect(root.tagName).toBe('tmx');
    expect(root.getAttribute('version')).toBe('1.4');
    const header = all(root, null, 'header')[0]!;
    for (const [name, value] of Object.entries({
      creationtool: 'Jisr',
      creationtoolversion: '0.1.0',
      segtype: 'paragraph',
      'o-tmf': 'Jisr JSON',
      adminlang: 'en',
      srclang: 'en',
      datatype: 'plaintext',
    })) {
      expect(header.getAttribute(name), name).toBe(value);
    }
  });

  it('holds one unit per translated segment, each with a tuv per language, texts exact', () => {
    const tus = all(root, null, 'tu');
    expect(tus.map((t) => t.getAttribute('tuid'))).toEqual(['amnesty-baniyas-war-crimes/headline', 'amnesty-baniyas-war-crimes/p1', 'amnesty-baniyas-war-crimes/p2', 'amnesty-baniyas-war-crimes/p3']);
    tus.forEach((tu, i) => {
      const tuvs = all(tu, null, 'tuv');
      expect(tuvs.map((t) => t.getAttributeNS(XML_NS, 'lang'))).toEqual(['en', 'ar']);
      expect(tuvs.map((t) => all(t, null, 'seg')[0]!.textContent)).toEqual([input.segments[i]!.source, input.segments[i]!.target]);
    });
    expect(all(tus[0]!, null, 'prop')[0]!.textContent).toBe('approved');
  });
});
