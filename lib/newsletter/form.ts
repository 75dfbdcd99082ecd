import { HttpError } from '../api';
import { decodable } from '../site/decodable';

const MAX_BODY = 4 * 1024;

/**
 * The fields of a newsletter request, from one of the site's forms (urlencoded; `edition` may repeat and is
 * gathered into `editions`) or JSON. Undefined when the body cannot be read; 413 and 415 as HttpErrors.
 */
export async function readFields(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(type);
  if (!isForm && !/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded, or JSON.');
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY) throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY} bytes.`);
  if (!isForm) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  // A form: each field once, except the edition checkboxes, and every %-escape valid (URLSearchParams would quietly
  // turn a broken one into U+FFFD).
  if (!decodable(text)) return undefined;
  const form = new URLSearchParams(text);
  const fields: Record<string, unknown> = form.has('edition') ? { editions: form.getAll('edition') } : {};
  for (const key of new Set(form.keys())) {
    if (key === 'edition') continue;
    if (form.getAll(key).length > 1) return undefined;
    fields[key] = form.get(key);
  }
  return fields;
}
