import { z } from 'zod';
import { locales } from '../locales';

/** The search API's parameters: q (1–200 characters), locale (en or ar), limit (1–50). Anything else is refused. */
export const SearchParams = z.strictObject({
  q: z
    .string({ error: 'q is required' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: 'q must not be empty' }).max(200, { error: 'q may have at most 200 characters' }))
    // Next decodes a broken %-escape to U+FFFD before the handler sees the address, so that is what is refused.
    .refine((s) => !s.includes('\uFFFD'), { error: 'q has invalid percent-encoding' }),
  locale: z.enum(locales, { error: 'locale is en or ar' }).default('en'),
  limit: z.coerce.number({ error: 'limit is a number' }).int().min(1).max(50, { error: 'limit is at most 50' }).default(10),
});

export { searchContent } from './live';
