import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '@/i18n/formats';
import ar from './ar.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );
}

function plurals(elements: MessageFormatElement[]): Array<{ name: string; options: string[] }> {
  return elements.flatMap((el) => {
    if (el.type === TYPE.plural) {
      return [{ name: el.value, options: Object.keys(el.options) }, ...Object.values(el.options).flatMap((o) => plurals(o.value))];
    }
    if (el.type === TYPE.select) return Object.values(el.options).flatMap((o) => plurals(o.value));
    if (el.type === TYPE.tag) return plurals(el.children);
    return [];
  });
}

function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      names.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, names);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, names);
  }
  return names;
}

const flat = { en: flatten(en), ar: flatten(ar) };

describe('UI messages', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(flat.ar).sort()).toEqual(Object.keys(flat.en).sort());
  });

  it('are valid ICU messages with the same arguments in both languages', () => {
    for (const key of Object.keys(flat.en)) {
      expect(() => parse(flat.ar[key]!), key).not.toThrow();
      // e.g. {count} and {section} are used by both, so neither language drops a value.
      expect(argumentsOf(parse(flat.ar[key]!)), key).toEqual(argumentsOf(parse(flat.en[key]!)));
    }
  });

  it('cover all six Arabic plural categories wherever Arabic uses a plural', () => {
    let count = 0;
    for (const [key, message] of Object.entries(flat.ar)) {
      for (const plural of plurals(parse(message))) {
        count++;
        expect(plural.options.sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});

describe('plural counts', () => {
  const t = {
    en: createTranslator({ locale: 'en', messages: en, formats: formatsFor('en'), namespace: 'Section' }),
    ar: createTranslator({ locale: 'ar', messages: ar, formats: formatsFor('ar'), namespace: 'Section' }),
  };

  it('choose the Arabic form that a reader expects for each number', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map((count) => t.ar('count', { count }))).toEqual([
      'لا تقارير بعد',
      'تقرير واحد',
      'تقريران',
      '3 تقارير',
      '10 تقارير',
      '11 تقريرًا',
      '99 تقريرًا',
      '100 تقرير',
      '102 تقرير',
      '103 تقارير',
    ]);
  });

  it('format the number with the locale’s numbering system (Latin digits in Arabic)', () => {
    expect(t.ar('count', { count: 1500 })).toBe('1,500 تقرير');
    expect(t.en('count', { count: 1500 })).toBe('1,500 reports');
    expect([0, 1, 2].map((count) => t.en('count', { count }))).toEqual(['No reports yet', '1 report', '2 reports']);
  });
});
