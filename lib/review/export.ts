import { create } from 'xmlbuilder2';
import type { SegmentState } from '../db/schema';
import type { Locale } from '../locales';

// Interchange files for CAT tools, written with an XML builder (never by string concatenation) so every text is
// escaped, and parsed back in the tests to prove that it round-trips exactly.

export type ExportSegment = { id: string; source: string; target?: string; state: SegmentState };
export type ExportInput = { slug: string; sourceLang: Locale; targetLang: Locale; segments: ExportSegment[] };

/** Jisr's states in XLIFF 2.0's four: approved is final; a missing or draft translation is initial. */
export const xliffState: Record<SegmentState, 'initial' | 'translated' | 'reviewed' | 'final'> = {
  missing: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
};

export function toXliff({ slug, sourceLang, targetLang, segments }: ExportInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const file = doc
    .ele('urn:oasis:names:tc:xliff:document:2.0', 'xliff', { version: '2.0', srcLang: sourceLang, trgLang: targetLang })
    .ele('file', { id: slug });
  for (const segment of segments) {
    // XLIFF has no "needs work": it is `initial` with a target, told apart from an untranslated one by a subState.
    const subState = segment.state === 'draft' ? { subState: 'jisr:needs-work' } : {};
    const seg = file.ele('unit', { id: segment.id }).ele('segment', { state: xliffState[segment.state], ...subState });
    // xml:space keeps double and edge spaces exactly as written.
    seg.ele('source', { 'xml:space': 'preserve' }).txt(segment.source);
    if (segment.target !== undefined) seg.ele('target', { 'xml:space': 'preserve' }).txt(segment.target);
  }
  return doc.end({ prettyPrint: true });
}

export function toTmx({ slug, sourceLang, targetLang, segments }: ExportInput, version: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const tmx = doc.ele('tmx', { version: '1.4' });
  tmx.ele('header', {
    creationtool: 'Jisr',
    creationtoolversion: version,
    segtype: 'paragraph',
    'o-tmf': 'Jisr JSON',
    adminlang: 'en',
    srclang: sourceLang,
    datatype: 'plaintext',
  });
  const body = tmx.ele('body');
  // A translation memory holds translations: segments without a target are left out.
  for (const segment of segments) {
    if (segment.target === undefined) continue;
    const tu = body.ele('tu', { tuid: `${slug}/${segment.id}` });
    tu.ele('prop', { type: 'x-jisr-state' }).txt(segment.state);
    tu.ele('tuv', { 'xml:lang': sourceLang }).ele('seg').txt(segment.source);
    tu.ele('tuv', { 'xml:lang': targetLang }).ele('seg').txt(segment.target);
  }
  return doc.end({ prettyPrint: true });
}
