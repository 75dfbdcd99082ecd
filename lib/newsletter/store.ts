import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { formRateLimit, outbox, subscriber } from '../db/schema';
import type { Locale } from '../locales';

// Newsletter subscriptions with double opt-in. Every change to a subscription and the message it sends are written
// in one transaction, so a message is never queued for a change that did not happen, nor the reverse.

export const editionsList = ['ar', 'en'] as const;
export type Edition = (typeof editionsList)[number];

/** How long a confirmation link works. */
export const confirmLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export type Message = { subject: string; body: string };
export type Links = { confirm?: string; unsubscribe: string };
/** Writes a message of the given kind in the subscriber's language, with the links it must carry. */
export type Compose = (kind: 'confirm' | 'welcome' | 'unsubscribed', locale: Locale, links: Links, editions: Edition[]) => Promise<Message>;

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');
const newToken = () => crypto.randomBytes(24).toString('base64url');
const joinEditions = (editions: Edition[]) => [...new Set(editions)].sort().join(',');
const splitEditions = (value: string) => value.split(',').filter((e): e is Edition => (editionsList as readonly string[]).includes(e));

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The links in the messages, in the language of the message. */
type Urls = { confirm: (token: string, locale: Locale) => string; unsubscribe: (token: string, locale: Locale) => string };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function queue(tx: Tx, to: string, kind: 'confirm' | 'welcome' | 'unsubscribed', locale: Locale, message: Message, unsubscribe: string, now: Date) {
  // RFC 8058 one-click unsubscribe: mail clients show an "Unsubscribe" button that POSTs to the link. Only on the
  // mail of a live subscription: not on a request to confirm one, nor on the notice that it has ended.
  const headers = kind === 'welcome' ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
  await tx.insert(outbox).values({ recipient: to, kind, locale, subject: message.subject, body: message.body, headers: JSON.stringify(headers), createdAt: now });
}

export type SubscribeResult = 'confirmation-sent' | 'change-confirmation-sent';

/**
 * A sign-up. A new, pending or unsubscribed address gets a confirmation link (a new one replaces the old). A
 * confirmed address stays confirmed, with its editions, whatever happens: a different choice of editions is kept
 * aside and applied only if the owner of the address confirms it.
 */
export async function subscribe(
  db: Db,
  input: { email: string; editions: Edition[]; locale: Locale; now?: Date },
  urls: Urls,
  compose: Compose,
): Promise<SubscribeResult> {
  const email = normalizeEmail(input.email);
  const now = input.now ?? new Date();
  const token = newToken();
  const editions = joinEditions(input.editions);
  const confirm = { confirmTokenHash: hash(token), confirmExpiresAt: new Date(now.getTime() + confirmLifetimeMs) };
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(subscriber).where(eq(subscriber.email, email));
    let unsubscribeToken: string;
    let result: SubscribeResult = 'confirmation-sent';
    if (!existing) {
      unsubscribeToken = newToken();
      await tx.insert(subscriber).values({ email, status: 'pending', editions, locale: input.locale, ...confirm, unsubscribeToken, createdAt: now, updatedAt: now });
    } else if (existing.status === 'confirmed') {
      unsubscribeToken = existing.unsubscribeToken;
      result = 'change-confirmation-sent';
      await tx.update(subscriber).set({ requestedEditions: editions, ...confirm, updatedAt: now }).where(eq(subscriber.id, existing.id));
    } else {
      unsubscribeToken = existing.unsubscribeToken;
      await tx.update(subscriber).set({ status: 'pending', editions, requestedEditions: null, locale: input.locale, ...confirm, updatedAt: now }).where(eq(subscriber.id, existing.id));
    }
    const links = { confirm: urls.confirm(token, input.locale), unsubscribe: urls.unsubscribe(unsubscribeToken, input.locale) };
    await queue(tx, email, 'confirm', input.locale, await compose('confirm', input.locale, links, input.editions), links.unsubscribe, now);
    return result;
  });
}

export type ConfirmResult = { ok: true; locale: Locale } | { ok: false };

/** Confirms a subscription (or a change of editions) from the link in the confirmation message. */
export async function confirm(db: Db, token: string, urls: Urls, compose: Compose, now = new Date()): Promise<ConfirmResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(subscriber).where(eq(subscriber.confirmTokenHash, hash(token)));
    if (!row || !row.confirmExpiresAt || row.confirmExpiresAt.getTime() < now.getTime()) return { ok: false } as const;
    const editions = row.requestedEditions ?? row.editions;
    await tx
      .update(subscriber)
      .set({ status: 'confirmed', editions, requestedEditions: null, confirmTokenHash: null, confirmExpiresAt: null, confirmedAt: row.confirmedAt ?? now, updatedAt: now })
      .where(eq(subscriber.id, row.id));
    const links = { unsubscribe: urls.unsubscribe(row.unsubscribeToken, row.locale) };
    await queue(tx, row.email, 'welcome', row.locale, await compose('welcome', row.locale, links, splitEditions(editions)), links.unsubscribe, now);
    return { ok: true, locale: row.locale } as const;
  });
}

export type UnsubscribeResult = { ok: true; locale: Locale } | { ok: false };

/** Ends a subscription from the link in any message. Using the link again changes nothing and sends nothing. */
export async function unsubscribe(db: Db, token: string, urls: Urls, compose: Compose, now = new Date()): Promise<UnsubscribeResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(subscriber).where(eq(subscriber.unsubscribeToken, token));
    if (!row) return { ok: false } as const;
    if (row.status === 'unsubscribed') return { ok: true, locale: row.locale } as const;
    await tx
      .update(subscriber)
      .set({ status: 'unsubscribed', requestedEditions: null, confirmTokenHash: null, confirmExpiresAt: null, updatedAt: now })
      .where(eq(subscriber.id, row.id));
    const links = { unsubscribe: urls.unsubscribe(row.unsubscribeToken, row.locale) };
    await queue(tx, row.email, 'unsubscribed', row.locale, await compose('unsubscribed', row.locale, links, splitEditions(row.editions)), links.unsubscribe, now);
    return { ok: true, locale: row.locale } as const;
  });
}

/** The outbox, newest first (for the development page and the tests). */
export async function outboxMessages(db: Db, limit = 100) {
  return db.select().from(outbox).orderBy(sql`${outbox.id} desc`).limit(limit);
}

/** Every subscription (for the development page and the tests). */
export async function subscriptions(db: Db) {
  return db
    .select({ email: subscriber.email, status: subscriber.status, editions: subscriber.editions, requestedEditions: subscriber.requestedEditions })
    .from(subscriber)
    .orderBy(subscriber.email);
}

/**
 * Counts an attempt for `key` (a client address, hashed here) and says whether it is within `max` per window.
 * The window is fixed: it starts with the first attempt and ends `windowMs` later.
 */
export async function withinLimit(db: Db, key: string, limit: { max: number; windowMs: number }, now = new Date()): Promise<boolean> {
  const id = hash(key);
  const expired = now.getTime() - limit.windowMs;
  const [row] = await db
    .insert(formRateLimit)
    .values({ key: id, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: formRateLimit.key,
      set: {
        count: sql`case when ${formRateLimit.windowStart} <= ${expired} then 1 else ${formRateLimit.count} + 1 end`,
        windowStart: sql`case when ${formRateLimit.windowStart} <= ${expired} then ${now.getTime()} else ${formRateLimit.windowStart} end`,
      },
    })
    .returning({ count: formRateLimit.count });
  return row!.count <= limit.max;
}
