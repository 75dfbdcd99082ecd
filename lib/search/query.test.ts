import { describe, expect, it } from 'vitest';
import { SearchParams } from './query';

describe('search parameters', () => {
  it('takes a trimmed query, a locale and a limit', () => {
    expect(SearchParams.parse({ q: '  العفو الدولية ', locale: 'ar', limit: '5' })).toEqual({ q: 'العفو الدولية', locale: 'ar', limit: 5 });
  });

  it.each([
    ['an empty query', { q: '   ' }, 'q must not be empty'],
    ['a query over 200 characters', { q: 'ب'.repeat(201) }, 'q may have at most 200 characters'],
    ['a broken %-escape, which arrives as U+FFFD', { q: 'amnesty\uFFFD%A' }, 'q has invalid percent-encoding'],
    ['an unknown parameter', { q: 'amnesty', debug: '1' }, 'Unrecognized key'],
  ])('refuses %s', (_name, params, message) => {
    const parsed = SearchParams.safeParse(params);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join('; ')).toContain(message);
  });
});
