import { describe, expect, it } from 'vitest';
import { tempDbPerTest } from '../db/temp-db';
import { subscriber } from '../db/schema';
import { confirm, outboxMessages, subscribe, unsubscribe, withinLimit, type Compose } from './store';

const db = tempDbPerTest();

const urls = { confirm: (t: string) => `https://jisr.test/confirm?token=${t}`, unsubscribe: (t: string) => `https://jisr.test/unsubscribe?token=${t}` };
const compose: Compose = async (kind, locale, links, editions) => ({
  subject: `${kind} ${locale}`,
  body: [editions.join('+'), links.confirm ?? '', links.unsubscribe].join('\n'),
});

/** The token in the newest message's link of the given kind. */
async function tokenIn(kind: 'confirm' | 'unsubscribe') {
  const [latest] = await outboxMessages(db(), 1);
  return new RegExp(`/${kind}\\?token=([\\w-]+)`).exec(latest!.body)![1]!;
}

const row = async () => (await db().select().from(subscriber))[0]!;

describe('subscribing', () => {
  it('is pending until the link in the confirmation message is used, then confirmed with a welcome', async () => {
    expect(await subscribe(db(), { email: '  Reader@Example.org ', editions: ['ar'], locale: 'ar' }, urls, compose)).toBe('confirmation-sent');
    expect(await row()).toMatchObject({ email: 'reader@example.org', status: 'pending', editions: 'ar', locale: 'ar' });
    const [message] = await outboxMessages(db());
    expect(message).toMatchObject({ recipient: 'reader@example.org', kind: 'confirm', subject: 'confirm ar' });
    // No list headers on a request to confirm: there is nothing to unsubscribe from yet.
    expect(JSON.parse(message!.headers)).toEqual({});

    expect(await confirm(db(), await tokenIn('confirm'), urls, compose)).toEqual({ ok: true, locale: 'ar' });
    expect(await row()).toMatchObject({ status: 'confirmed', confirmTokenHash: null });
    const [welcome] = await outboxMessages(db());
    expect(welcome).toMatchObject({ kind: 'welcome' });
    // The newsletter's own mail carries RFC 8058 one-click unsubscribe.
    expect(JSON.parse(welcome!.headers)).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'List-Unsubscribe': expect.stringMatching(/^<https:\/\/jisr\.test\/unsubscribe\?token=/) });
  });

  it('twice is harmless: one subscription, and only the newest link works', async () => {
    await subscribe(db(), { email: 'a@example.org', editions: ['en'], locale: 'en' }, urls, compose);
    const first = await tokenIn('confirm');
    await subscribe(db(), { email: 'A@example.org', editions: ['ar', 'en'], locale: 'en' }, urls, compose);
    expect(await db().select().from(subscriber)).toHaveLength(1);
    expect(await confirm(db(), first, urls, compose)).toEqual({ ok: false });
    expect(await confirm(db(), await tokenIn('confirm'), urls, compose)).toMatchObject({ ok: true });
    expect(await row()).toMatchObject({ status: 'confirmed', editions: 'ar,en' });
  });

  it('never loses a confirmed subscription when the address signs up again; a new choice waits for confirmation', async () => {
    await subscribe(db(), { email: 'b@example.org', editions: ['ar', 'en'], locale: 'ar' }, urls, compose);
    await confirm(db(), await tokenIn('confirm'), urls, compose);
    // Someone signs the address up again, for English only.
    expect(await subscribe(db(), { email: 'b@example.org', editions: ['en'], locale: 'en' }, urls, compose)).toBe('change-confirmation-sent');
    expect(await row()).toMatchObject({ status: 'confirmed', editions: 'ar,en', requestedEditions: 'en' });
    // Confirmed by the owner: the new choice applies.
    await confirm(db(), await tokenIn('confirm'), urls, compose);
    expect(await row()).toMatchObject({ status: 'confirmed', editions: 'en', requestedEditions: null });
  });

  it('refuses an expired confirmation link', async () => {
    const then = new Date('2025-04-01T10:00:00Z');
    await subscribe(db(), { email: 'c@example.org', editions: ['en'], locale: 'en', now: then }, urls, compose);
    expect(await confirm(db(), await tokenIn('confirm'), urls, compose, new Date('2025-04-09T10:00:00Z'))).toEqual({ ok: false });
    expect(await row()).toMatchObject({ status: 'pending' });
  });
});

describe('unsubscribing', () => {
  it('works in one step from any message, once, and a new sign-up starts again with a confirmation', async () => {
    await subscribe(db(), { email: 'd@example.org', editions: ['ar'], locale: 'ar' }, urls, compose);
    await confirm(db(), await tokenIn('confirm'), urls, compose);
    const token = await tokenIn('unsubscribe');
    expect(await unsubscribe(db(), token, urls, compose)).toEqual({ ok: true, locale: 'ar' });
    expect(await row()).toMatchObject({ status: 'unsubscribed' });
    const messages = (await outboxMessages(db())).length;
    // The same link again: still fine, nothing more is sent.
    expect(await unsubscribe(db(), token, urls, compose)).toEqual({ ok: true, locale: 'ar' });
    expect(await outboxMessages(db())).toHaveLength(messages);
    expect(await unsubscribe(db(), 'not-a-token', urls, compose)).toEqual({ ok: false });

    await subscribe(db(), { email: 'd@example.org', editions: ['en'], locale: 'en' }, urls, compose);
    expect(await row()).toMatchObject({ status: 'pending', editions: 'en' });
  });
});

describe('the per-address limit', () => {
  it('allows max attempts per window, then refuses until the window has passed', async () => {
    const limit = { max: 3, windowMs: 60_000 };
    const t0 = new Date('2025-04-01T10:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await withinLimit(db(), '10.0.0.1', limit, at(i * 1000)));
    expect(results).toEqual([true, true, true, false]);
    expect(await withinLimit(db(), '10.0.0.2', limit, at(5000))).toBe(true);
    expect(await withinLimit(db(), '10.0.0.1', limit, at(61_000))).toBe(true);
  });
});
