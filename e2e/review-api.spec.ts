import { expect, test } from '@playwright/test';
import { baseOrigin, newVisitor, password, people, segmentsOf, signInApi } from './review-support';

// Bad input to the review API: always a JSON error with a 4xx status, never a 500, and nothing written.
test.describe('review API input', () => {
  test.skip(({ isMobile }) => isMobile, 'the same at every viewport');

  const slug = 'alawite-state-explained';
  const url = `/api/review/${slug}/segments/p1/state`;

  test('malformed requests get a 4xx JSON error and change nothing', async ({ browser }) => {
    const context = await newVisitor(browser);
    const request = context.request;
    await signInApi(request, 'amal');
    const before = await segmentsOf(request, slug);
    const origin = { origin: baseOrigin() };
    const cases: Array<[string, Promise<import('@playwright/test').APIResponse>, number, string]> = [
      ['invalid JSON', request.post(url, { headers: { ...origin, 'content-type': 'application/json' }, data: Buffer.from('{"state": "approved",') }), 400, 'invalid_json'],
      ['wrong content type', request.post(url, { headers: { ...origin, 'content-type': 'text/plain' }, data: Buffer.from('state=approved') }), 415, 'unsupported_media_type'],
      ['a form post', request.post(url, { headers: origin, form: { state: 'approved', baseVersion: '0' } }), 415, 'unsupported_media_type'],
      ['a missing field', request.post(url, { headers: origin, data: { state: 'approved' } }), 400, 'invalid_body'],
      ['an extra field', request.post(url, { headers: origin, data: { state: 'approved', baseVersion: 0, admin: true } }), 400, 'invalid_body'],
      ['an unknown state', request.post(url, { headers: origin, data: { state: 'published', baseVersion: 0 } }), 400, 'invalid_body'],
      ['a negative version', request.post(url, { headers: origin, data: { state: 'approved', baseVersion: -1 } }), 400, 'invalid_body'],
      ['a huge body', request.post(url, { headers: origin, data: { state: 'approved', baseVersion: 0, reason: 'x'.repeat(40_000) } }), 413, 'payload_too_large'],
      ['an unknown report', request.post(`/api/review/no-such-report/segments/p1/state`, { headers: origin, data: { state: 'approved', baseVersion: 0 } }), 404, 'report_not_found'],
      ['an unknown segment', request.post(`/api/review/${slug}/segments/p99/state`, { headers: origin, data: { state: 'approved', baseVersion: 0 } }), 404, 'segment_not_found'],
      ['invalid percent-encoding', request.post(`/api/review/${slug}/segments/%E0%A4%A/state`, { headers: origin, data: { state: 'approved', baseVersion: 0 } }), 400, 'bad_encoding'],
      ['another site', request.post(url, { headers: { origin: 'https://evil.example' }, data: { state: 'approved', baseVersion: 0 } }), 403, 'cross_site'],
      ['an empty comment', request.post(`/api/review/${slug}/segments/p1/comments`, { headers: origin, data: { body: '   ' } }), 400, 'invalid_body'],
      ['an unknown export format', request.get(`/api/review/${slug}/export/docx`), 404, 'format_not_found'],
      ['an unknown API', request.get('/api/nothing/here'), 404, 'not_found'],
      ['a report that does not exist, to QA', request.get('/api/reports/no-such-report/qa'), 404, 'report_not_found'],
    ];
    for (const [what, pending, status, code] of cases) {
      const response = await pending;
      expect(response.status(), what).toBe(status);
      expect(response.headers()['content-type'], what).toContain('application/json');
      expect((await response.json()).error, what).toBe(code);
    }
    expect(await segmentsOf(request, slug)).toEqual(before);
    await context.close();
  });

  test('a segment without a translation cannot be approved', async ({ browser }) => {
    const context = await newVisitor(browser);
    await signInApi(context.request, 'amal');
    const response = await context.request.post('/api/review/easter-message-mistranslation/segments/p5/state', {
      headers: { origin: baseOrigin() },
      data: { state: 'approved', baseVersion: 0 },
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'no_target' });
    await context.close();
  });

  test('failed sign-ins are rate-limited per address and per account', async ({ browser }) => {
    const attempt = async (context: import('@playwright/test').BrowserContext, email: string, pass: string) =>
      (await context.request.post('/api/auth/sign-in/email', { headers: { origin: baseOrigin() }, data: { email, password: pass } })).status();
    // From one address: five attempts a minute, then 429.
    const one = await newVisitor(browser);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt(one, `nobody${i}@jisr.test`, 'not the password'));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // One account from many addresses: after five failures even the right password waits.
    const victim = 'locked@jisr.test';
    const perAccount = [];
    for (let i = 0; i < 6; i++) perAccount.push(await attempt(await newVisitor(browser), victim, 'not the password'));
    expect(perAccount).toEqual([401, 401, 401, 401, 401, 429]);
    // Other accounts are not affected.
    expect(await attempt(await newVisitor(browser), people.ben.email, password())).toBe(200);
  });
});

test('the QA endpoint returns the checks of one report in the public JSON shape', async ({ request, isMobile }) => {
  test.skip(isMobile, 'the same at every viewport');
  const response = await request.get('/api/reports/easter-message-mistranslation/qa');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.reports).toHaveLength(1);
  expect(body.reports[0].slug).toBe('easter-message-mistranslation');
  const p5 = body.reports[0].segments.find((s: { id: string }) => s.id === 'p5');
  expect(p5.checks).toEqual([{ id: 'empty', severity: 'error', message: 'the target is missing or blank' }]);
});
