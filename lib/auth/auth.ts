import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { databaseUrl, getDb, type Db } from '../db/client';
import * as schema from '../db/schema';
import { signInThrottle } from './sign-in-throttle';

// Sign-in for reviewers, with Better Auth: scrypt-hashed passwords, httpOnly SameSite=Lax session cookies (Secure
// when the site is served over https), origin checks on its own endpoints, and a rate limit on sign-in kept in the
// database, per address and per account. Nobody can sign up: `npm run reviewer:add` creates accounts.

export type Role = (typeof schema.user.$inferSelect)['role'];

/** At most this many sign-in attempts per address per minute. */
export const signInLimit = { window: 60, max: 5 };

function createAuth(db: Db, secret: string) {
  const siteUrl = process.env.SITE_URL;
  return betterAuth({
    appName: 'Jisr',
    secret,
    // A configured site URL fixes the origin (and, when it is https, makes the cookies Secure). Without one, only
    // this machine's own addresses are accepted, on any port, for trying Jisr locally.
    baseURL: siteUrl ?? { allowedHosts: ['localhost:*', '127.0.0.1:*', '[::1]:*'], protocol: 'http' },
    database: drizzleAdapter(db, { provider: 'sqlite', schema }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    user: { additionalFields: { role: { type: 'string', required: false, defaultValue: 'reader', input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Per client address (Better Auth), and per account (signInThrottle), since an address can be disguised.
    rateLimit: { enabled: true, storage: 'database', window: 60, max: 100, customRules: { '/sign-in/email': signInLimit } },
    hooks: signInThrottle(db),
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * BETTER_AUTH_SECRET signs the session cookies. Without it, a random one is made once and kept beside the database
 * (data/auth-secret), so sessions survive restarts without any setup.
 */
function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const url = databaseUrl();
  if (!url.startsWith('file:')) throw new Error('Set BETTER_AUTH_SECRET: the database is not a local file to keep a generated secret beside.');
  const file = path.join(path.dirname(url.slice('file:'.length)), 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

let shared: { url: string; auth: Promise<Auth> } | undefined;

export function getAuth(): Promise<Auth> {
  const url = databaseUrl();
  if (!shared || shared.url !== url) shared = { url, auth: getDb().then((db) => createAuth(db, authSecret())) };
  return shared.auth;
}

export type Reviewer = { id: string; name: string; role: Role };

/** The signed-in person behind a request, if any. */
export async function currentUser(headers: Headers): Promise<Reviewer | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const role = (session.user as { role?: string }).role === 'reviewer' ? 'reviewer' : 'reader';
  return { id: session.user.id, name: session.user.name, role };
}
