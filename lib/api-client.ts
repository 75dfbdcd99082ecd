// Browser-side calls to the site's JSON API. Errors carry the HTTP status, the API's error code and its body (a 409
// carries the segment as it now is).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body: Record<string, unknown>,
  ) {
    super(code);
  }
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, typeof body.error === 'string' ? body.error : 'generic', body);
  return body as T;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  try {
    return await parse<T>(await fetch(url, { signal, headers: { accept: 'application/json' } }));
  } catch (error) {
    if (error instanceof ApiError || (error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', {});
  }
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', {});
  }
  return parse<T>(response);
}
