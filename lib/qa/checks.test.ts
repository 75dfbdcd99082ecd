import { describe, expect, it } from 'vitest';
import {
  checkArabicHygiene,
  checkArabicPunctuation,
  checkBrackets,
  checkEmpty,
  checkEndPunctuation,
  checkGlossary,
  checkLengthRatio,
  checkNumbers,
  checkPair,
  checkUnchanged,
  checkUrls,
  checkWhitespace,
  findInconsistent,
  type Pair,
} from './checks';

const enToAr = (source: string, target?: string): Pair => ({ source, target, sourceLang: 'en', targetLang: 'ar' });
const arToEn = (source: string, target?: string): Pair => ({ source, target, sourceLang: 'ar', targetLang: 'en' });

const glossary = [
  { en: 'war crimes', ar: ['جرائم حرب'] },
  { en: 'Amnesty International', ar: ['منظمة العفو الدولية', 'العفو الدولية'], variants: ['Amnesty'] },
  { en: 'YÖK', ar: ['مجلس التعليم العالي'] },
];

describe('empty', () => {
  it('flags a missing or blank target when the source has words or numbers', () => {
    expect(checkEmpty(arToEn('قتل أكثر من 100 شخص.'))).toEqual([{ id: 'empty', severity: 'error', message: 'the target is missing or blank' }]);
    expect(checkEmpty(enToAr('More than 100 killed.', '   '))).toHaveLength(1);
    expect(checkEmpty(enToAr('١٥', ''))).toHaveLength(1);
  });
  it('accepts any target, and a source with nothing to translate', () => {
    expect(checkEmpty(enToAr('More than 100 killed.', 'قتل أكثر من 100 شخص.'))).toEqual([]);
    expect(checkEmpty(arToEn('— ؟', undefined))).toEqual([]);
  });
});

describe('unchanged', () => {
  it('flags a target identical to the source once normalized', () => {
    expect(checkUnchanged(arToEn('بانياس ١٥', 'بانياس 15'))).toMatchObject([{ id: 'unchanged', message: 'the target is the same as the source' }]);
  });
  it('flags an Arabic target with no Arabic letter when the source has Latin words', () => {
    expect(checkUnchanged(enToAr('Amnesty said so.', 'Amnesty said so!'))).toMatchObject([{ message: 'the Arabic target has no Arabic letters' }]);
  });
  it('accepts real translations, and strings with no letters', () => {
    expect(checkUnchanged(enToAr('Baniyas', 'بانياس'))).toEqual([]);
    expect(checkUnchanged(arToEn('٢٠٢٥', '2025'))).toEqual([]);
    expect(checkUnchanged(enToAr('(YÖK)', 'مجلس التعليم العالي (YÖK)'))).toEqual([]);
  });
});

describe('numbers', () => {
  it('treats 15 and ١٥, 1,500 and ١٬٥٠٠, 1.5 and ١٫٥ as equal', () => {
    expect(checkNumbers(enToAr('15 people', '١٥ شخصا'))).toEqual([]);
    expect(checkNumbers(enToAr('1,500 homes and 1.5 km', '١٬٥٠٠ منزل و١٫٥ كيلومتر'))).toEqual([]);
    expect(checkNumbers(arToEn('في 8 و9 مارس 2025', 'on 8 and 9 March 2025'))).toEqual([]);
  });
  it('says what the target lacks and what it has extra', () => {
    expect(checkNumbers(enToAr('It investigated 32 killings.', 'حققت في ٢٣ حالة قتل.'))).toEqual([
      { id: 'numbers', severity: 'error', message: 'the target lacks 32; it has 23 extra', params: { missing: ['32'], extra: ['23'] } },
    ]);
    expect(checkNumbers(arToEn('قتل أكثر من 100 شخص في 8 و9 مارس', 'More than 100 were killed on 8 March.'))).toMatchObject([{ message: 'the target lacks 9' }]);
  });
  it('reads a scale word as part of the number, in both languages', () => {
    expect(checkNumbers(enToAr('Some 100,000 people fled.', 'فرّ نحو 100 ألف شخص.'))).toEqual([]);
    expect(checkNumbers(arToEn('خسائر بقيمة ٢٫٥ مليار دولار', 'losses of 2.5 billion dollars'))).toEqual([]);
    expect(checkNumbers(enToAr('3 million voters', 'ثلاثة آلاف ناخب و3 آلاف'))).toMatchObject([{ params: { missing: ['3000000'], extra: ['3000'] } }]);
  });
  it('counts repeated numbers', () => {
    expect(checkNumbers(enToAr('10 and 10', '10 و'))).toMatchObject([{ message: 'the target lacks 10' }]);
  });
});

