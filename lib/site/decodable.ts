/**
 * Whether every %-escape in a path, a query string or an urlencoded body decodes. Next answers a broken one in a
 * path with a 500, and URLSearchParams quietly turns one into U+FFFD; both are refused with a 4xx instead.
 */
export function decodable(encoded: string): boolean {
  try {
    decodeURIComponent(encoded.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}
