import { NotFoundContent } from '@/components/not-found-content';

// Rendered by notFound() inside /en or /ar. Next 16 sends it as an empty shell that only JavaScript fills in
// (vercel/next.js#62228), so in production the proxy answers known-missing paths itself with the prerendered
// page-not-found page (see proxy.ts); this stays as the fallback.
export default function NotFound() {
  return <NotFoundContent />;
}
