import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { newVisitor, password, people, segmentsOf, signIn } from './review-support';
import { expectNoAxeViolations, locales } from './support';

// Each project and language works on a report of its own, so that tests running side by side do not meet.
const keyboardReport: Record<string, Record<string, string>> = {
  desktop: { en: 'syrian-coast-march-violence-timeline', ar: 'baniyas-amnesty-statement-due' },
  mobile: { en: 'yok-and-the-kyrenia-transfer', ar: 'trnc-republican-campus-opens' },
};

const ui = {
  en: { approved: 'Approved', needsWork: 'Needs work', translated: 'Translated', state: 'State', comment: 'Add a comment', send: 'Comment', oneComment: '1 comment', help: 'Keyboard shortcuts', history: 'History' },
  ar: { approved: 'معتمَد', needsWork: 'يحتاج إلى تعديل', translated: 'مترجَم', state: 'الحالة', comment: 'أضف تعليقًا', send: 'علّق', oneComment: 'تعليق واحد', help: 'اختصارات لوحة المفاتيح', history: 'السجل' },
};

/**
 * A shortcut as the page receives it. In Arabic the reviewer types on an Arabic layout, where the physical J key
 * gives ت: the shortcuts must follow the key, not the letter.
 */
const arabicLayout: Record<string, string> = { KeyA: 'ش', KeyJ: 'ت', KeyN: 'ى', KeyC: 'ؤ', KeyH: 'ا', KeyR: 'ق' };
async function shortcut(page: import('@playwright/test').Page, locale: 'en' | 'ar', code: string) {
  if (locale === 'en') return page.keyboard.press(code);
  await page.evaluate(
    ([code, key]) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true })),
    [code, arabicLayout[code]!] as const,
  );
}

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

    // Straight after the page loads, before focus is anywhere near the table: approve the first segment (A), see
    // it in its history at once (H), go to the next (J) and mark it as needing work (N).
    await shortcut(page, locale, 'KeyA');
    await expect(page.locator(`tr[data-segment="${firstId}"]`)).toHaveAttribute('data-state', 'approved');
    await expect(page.getByRole('status')).toContainText(`${firstId}: ${ui[locale].approved}`);
    await shortcut(page, locale, 'KeyH');
    const history = page.getByRole('region', { name: ui[locale].history });
    await expect(history).toContainText(locale === 'en' ? 'Translated → Approved' : 'مترجَم ← معتمَد');
    await shortcut(page, locale, 'KeyH');
    await expect(history).toBeHidden();
    await shortcut(page, locale, 'KeyJ');
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toBeFocused();
    await shortcut(page, locale, 'KeyN');
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toHaveAttribute('data-state', 'draft');

    // Comment on it (C); Escape leaves the box and closes the panel; then the help overlay (?).
    await shortcut(page, locale, 'KeyC');
    const box = page.getByLabel(ui[locale].comment);
    await expect(box).toBeFocused();
    await box.fill(locale === 'en' ? 'The date in the Arabic needs checking.' : 'يجب التحقق من التاريخ في النص الإنجليزي.');
    await page.getByRole('button', { name: ui[locale].send, exact: true }).click();
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toContainText(ui[locale].oneComment);
    await box.focus();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(page.locator(`tr[data-segment="${secondId}"]`)).toBeFocused();
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
  await expect(page.getByRole('group', { name: /أتعتمد/ })).toContainText('أتعتمد المقاطع الظاهرة الخالية من الملاحظات، وعددها 4؟');
  await page.getByRole('button', { name: 'اعتمدها' }).click();
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

test('approving in a batch leaves alone what needs work and what the filter hides, and can be undone', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const slug = 'hatay-symbols-not-buildings';
  const context = await newVisitor(browser);
  const page = await context.newPage();
  await signIn(page, 'en', 'ben', slug);
  const segments = await segmentsOf(context.request, slug);
  const clean = segments.filter((s) => s.target !== undefined && s.checks.length === 0);
  const [needsWork, ...rest] = clean;
  expect(rest.length).toBeGreaterThanOrEqual(2);
  await page.locator(`tr[data-segment="${needsWork!.id}"]`).getByRole('button', { name: 'Needs work' }).click();
  await expect(page.locator(`tr[data-segment="${needsWork!.id}"]`)).toHaveAttribute('data-state', 'draft');

  // Filter to translated segments: the one needing work is not shown, and must not be approved.
  await page.getByLabel('State').selectOption('translated');
  const shown = await page.locator('tr[data-segment]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-segment')!));
  expect(shown).not.toContain(needsWork!.id);
  const expected = rest.filter((s) => shown.includes(s.id)).length;
  await page.getByRole('button', { name: `Approve all segments without findings (${expected})` }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await segmentsOf(context.request, slug)).filter((s) => s.state === 'approved')).toHaveLength(0);
  await page.getByRole('button', { name: /Approve all segments without findings/ }).click();
  await page.getByRole('button', { name: 'Approve them' }).click();
  await expect(page.getByRole('status')).toContainText(`Approved ${expected} segments`);
  const after = await segmentsOf(context.request, slug);
  expect(after.find((s) => s.id === needsWork!.id)!.state).toBe('draft');
  expect(after.filter((s) => s.state === 'approved').map((s) => s.id).sort()).toEqual(rest.filter((s) => shown.includes(s.id)).map((s) => s.id).sort());

  // The history says it was a batch; Undo puts every one back.
  await page.locator(`tr[data-segment="${rest[0]!.id}"]`).getByRole('button', { name: /comment/ }).click();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Translated → Approved (approved in a batch)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText(`Batch approval undone for ${expected} segments.`);
  expect((await segmentsOf(context.request, slug)).filter((s) => s.state === 'approved')).toHaveLength(0);
  await context.close();
});

test('without JavaScript the workbench shows the segments and working filters, and no dead buttons', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the markup');
  const context = await newVisitor(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/review/trnc-explained');
  await expect(page.locator('tr[data-segment]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'اعتماد' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /اعتمد كل المقاطع/ })).toBeHidden();
  await page.getByLabel('الحالة').selectOption('missing');
  await page.getByRole('button', { name: 'تطبيق' }).click();
  await expect(page).toHaveURL(/\?state=missing/);
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

for (const locale of locales) {
  test(`without JavaScript a reviewer in ${locale} signs in, and a wrong password says so without leaving it in the address`, async ({ browser }, info) => {
    const context = await newVisitor(browser, { ...info.project.use, javaScriptEnabled: false });
    const page = await context.newPage();
    const ui = locale === 'en' ? { email: 'Email address', password: 'Password', submit: 'Sign in', failed: 'That email address and password do not match an account.' } : { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'دخول', failed: 'لا يطابق' };
    await page.goto(`/${locale}/review/sign-in?next=/${locale}/review`);
    const main = page.getByRole('main');
    await main.getByLabel(ui.email).fill(people.ben.email);
    await main.getByLabel(ui.password).fill('not-the-password');
    await main.getByRole('button', { name: ui.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/review/sign-in\\?`));
    expect(page.url()).not.toContain('not-the-password');
    await expect(main.getByRole('alert')).toContainText(ui.failed);

    await main.getByLabel(ui.email).fill(people.ben.email);
    await main.getByLabel(ui.password).fill(password());
    await main.getByRole('button', { name: ui.submit }).click();
    await expect(page).toHaveURL(`/${locale}/review`);
    expect(page.url()).not.toContain('password');
    await expect(page.getByText(people.ben.name)).toBeVisible();
    await context.close();
  });
}
