import type { z } from 'zod';
import { currentUser, type Reviewer } from './auth/auth';

// Helpers for route handlers: every failure is a JSON error with a 4xx status and a stable code, never a 500.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error: code, message, ...extra }, { status, headers: { 'cache-control': 'no-store' } });
}

/** Wraps a handler so that thrown HttpErrors become their JSON response, and nothing else escapes as a 500 page. */
export function route<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error.status, error.code, error.message, error.extra);
      console.error(error);
      return jsonError(500, 'internal', 'Something went wrong on our side.');
    }
  };
}

const MAX_BODY = 16 * 1024;

/** A JSON body of at most 16 KB, validated by `schema`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY) throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY) throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY} bytes.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new HttpError(400, 'invalid_body', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), { issues });
  }
  return parsed.data;
}

/**
 * Mutations must come from a page of this site. Browsers send Origin (or at least Sec-Fetch-Site) with every POST;
 * together with SameSite=Lax session cookies and the JSON-only bodies above, this stops cross-site request forgery.
 */
export function assertSameOrigin(request: Request) {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'cross_site', 'Requests from other sites are refused.');
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && new URL(origin).host !== host) throw new HttpError(403, 'cross_site', 'Requests from other sites are refused.');
}

/** The signed-in reviewer: 401 without a session, 403 for an account that may only read. */
export async function requireReviewer(request: Request): Promise<Reviewer> {
  const user = await currentUser(request.headers);
  if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in to review.');
  if (user.role !== 'reviewer') throw new HttpError(403, 'forbidden', 'This account may view the workbench but not change it.');
  return user;
}
