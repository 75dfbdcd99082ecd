import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { newVisitor, segmentsOf, signIn } from './review-support';
import { expectNoAxeViolations, locales } from './support';

// Each project and language works on a report of its own, so that tests running side by side do not meet.
const keyboardReport: Record<string, Record<string, string>> = {
  desktop: { en: 'syrian-coast-march-violence-timeline', ar: 'baniyas-amnesty-statement-due' },
  mobile: { en: 'yok-and-the-kyrenia-transfer', ar: 'trnc-republican-campus-opens' },
};

const ui = {
  en: { approved: 'Approved', needsWork: 'Needs work', translated: 'Translated', state: 'State', comment: 'Add a comment', send: 'Comment', oneComment: '1 comment', help: 'Keyboard shortcuts' },
  ar: { approved: 'معتمَد', needsWork: 'يحتاج إلى عمل', translated: 'مترجَم', state: 'الحالة', comment: 'أضف تعليقًا', send: 'علّق', oneComment: 'تعليق واحد', help: 'اختصارات لوحة المفاتيح' },
};

for (const locale of locales) {
  test(`a reviewer in ${locale} signs in, filters, approves and comments from the keyboard, and finds it all after a reload`, async ({ browser }, info) => {
    const slug = keyboardReport[info.project.name]![locale]!;
    const context = await newVisitor(browser, { ...info.project.use });
    const page = await context.newPage();
    await signIn(page, locale, 'amal', slug);
    await expectNoAxeViolations(page);

    // Only the translated segments.
    await page.getByLabel(ui[locale].state).selectOption('translated');
    await expect(page).toHaveURL(/\?state=translated$/);
    const rows = page.locator('tr[data-segment]');
    const first = rows.nth(0);
    const firstId = (await first.getAttribute('data-segment'))!;
    const secondId = (await rows.nth(1).getAttribute('data-segment'))!;

    // Focus the first segment, approve it (a), go to the next (j), mark it as needing work (n).
    await first.focus();
    await page.keyboard.press('a');
    await expect(page.locator(`tr[data-segment="${firstId}"]`)).toHaveAttribute('data-state', 'approved');
    await expect(page.getByRole('status')).toContainText(`${firstId}: ${ui[locale].approved}`);
    await page.keyboard.press('j');
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toBeFocused();
    await page.keyboard.press('n');
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toHaveAttribute('data-state', 'draft');

    // Comment on it (c), then the help overlay (?).
    await page.keyboard.press('c');
    const box = page.getByLabel(ui[locale].comment);
    await expect(box).toBeFocused();
    await box.fill(locale === 'en' ? 'The date in the Arabic needs checking.' : 'يجب التحقق من التاريخ في النص الإنجليزي.');
    await page.getByRole('button', { name: ui[locale].send, exact: true }).click();
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toContainText(ui[locale].oneComment);
    await page.locator(`tr[data-segment="${secondId}"]`).focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: ui[locale].help })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // Reload: the filter, the states and the comment are all still there.
    await page.reload();
    await expect(page.getByLabel(ui[locale].state)).toHaveValue('translated');
    await page.getByLabel(ui[locale].state).selectOption('');
    await expect(page.locator(`tr[data-segment="${firstId}"]`)).toHaveAttribute('data-state', 'approved');
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toHaveAttribute('data-state', 'draft');
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toContainText(ui[locale].oneComment);
    await context.close();
  });
}

test('two reviewers change one segment: the second gets the conflict and sees the newer value', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const slug = 'imamoglu-diploma-report-nears';
  const amalContext = await newVisitor(browser);
  const benContext = await newVisitor(browser);
  const amal = await amalContext.newPage();
  const ben = await benContext.newPage();
  await signIn(amal, 'en', 'amal', slug);
  await signIn(ben, 'en', 'ben', slug);
  // Both have the page open with the headline at version 0.
  const row = (page: typeof amal) => page.locator('tr[data-segment="headline"]');
  await row(amal).getByRole('button', { name: 'Approve' }).click();
  await expect(amal.getByRole('status')).toContainText('headline: Approved');

  await row(ben).getByRole('button', { name: 'Needs work' }).click();
  await expect(ben.getByRole('status')).toContainText('someone else changed this segment first');
  await expect(row(ben)).toHaveAttribute('data-state', 'approved');
  await expect(row(ben)).toContainText('Amal Haddad');

  const [headline] = await segmentsOf(amalContext.request, slug);
  expect(headline).toMatchObject({ id: 'headline', state: 'approved', version: 1 });
  await amalContext.close();
  await benContext.close();
});

test('approving every clean segment marks the report as reviewed for readers, and the export says final', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const slug = 'benefit-agm-approves-cash-dividend';
  const context = await newVisitor(browser);
  const page = await context.newPage();
  await page.goto(`/en/reports/${slug}`);
  await expect(page.getByTestId('translation-status')).toHaveAttribute('data-status', 'draft');

  await signIn(page, 'ar', 'amal', slug);
  await page.getByRole('button', { name: /اعتمد كل المقاطع الخالية من الملاحظات/ }).click();
  await expect(page.getByRole('status')).toContainText('اعتُمدت 4 مقاطع');
  await expect(page.getByTestId('progress-text')).toHaveText('4 من 4 معتمَد');

  // The prerendered report page is regenerated after the review.
  await page.goto(`/en/reports/${slug}`);
  await expect(page.getByTestId('translation-status')).toHaveAttribute('data-status', 'reviewed');
  await expect(page.getByTestId('translation-status')).toContainText('Translation reviewed by Jisr’s editors');

  const download = page.waitForEvent('download');
  await page.goto(`/ar/review/${slug}`);
  await page.getByRole('link', { name: 'XLIFF 2.0' }).click();
  const file = await (await download).path();
  const xml = new DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'text/xml');
  const states = Array.from(xml.getElementsByTagName('segment') as unknown as ArrayLike<Element>).map((s) => s.getAttribute('state'));
  expect(states).toEqual(['final', 'final', 'final', 'final']);
  await context.close();
});

test('a read-only account sees the workbench but no controls, and the server refuses its changes', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const slug = 'eu-normalisation-and-accountability';
  const context = await newVisitor(browser);
  const page = await context.newPage();
  await signIn(page, 'en', 'carla', slug);
  await expect(page.getByText('This account can view the workbench but not change it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const response = await context.request.post(`/api/review/${slug}/segments/headline/state`, {
    data: { state: 'approved', baseVersion: 0 },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
  await context.close();
});

test('anonymous readers see the workbench read-only; an anonymous POST gets 401 and changes nothing', async ({ page, request }) => {
  const slug = 'eu-normalisation-and-accountability';
  await page.goto(`/ar/review/${slug}`);
  await expect(page.getByRole('link', { name: 'سجّل الدخول للمراجعة' })).toBeVisible();
  await expect(page.locator('tr[data-segment]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'اعتماد' })).toHaveCount(0);

  const before = await segmentsOf(request, slug);
  const response = await request.post(`/api/review/${slug}/segments/p1/state`, { data: { state: 'approved', baseVersion: 0 } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: 'unauthenticated' });
  expect(await segmentsOf(request, slug)).toEqual(before);
});

test('the session cookie is httpOnly and SameSite', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const context = await newVisitor(browser);
  const page = await context.newPage();
  await signIn(page, 'en', 'ben', 'trnc-explained');
  const cookie = (await context.cookies()).find((c) => c.name.includes('session_token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await context.close();
});
