/** The shape of the tokens the store makes (base64url); anything else is refused before the database is asked. */
export const tokenPattern = /^[\w-]{16,64}$/;

/** The `token` of a newsletter link: exactly one, of the right shape. */
export function tokenParam(search: URLSearchParams): string | undefined {
  const values = search.getAll('token');
  return values.length === 1 && tokenPattern.test(values[0]!) ? values[0] : undefined;
}
