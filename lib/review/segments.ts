import { createHash } from 'node:crypto';
import type { Report } from '../content/load';
import type { BlockType } from '../content/schema';
import { otherLocale, type Locale } from '../locales';

/**
 * The units a translator reviews: the headline, the standfirst, the image caption and every block, each with its
 * source (the report's original language) and its target (the other language, missing while pending).
 */
export type Segment = {
  id: string;
  kind: 'headline' | 'standfirst' | 'caption' | BlockType;
  source: string;
  target?: string;
  sourceLang: Locale;
  targetLang: Locale;
};

/** Segment ids that name the report's own fields; blocks may not use them (lib/content/schema.ts). */
export const fieldSegmentIds = ['headline', 'standfirst', 'caption'] as const;

export function segmentsOf(report: Report): Segment[] {
  const sourceLang = report.originalLanguage;
  const targetLang = otherLocale(sourceLang);
  const segment = (id: string, kind: Segment['kind'], text: Partial<Record<Locale, string>> | undefined): Segment[] =>
    text?.[sourceLang] ? [{ id, kind, source: text[sourceLang], target: text[targetLang], sourceLang, targetLang }] : [];
  return [
    ...segment('headline', 'headline', report.headline),
    ...segment('standfirst', 'standfirst', report.standfirst),
    ...segment('caption', 'caption', report.image?.caption),
    ...report.blocks.flatMap((block) => segment(block.id, block.type, block)),
  ];
}

/** A short, stable fingerprint of a text, stored with each review to notice later changes. */
export function hashText(text: string | undefined): string | null {
  return text === undefined ? null : createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 32);
}
