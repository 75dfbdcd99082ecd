// Reads the content and starts watching it when the server starts, so the first request does not wait for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { contentStore } = await import('./lib/content/store');
  const store = contentStore();
  console.log(`[content] ${store.content().reports.length} reports from ${store.dir}, version ${store.version}`);
  // The search index catches up (nothing to do when the last server left it current) while pages are served.
  const { startSearchIndex } = await import('./lib/search/live');
  startSearchIndex();
}
