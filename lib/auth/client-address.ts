// The reader's network address, for per-address limits and for telling readers apart in the view count. Behind a
// reverse proxy, that proxy must set X-Forwarded-For itself (replacing what the client sent); README, "Deploying".

export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'direct';
}
