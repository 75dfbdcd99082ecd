import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { segmentStates } from '../review/states';

export { segmentStates, type SegmentState } from '../review/states';

// One SQLite database: Better Auth's tables (user, session, account, verification, rateLimit, as it expects them)
// and the review tables. Migrations are generated from this file by drizzle-kit into drizzle/ and applied
// automatically on first use (lib/db/client.ts).

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

export const user = sqliteTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
  image: text('image'),
  /** reviewer: may change review states; reader: may sign in and look, nothing more. */
  role: text('role', { enum: ['reviewer', 'reader'] }).notNull().default('reader'),
  createdAt: timestamp('created_at').notNull().default(now),
  updatedAt: timestamp('updated_at').notNull().default(now),
});

export const session = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at').notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at').notNull().default(now),
    updatedAt: timestamp('updated_at').notNull().default(now),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const account = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at'),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at'),
    scope: text('scope'),
    /** The password hash (scrypt, by Better Auth), for email-and-password accounts. */
    password: text('password'),
    createdAt: timestamp('created_at').notNull().default(now),
    updatedAt: timestamp('updated_at').notNull().default(now),
  },
  (t) => [index('account_user_idx').on(t.userId)],
);

export const verification = sqliteTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
  createdAt: timestamp('created_at').notNull().default(now),
  updatedAt: timestamp('updated_at').notNull().default(now),
});

/**
 * Failed sign-ins per account (lib/auth/sign-in-throttle.ts). Better Auth's own limit is per client address, which a
 * client can disguise when nothing in front of the app sets X-Forwarded-For; this one follows the account.
 */
export const signInFailure = sqliteTable('sign_in_failure', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: timestamp('first_failure_at').notNull(),
});

/** Better Auth's sign-in rate limiter keeps its counters here, so limits survive restarts. */
export const rateLimit = sqliteTable('rate_limit', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: integer('last_request').notNull(),
});



/**
 * The review state of one segment (a report's headline, standfirst, caption or block). A segment without a row has
 * never been reviewed and takes its state from the content (missing or translated). `version` goes up with every
 * change; a write names the version it was based on, so concurrent reviewers cannot overwrite each other unseen.
 */
export const segmentReview = sqliteTable(
  'segment_review',
  {
    report: text('report').notNull(),
    segment: text('segment').notNull(),
    state: text('state', { enum: segmentStates }).notNull(),
    version: integer('version').notNull(),
    /** Hashes of the source and target texts when the state was last set: a changed source makes it stale. */
    sourceHash: text('source_hash').notNull(),
    targetHash: text('target_hash'),
    updatedAt: timestamp('updated_at').notNull(),
    updatedBy: text('updated_by')
      .notNull()
      .references(() => user.id),
  },
  (t) => [primaryKey({ columns: [t.report, t.segment] })],
);

export const segmentComment = sqliteTable(
  'segment_comment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    report: text('report').notNull(),
    segment: text('segment').notNull(),
    body: text('body').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => user.id),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('segment_comment_idx').on(t.report, t.segment)],
);

/** Every change, for the history panel: who, when, from → to, and the reason when an error was overridden. */
export const segmentEvent = sqliteTable(
  'segment_event',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    report: text('report').notNull(),
    segment: text('segment').notNull(),
    // `batch` is a state change made by "approve all without findings" (SQLite stores the text; no migration).
    kind: text('kind', { enum: ['state', 'batch', 'comment'] }).notNull(),
    fromState: text('from_state', { enum: segmentStates }),
    toState: text('to_state', { enum: segmentStates }),
    reason: text('reason'),
    commentId: integer('comment_id').references(() => segmentComment.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => user.id),
    at: timestamp('at').notNull(),
  },
  (t) => [index('segment_event_idx').on(t.report, t.segment)],
);

// Reading figures for "Popular". No cookie and nothing personal is kept: a visitor is a hash of their address and
// browser with a random salt that exists for one day only, so the same reader counts once per report per day, and
// once the day's salt and markers are deleted nobody can link a count back to anyone.

/** Today's salt (one row per day; yesterday's is deleted with its markers). */
export const viewSalt = sqliteTable('view_salt', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
});

/** Who has been counted today for a report: salted hashes, kept for the day only. */
export const viewSeen = sqliteTable(
  'view_seen',
  {
    day: text('day').notNull(),
    report: text('report').notNull(),
    visitor: text('visitor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.report, t.visitor] })],
);

/** Readers per report per day: the only figure kept. */
export const reportViews = sqliteTable(
  'report_views',
  {
    report: text('report').notNull(),
    day: text('day').notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.report, t.day] }), index('report_views_day_idx').on(t.day)],
);

// The newsletter: double opt-in subscriptions, and the outbox that a mailer drains (there is no mail server here).

export const subscriber = sqliteTable('subscriber', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Trimmed and lower-cased. */
  email: text('email').notNull().unique(),
  /** pending: waiting for the confirmation link; confirmed; unsubscribed (kept so a later sign-up is a re-subscribe). */
  status: text('status', { enum: ['pending', 'confirmed', 'unsubscribed'] }).notNull(),
  /** The editions received, "en", "ar" or "ar,en". */
  editions: text('editions').notNull(),
  /** Editions asked for by a later sign-up of a confirmed address, applied only when that request is confirmed. */
  requestedEditions: text('requested_editions'),
  /** The language of the messages sent to this address. */
  locale: text('locale', { enum: ['en', 'ar'] }).notNull(),
  /** SHA-256 of the outstanding confirmation token (the token itself is only in the message). */
  confirmTokenHash: text('confirm_token_hash').unique(),
  confirmExpiresAt: timestamp('confirm_expires_at'),
  /** For the one-click unsubscribe link in every message; stable for the life of the subscription. */
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  createdAt: timestamp('created_at').notNull(),
  confirmedAt: timestamp('confirmed_at'),
  updatedAt: timestamp('updated_at').notNull(),
});

export const outbox = sqliteTable('outbox', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  recipient: text('recipient').notNull(),
  kind: text('kind', { enum: ['confirm', 'welcome', 'unsubscribed'] }).notNull(),
  locale: text('locale', { enum: ['en', 'ar'] }).notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  /** Extra mail headers as JSON, e.g. List-Unsubscribe. */
  headers: text('headers').notNull().default('{}'),
  createdAt: timestamp('created_at').notNull(),
  /** Set by the mailer once sent. */
  sentAt: timestamp('sent_at'),
});

/** Attempts per client address (hashed) in a fixed window, for forms that anyone can post. */
export const formRateLimit = sqliteTable('form_rate_limit', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowStart: timestamp('window_start').notNull(),
});
