/** Where the site is served from, for absolute URLs in metadata. */
export const siteUrl = new URL(process.env.SITE_URL || 'http://localhost:3000');
