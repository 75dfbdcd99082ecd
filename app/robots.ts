import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/metadata';

// Readers' pages are open to crawlers; the API and the review workbench are not for them.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/en/review', '/ar/review', '/en/dev/', '/ar/dev/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
