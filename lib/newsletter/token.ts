/** The `token` of a newsletter link: exactly one, of the shape the store makes (base64url, 32 characters). */
export function tokenParam(request: Request): string | undefined {
  const values = new URL(request.url).searchParams.getAll('token');
  return values.length === 1 && /^[\w-]{16,64}$/.test(values[0]!) ? values[0] : undefined;
}
