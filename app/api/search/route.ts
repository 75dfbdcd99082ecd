import { jsonError, route } from '@/lib/api';
import { SearchParams, searchContent } from '@/lib/search/query';

/**
 * GET /api/search?q=&locale=&limit= → { query, total, results: [{ slug, blockId, headline, snippet, highlights,
 * score }] }. An empty query, one over 200 characters, or any other parameter is a 400.
 */
export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in params) return jsonError(400, 'invalid_query', `${key} is given twice.`);
    params[key] = value;
  }
  const parsed = SearchParams.safeParse(params);
  if (!parsed.success) {
    return jsonError(400, 'invalid_query', parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter: ${i.keys.join(', ')}` : i.message)).join('; '));
  }
  const { q, locale, limit } = parsed.data;
  return Response.json(searchContent(q, locale, limit), { headers: { 'cache-control': 'public, max-age=60' } });
});
