import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../content/load';
import { passagesOf, translationOf } from './passages';

const { content } = readContent(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'valid'));
const coast = content!.reports.find((r) => r.slug === 'coast-report')!;

describe('the reading model', () => {
  it('shows a reader of the translation each passage in their language, with the original to reveal', () => {
    const [first] = passagesOf(coast, 'ar');
    expect(first!.shown).toEqual({ text: 'الفقرة الأولى، وفيها 32 حالة.', lang: 'ar', pending: false });
    expect(first!.translation).toEqual({ text: 'First paragraph, with 32 cases.', lang: 'en' });
  });
  it('shows a pending passage in the original, marked, with nothing to reveal', () => {
    const pending = passagesOf(coast, 'ar').find((p) => p.block.id === 'p2')!;
    expect(pending.shown).toEqual({ text: 'Not yet translated.', lang: 'en', pending: true });
    expect(pending.translation).toBeUndefined();
  });
  it('gives a quote its attribution in the language it is shown in', () => {
    expect(passagesOf(coast, 'en').find((p) => p.block.id === 'q1')!.cite).toEqual({ text: 'Someone', lang: 'en', pending: false });
    expect(passagesOf(coast, 'ar').find((p) => p.block.id === 'q1')!.cite).toEqual({ text: 'شخص ما', lang: 'ar', pending: false });
  });
  it('reveals a headline in the other language only when there is one', () => {
    expect(translationOf(coast.headline, 'en', 'en')).toEqual({ text: 'عنوان للاختبار', lang: 'ar' });
    expect(translationOf({ en: 'Only English' }, 'ar', 'en')).toBeUndefined();
  });
});
