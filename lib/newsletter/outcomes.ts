// What a newsletter request ends in: each has a prerendered page at /{locale}/newsletter/{outcome} and an HTTP
// status. Successes redirect to their page (so a reload does not post again); failures are served with their status.

export const outcomes = {
  'check-email': 202,
  confirmed: 200,
  unsubscribed: 200,
  'invalid-email': 400,
  'no-edition': 400,
  'bad-request': 400,
  'too-many': 429,
  'bad-link': 404,
} as const;

export type Outcome = keyof typeof outcomes;
export const outcomeIds = Object.keys(outcomes) as Outcome[];

/** The stable error codes of the JSON answers, for API clients. */
export const outcomeCodes: Record<Outcome, string> = {
  'check-email': 'check_email',
  confirmed: 'confirmed',
  unsubscribed: 'unsubscribed',
  'invalid-email': 'invalid_email',
  'no-edition': 'no_edition',
  'bad-request': 'bad_request',
  'too-many': 'too_many_requests',
  'bad-link': 'bad_link',
};
