import { notFound } from 'next/navigation';

// Any other path under /en or /ar is missing (the proxy normally answers these before they get here).
export default function CatchAll() {
  notFound();
}