describe('end-punctuation', () => {
  it('matches a ? ending with ؟, a comma with ، and a semicolon with ؛', () => {
    expect(checkEndPunctuation(enToAr('What was the Alawite State?', 'ما قصة دولة العلويين؟'))).toEqual([]);
    expect(checkEndPunctuation(arToEn('أولا،', 'First,'))).toEqual([]);
    expect(checkEndPunctuation(enToAr('as follows;', 'كما يلي؛'))).toEqual([]);
  });
  it('looks past closing quotes and brackets', () => {
    expect(checkEndPunctuation(enToAr('He said “expel the Turks.”', 'قال «اطردوا الأتراك.»'))).toEqual([]);
    expect(checkEndPunctuation(arToEn('قال «اطردوا الأتراك»', 'He said “expel the Turks”'))).toEqual([]);
  });
  it('flags different endings, naming both', () => {
    expect(checkEndPunctuation(enToAr('Is it over?', 'انتهى الأمر.'))).toMatchObject([
      { id: 'end-punctuation', message: 'the source ends with a question mark, the target with a full stop', params: { source: 'question-mark', target: 'full-stop' } },
    ]);
    expect(checkEndPunctuation(arToEn('انتظر…', 'Wait.'))).toMatchObject([{ message: 'the source ends with an ellipsis, the target with a full stop' }]);
    expect(checkEndPunctuation(enToAr('A headline', 'عنوان.'))).toMatchObject([{ message: 'the source ends with no punctuation, the target with a full stop' }]);
  });
});

describe('arabic-punctuation', () => {
  it('flags a Latin comma, semicolon or question mark right after an Arabic letter', () => {
    expect(checkArabicPunctuation(enToAr('Who, and why?', 'من, ولماذا?'))).toEqual([
      { id: 'arabic-punctuation', severity: 'warning', message: 'Latin ",", "?" after an Arabic letter (use ، ؟)', params: { marks: [',', '?'], place: 'target' } },
    ]);
    // In an Arabic original the finding says so: the translator cannot fix it, the author can.
    expect(checkArabicPunctuation(arToEn('قالت المنظمة; ثم', 'The group said; then'))).toMatchObject([{ message: 'Latin ";" after an Arabic letter in the source (use ؛)', params: { place: 'source' } }]);
  });
  it('accepts Arabic marks, numbers and addresses', () => {
    expect(checkArabicPunctuation(enToAr('Who, and why?', 'من، ولماذا؟'))).toEqual([]);
    expect(checkArabicPunctuation(enToAr('1,500 and 2', 'عدد 1,500 و2'))).toEqual([]);
    expect(checkArabicPunctuation(enToAr('See x.org?a=b,c', 'انظر https://x.org/بيان?a=b,c'))).toEqual([]);
  });
});

describe('whitespace', () => {
  it('flags a double space and leading or trailing spaces the source lacks', () => {
    expect(checkWhitespace(enToAr('Two words.', 'كلمتان  اثنتان.'))).toMatchObject([{ message: 'the target has a double space' }]);
    expect(checkWhitespace(arToEn('نص', ' text '))).toMatchObject([{ message: 'the target has different leading whitespace and different trailing whitespace' }]);
  });
  it('accepts matching spacing', () => {
    expect(checkWhitespace(enToAr('Two  spaces in source', 'مسافتان  في المصدر'))).toEqual([]);
  });
});

