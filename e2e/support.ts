import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const locales = ['en', 'ar'] as const;
export type Locale = (typeof locales)[number];

/** Real reports from content/, chosen for what they exercise. */
export const slugs = {
  /** English original with sub-headings and a quote block, part of a story. */
  main: 'amnesty-baniyas-war-crimes',
  /** Arabic translation partly pending. */
  pending: 'easter-message-mistranslation',
  /** Arabic original. */
  arabicOriginal: 'baniyas-amnesty-statement-due',
  /** Explainer with an illustration. */
  explainer: 'alawite-state-explained',
};

/** One of each page type. */
export const pageTypes = {
  front: '',
  section: '/sections/syria',
  single: `/reports/${slugs.main}`,
  parallel: `/reports/${slugs.main}/parallel`,
  interleaved: `/reports/${slugs.main}/interleaved`,
  pending: `/reports/${slugs.pending}`,
  explainer: `/reports/${slugs.explainer}/parallel`,
  tag: '/tags/alawites',
  laterPage: '/sections/syria/page/2',
  cartoons: '/sections/caricature',
  popular: '/popular',
  search: '/search?q=Amnesty',
  newsletterSent: '/newsletter/check-email',
  newsletterError: '/newsletter/invalid-email',
  outbox: '/dev/outbox',
  saved: '/saved',
  offline: '/offline',
  notFound: '/reports/no-such-report',
  reviewQueue: '/review',
  workbench: `/review/${slugs.pending}`,
} as const;

/** Page types rendered per request rather than prerendered. */
export const dynamicPageTypes: ReadonlySet<string> = new Set(['notFound', 'reviewQueue', 'workbench', 'popular', 'search', 'outbox']);

/** The reading settings panel's name in each language. */
export const settingsLabel = { en: 'Reading settings', ar: 'إعدادات القراءة' } as const;

/** Opens the reading settings panel from the header, as a reader would. */
export async function openSettings(page: Page) {
  const panel = page.locator('details[data-settings]');
  if (!(await panel.getAttribute('open').then((v) => v !== null))) await panel.locator('summary').click();
  await expect(panel.locator('form')).toBeVisible();
}

export const dirOf = (locale: Locale) => (locale === 'ar' ? 'rtl' : 'ltr');

/** HTTP-only checks run once, not once per viewport. */
export function desktopOnly() {
  test.skip(({ isMobile }) => isMobile, 'the same at every viewport');
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}
