import { describe, expect, it } from 'vitest';
import { latinDigits, normalizeArabic, stemArabic } from './arabic';

describe('normalizeArabic', () => {
  it('removes tashkeel, the superscript alef and Quranic marks', () => {
    expect(normalizeArabic('جَرَائِمُ حَرْبٍ')).toBe('جرايم حرب');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('صلى\u0610')).toBe('صلي');
    expect(normalizeArabic('الله\u06D6')).toBe('الله');
  });
  it('removes tatweel', () => expect(normalizeArabic('العلويـــين')).toBe('العلويين'));
  it('folds أ إ آ ٱ to ا', () => expect(normalizeArabic('أحمد إسطنبول آذار ٱلرحمن')).toBe('احمد اسطنبول اذار الرحمن'));
  it('folds ى to ي, ة to ه, ؤ to و, ئ to ي', () => expect(normalizeArabic('إلى مدرسة مؤتمر جرائم')).toBe('الي مدرسه موتمر جرايم'));
  it('folds Persian yeh and keheh', () => expect(normalizeArabic('یک')).toBe('يك'));
  it('turns Arabic-Indic and extended digits into 0–9', () => {
    expect(latinDigits('١٢٣٤٥٦٧٨٩٠ ۱۲۳')).toBe('1234567890 123');
    expect(normalizeArabic('٢٠٢٥')).toBe('2025');
  });
  it('strips bidi and zero-width controls', () => expect(normalizeArabic('بانياس\u200f\u061c\u200b\u2066')).toBe('بانياس'));
  it('composes to NFC first', () => expect(normalizeArabic('ا\u0653')).toBe('ا'));
});

describe('stemArabic', () => {
  it('strips one article prefix, keeping at least two letters', () => {
    // As in Lucene, suffixes are stripped one after another: ين, then ي.
    expect(stemArabic('العلويين')).toBe('علو');
    expect(stemArabic('والمقابر')).toBe('مقابر');
    expect(stemArabic('بالمدينه')).toBe('مدين');
    expect(stemArabic('للسلم')).toBe('سلم');
    expect(stemArabic('ال')).toBe('ال');
  });
  it('strips و only before words of four or more letters', () => {
    expect(stemArabic('وقتل')).toBe('قتل');
    expect(stemArabic('ورد')).toBe('ورد');
  });
  it('strips plural and pronoun suffixes', () => {
    expect(stemArabic('تحقيقات')).toBe('تحقيق');
    expect(stemArabic('مسلحون')).toBe('مسلح');
    expect(stemArabic('شهادتها')).toBe('شهادت');
  });
});
