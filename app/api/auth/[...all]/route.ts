import { getAuth } from '@/lib/auth/auth';

// Better Auth's endpoints (sign in, sign out, session), under /api/auth.
async function handle(request: Request) {
  return (await getAuth()).handler(request);
}

export const GET = handle;
export const POST = handle;
