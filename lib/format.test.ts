import { describe, expect, it } from 'vitest';
import { formatDate, formatHijri, formatNumber, isoDay } from './format';

// 11:00 in the newsroom (UTC+3) is 08:00 UTC.
const published = new Date('2025-04-03T08:00:00Z');
const bidiMarks = /[\u200e\u200f\u061c]/g;

describe('formatHijri', () => {
  it('gives the Umm al-Qura date of the newsroom’s day, in each language', () => {
    // 4 April 2025 was 6 Shawwal 1446; at 22:30 UTC on 3 April it is already the 4th in the newsroom.
    expect(formatHijri(new Date('2025-04-03T22:30:00Z'), 'en')).toBe('6 Shawwal 1446 AH');
    expect(formatHijri(new Date('2025-04-04T09:00:00Z'), 'ar')).toBe('6 شوال 1446 هـ');
    expect(formatHijri(new Date('2025-04-04T09:00:00Z'), 'ar', 'arab')).toBe('٦ شوال ١٤٤٦ هـ');
  });
});

describe('formatDate', () => {
  it('writes the date line as the seed portal does, in each language', () => {
    expect(formatDate(new Date('2025-04-04T09:00:00Z'), 'dateline', 'en')).toBe('Friday, 4 April 2025');
    expect(formatDate(new Date('2025-04-04T09:00:00Z'), 'dateline', 'ar')).toBe('الجمعة، 4 أبريل 2025');
  });

  it('uses Latin digits for Arabic by default and Arabic-Indic digits on request', () => {
    expect(formatDate(published, 'short', 'ar')).toBe('3 أبريل 2025');
    expect(formatDate(published, 'short', 'ar', 'arab')).toBe('٣ أبريل ٢٠٢٥');
    expect(formatDate(published, 'short', 'ar', 'arab')).not.toMatch(/[0-9]/);
  });

  it('shows times in the newsroom’s zone with an offset, not the server’s zone, winter and summer alike', () => {
    expect(formatDate(new Date('2025-01-10T09:00:00Z'), 'published', 'en')).toBe('10 January 2025 at 12:00 GMT+3');
    expect(formatDate(published, 'published', 'en')).toBe('3 April 2025 at 11:00 GMT+3');
    // A left-to-right mark keeps the offset's sign before its digits in Arabic text.
    expect(formatDate(published, 'published', 'ar')).toBe('3 أبريل 2025 في 11:00 ص غرينتش\u200e+3');
  });

  it('takes the calendar day in the newsroom’s zone', () => {
    // 22:30 UTC on 3 April is already 4 April in the newsroom.
    const late = new Date('2025-04-03T22:30:00Z');
    expect(isoDay(late)).toBe('2025-04-04');
    expect(formatDate(late, 'dateline', 'en')).toBe('Friday, 4 April 2025');
  });
});

describe('formatNumber', () => {
  it('groups thousands and marks the decimal point in each numbering system', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ar')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ar', 'arab')).toBe('١٬٢٣٤٫٥');
  });

  it('keeps the bidi mark that holds a minus sign before Latin digits in Arabic text', () => {
    const negative = formatNumber(-15, 'ar');
    expect(negative).toBe('\u200e-15');
    expect(negative.replace(bidiMarks, '')).toBe('-15');
    // English needs no mark.
    expect(formatNumber(-15, 'en')).toBe('-15');
  });
});
