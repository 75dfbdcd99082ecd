import type { Locale } from '../locales';

/** Where to go after signing in: only addresses inside the review pages are followed, anything else goes to the queue. */
export function safeNext(next: unknown, locale: Locale): string {
  const value = Array.isArray(next) ? next[0] : next;
  return typeof value === 'string' && new RegExp(`^/${locale}/review(?:[/?#]|$)`).test(value) && !value.includes('//') ? value : `/${locale}/review`;
}