describe('brackets', () => {
  it('flags unbalanced brackets and guillemets and an odd number of straight quotes', () => {
    expect(checkBrackets(enToAr('(x)', '(مجلس التعليم العالي'))).toMatchObject([{ message: 'the target has an unclosed (' }]);
    expect(checkBrackets(enToAr('“x”', '«اطردوا الأتراك'))).toMatchObject([{ message: 'the target has an unclosed «' }]);
    expect(checkBrackets(arToEn('«x»', 'He said "expel'))).toMatchObject([{ message: 'the target has an odd number of "' }]);
    expect(checkBrackets(enToAr('x', 'نص (بين] قوسين'))).toMatchObject([
      { message: 'the target has an unmatched ], an unclosed (', params: { problems: ['unmatched:]', 'unclosed:('] } },
    ]);
  });
  it('accepts balanced pairs, nested', () => {
    expect(checkBrackets(enToAr('x', 'قال «الدولة (العلوية) [سابقا]» و“ذلك”'))).toEqual([]);
  });
});

describe('urls', () => {
  it('flags links, addresses, handles and hashtags that differ', () => {
    expect(checkUrls(enToAr('See https://amnesty.org/en and @amnesty', 'انظر https://amnesty.org/ar'))).toEqual([
      {
        id: 'urls',
        severity: 'error',
        message: 'the target lacks https://amnesty.org/en, @amnesty; it has https://amnesty.org/ar extra',
        params: { missing: ['https://amnesty.org/en', '@amnesty'], extra: ['https://amnesty.org/ar'] },
      },
    ]);
    expect(checkUrls(arToEn('راسلونا على desk@jisr.example #بانياس', 'Write to desk@jisr.example'))).toMatchObject([{ message: 'the target lacks #بانياس' }]);
  });
  it('accepts the same links with different punctuation around them', () => {
    expect(checkUrls(enToAr('Read https://amnesty.org/x.', 'اقرأ https://amnesty.org/x،'))).toEqual([]);
    expect(checkUrls(enToAr('No links, just C# and 5@home', 'لا روابط'))).toEqual([]);
  });
});

describe('glossary', () => {
  it('flags an English term whose approved Arabic is absent, after Arabic normalization', () => {
    expect(checkGlossary(enToAr('Amnesty called them war crimes.', 'وصفتها المنظمة بأنها جرائم.'), glossary)).toMatchObject([
      { id: 'glossary', message: 'the target does not use the approved rendering of "war crimes" (جرائم حرب)' },
    ]);
    // Diacritics, alef forms and taa marbuta do not matter.
    expect(checkGlossary(enToAr('war crimes', 'جَرائِمُ حَرْبٍ'), glossary)).toEqual([]);
  });
  it('finds a term with the article, a joined preposition or a suffix', () => {
    const terms = [...glossary, { en: 'French Mandate', ar: ['الانتداب الفرنسي'] }, { en: 'Alawite', ar: ['علوي'] }];
    expect(checkGlossary(enToAr('war crimes', 'وصفتها بجرائم الحرب'), terms)).toEqual([]);
    expect(checkGlossary(enToAr('under the French Mandate', 'خضعت للانتداب الفرنسي'), terms)).toEqual([]);
    expect(checkGlossary(enToAr('Alawite villages', 'قرى العلويين'), terms)).toEqual([]);
    // The words must come together and in order, and be whole words.
    expect(checkGlossary(enToAr('the French Mandate', 'الانتداب البريطاني لا الفرنسي'), terms)).toMatchObject([{ params: { terms: ['French Mandate'] } }]);
    expect(checkGlossary(enToAr('war crimes', 'جرائمهم في الحربية'), terms)).toMatchObject([{ params: { terms: ['war crimes'] } }]);
  });
  it('names each missing term and its approved renderings separately, for the interface to quote', () => {
    expect(checkGlossary(enToAr('Amnesty International cited war crimes.', 'ذكرت المنظمة انتهاكات.'), glossary)).toMatchObject([
      { params: { terms: ['war crimes', 'Amnesty International'], renderings: ['جرائم حرب', 'منظمة العفو الدولية / العفو الدولية'] } },
    ]);
  });
  it('checks Arabic sources against the English term or its variants', () => {
    expect(checkGlossary(arToEn('قالت منظمة العفو الدولية', 'Amnesty said'), glossary)).toEqual([]);
    expect(checkGlossary(arToEn('بيان مجلس التعليم العالي', 'The council said'), glossary)).toMatchObject([{ message: 'the target does not use the approved rendering of "مجلس التعليم العالي" (YÖK)' }]);
  });
  it('matches acronyms exactly and other terms regardless of case', () => {
    expect(checkGlossary(enToAr('yök is a word here', 'كلمة'), glossary)).toEqual([]);
    expect(checkGlossary(enToAr('War crimes were committed', 'ارتكبت جرائم حرب'), glossary)).toEqual([]);
  });
});

