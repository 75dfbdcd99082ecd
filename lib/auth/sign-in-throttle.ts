import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signInFailure } from '../db/schema';

/** After this many failed sign-ins, an account refuses attempts until the window has passed since the first. */
export const accountLimit = { failures: 5, windowMs: 15 * 60 * 1000 };

const emailOf = (body: unknown) => (typeof (body as { email?: unknown })?.email === 'string' ? (body as { email: string }).email.trim().toLowerCase() : undefined);

/**
 * Better Auth hooks that count failed sign-ins per account, refuse further attempts with 429 once the limit is
 * reached, and clear the count on success.
 */
export function signInThrottle(db: Db) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const [row] = await db.select().from(signInFailure).where(eq(signInFailure.email, email));
      const open = row && Date.now() - row.firstFailureAt.getTime() < accountLimit.windowMs;
      if (open && row.failures >= accountLimit.failures) {
        throw new APIError('TOO_MANY_REQUESTS', { message: 'Too many failed sign-ins for this account. Try again later.' });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const returned = ctx.context.returned;
      if (isAPIError(returned) && returned.statusCode === 401) {
        const now = new Date();
        await db
          .insert(signInFailure)
          .values({ email, failures: 1, firstFailureAt: now })
          .onConflictDoUpdate({
            target: signInFailure.email,
            // A failure after the window starts a new one.
            set: {
              failures: sql`case when ${signInFailure.firstFailureAt} < ${now.getTime() - accountLimit.windowMs} then 1 else ${signInFailure.failures} + 1 end`,
              firstFailureAt: sql`case when ${signInFailure.firstFailureAt} < ${now.getTime() - accountLimit.windowMs} then ${now.getTime()} else ${signInFailure.firstFailureAt} end`,
            },
          });
      } else if (!isAPIError(returned)) {
        await db.delete(signInFailure).where(eq(signInFailure.email, email));
      }
    }),
  };
}
