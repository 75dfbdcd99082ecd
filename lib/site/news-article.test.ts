import { describe, expect, it } from 'vitest';
import { getReport, type Report } from '../content/queries';
import { jsonLdScript, newsArticle } from './news-article';

const englishOriginal = getReport('amnesty-baniyas-war-crimes')!;
const arabicOriginal = getReport('hatay-symbols-not-buildings')!;
const origin = process.env.SITE_URL || 'http://localhost:3000';

describe('NewsArticle JSON-LD', () => {
  it('marks the original with its language and points to its translation', () => {
    const data = newsArticle(englishOriginal, 'en', 'Jisr');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'en',
      url: `${origin}/en/reports/amnesty-baniyas-war-crimes`,
      headline: englishOriginal.headline.en,
      datePublished: englishOriginal.publishedAt,
      workTranslation: [{ '@type': 'NewsArticle', inLanguage: 'ar', url: `${origin}/ar/reports/amnesty-baniyas-war-crimes` }],
    });
    expect(data).not.toHaveProperty('translationOfWork');
  });

  it('marks the translation as a translation of the original, in either direction', () => {
    const data = newsArticle(arabicOriginal, 'en', 'Jisr');
    expect(data).toMatchObject({
      inLanguage: 'en',
      headline: arabicOriginal.headline.en,
      translationOfWork: { inLanguage: 'ar', url: `${origin}/ar/reports/hatay-symbols-not-buildings` },
    });
    expect(data).not.toHaveProperty('workTranslation');
    expect(newsArticle(arabicOriginal, 'ar', 'جسر')).toMatchObject({ inLanguage: 'ar', workTranslation: [{ inLanguage: 'en' }] });
  });

  it('claims no translation while the headline is untranslated: that page is the original', () => {
    const untranslated: Report = { ...arabicOriginal, headline: { ar: arabicOriginal.headline.ar } };
    const data = newsArticle(untranslated, 'en', 'Jisr');
    expect(data).toMatchObject({ inLanguage: 'ar', headline: arabicOriginal.headline.ar });
    expect(data).not.toHaveProperty('translationOfWork');
    expect(newsArticle(untranslated, 'ar', 'جسر')).not.toHaveProperty('workTranslation');
  });

  it('cannot be closed early by the text inside it', () => {
    const hostile: Report = { ...englishOriginal, headline: { en: 'Ends here </script><script>alert(1)</script>' } };
    const script = jsonLdScript(newsArticle(hostile, 'en', 'Jisr'));
    expect(script).not.toContain('<');
    expect(JSON.parse(script).headline).toBe('Ends here </script><script>alert(1)</script>');
  });
});