describe('arabic-hygiene', () => {
  it('flags tatweel, mixed digits, an added invisible control and a repeated word', () => {
    expect(checkArabicHygiene(enToAr('x', 'العلويـــين'))).toMatchObject([{ message: 'tatweel' }]);
    expect(checkArabicHygiene(enToAr('8 and 9', 'في 8 و٩'))).toMatchObject([{ message: 'Latin and Arabic-Indic digits mixed' }]);
    expect(checkArabicHygiene(enToAr('in the city', 'في\u200f المدينة'))).toMatchObject([{ message: 'invisible control U+200F' }]);
    expect(checkArabicHygiene(enToAr('in the city', 'في في المدينة'))).toMatchObject([{ message: '"في" twice in a row' }]);
    expect(checkArabicHygiene(arToEn('قال قال', 'he said'))).toMatchObject([{ message: 'the source has "قال" twice in a row', params: { problems: ['source:repeated:قال'] } }]);
  });
  it('accepts clean Arabic, and a control the source has too', () => {
    expect(checkArabicHygiene(enToAr('In 2025, 32 cases.', 'في عام 2025، 32 حالة.'))).toEqual([]);
    expect(checkArabicHygiene(enToAr('a\u200fb', 'أ\u200fب'))).toEqual([]);
    expect(checkArabicHygiene(enToAr('x', 'قالت: «نعم، نعم» ثم'))).toEqual([]);
  });
});

describe('length-ratio', () => {
  const english = 'Amnesty International said militias killed more than 100 people in Baniyas.';
  it('flags a target far shorter than the language pair allows', () => {
    expect(checkLengthRatio(enToAr(english, 'قالت المنظمة.'))).toMatchObject([{ id: 'length-ratio', params: { min: 0.5, max: 1.4 } }]);
    expect(checkLengthRatio(arToEn('قالت منظمة العفو الدولية إن ميليشيات قتلت أكثر من 100 شخص في بانياس.', 'Amnesty spoke.'))).toHaveLength(1);
  });
  it('accepts a normal translation and ignores short sources', () => {
    expect(checkLengthRatio(enToAr(english, 'قالت منظمة العفو الدولية إن ميليشيات قتلت أكثر من 100 شخص في بانياس.'))).toEqual([]);
    expect(checkLengthRatio(arToEn('ما مجلس التعليم العالي؟', 'What is YÖK?'))).toEqual([]);
  });
});

describe('inconsistent', () => {
  it('flags every member of a group whose identical sources got different targets', () => {
    const flagged = findInconsistent([
      { key: 'a', pair: enToAr('Background', 'خلفية') },
      { key: 'b', pair: enToAr('Background ', 'الخلفية') },
      { key: 'c', pair: enToAr('Background', 'خلفية') },
      { key: 'd', pair: enToAr('What happened', 'ما الذي جرى') },
    ]);
    expect([...flagged.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(flagged.get('a')).toMatchObject({ id: 'inconsistent', severity: 'warning', message: 'the same source is translated 2 different ways across the reports' });
  });
  it('does not flag the same translation, written with other digits', () => {
    expect(findInconsistent([{ key: 'a', pair: arToEn('في 2025', 'In 2025') }, { key: 'b', pair: arToEn('في ٢٠٢٥', 'In 2025') }]).size).toBe(0);
  });
});

describe('a clean pair', () => {
  it('passes every check, in both directions', () => {
    expect(checkPair(enToAr('Amnesty International called the killings war crimes, citing 32 cases.', 'وصفت منظمة العفو الدولية عمليات القتل بأنها جرائم حرب، مستندة إلى 32 حالة.'), glossary)).toEqual([]);
    expect(checkPair(arToEn('هل تعترف أوروبا بالخطأ؟ قالت «العفو الدولية» إن الرد يجب أن يكون خلال ١٥ يوما.', 'Will Europe admit the mistake? Amnesty said the answer should come within 15 days.'), glossary)).toEqual([]);
  });
});
