/** A lite page: HTML, and nothing that could set state on the reader's device. */
export function liteResponse(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
