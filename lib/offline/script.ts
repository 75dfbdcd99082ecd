import { offlineCaches, savedIndexUrl, serviceWorkerUrl } from './offline';
import { reportPathPattern } from '../site/paths';

export type OfflineScriptConfig = {
  /** The worker's address; null in development, where no worker is installed. */
  worker: string | null;
  caches: typeof offlineCaches;
  index: string;
  /** reportPathPattern's source: the script is sent as text and cannot import it. */
  reportPath: string;
};

export function offlineScriptConfig(production: boolean): OfflineScriptConfig {
  return { worker: production ? serviceWorkerUrl : null, caches: offlineCaches, index: savedIndexUrl, reportPath: reportPathPattern.source };
}

/**
 * The page's side of offline reading, run from the head script (self-contained: it is sent as its source text).
 * Installs the service worker (app/service-worker.ts), runs the "save for offline" buttons, fills the saved-report
 * lists (on the saved page and the offline page, which must work with no network at all, hence no React) and the
 * settings panel's figures. Every list item is built with textContent: titles are content, never markup.
 */
export function offlineReader(config: OfflineScriptConfig) {
  const root = document.documentElement;
  const supported = 'serviceWorker' in navigator && 'caches' in window && config.worker !== null;
  if (supported) root.classList.add('offline-ready');

  type Saved = { locale: string; slug: string; title: string; urls: string[]; savedAt: number; readAt: number };
  type Reply = { ok: true; saved: Saved[] } | { ok: false; error: string };

  const savedIndex = async (): Promise<Saved[]> => {
    if (!('caches' in window)) return [];
    const response = await (await caches.open(config.caches.saved)).match(config.index);
    return response ? ((await response.json()) as Saved[]) : [];
  };

  // A worker that never becomes ready (it failed to install) answers as a network failure after 20 s.
  const ask = (message: unknown): Promise<Reply> =>
    Promise.race([
      navigator.serviceWorker.ready.then(
        (registration) =>
          new Promise<Reply>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (event) => resolve(event.data as Reply);
            registration.active?.postMessage(message, [channel.port2]);
          }),
      ),
      new Promise<Reply>((resolve) => setTimeout(() => resolve({ ok: false, error: 'network' }), 20000)),
    ]);

  if (supported) {
    window.addEventListener('load', () => {
      const hadWorker = navigator.serviceWorker.controller !== null;
      navigator.serviceWorker
        .register(config.worker!, { scope: '/' })
        .then(() => navigator.serviceWorker.ready)
        // The first page opened loaded before the worker: ask it to keep that one too.
        .then((registration) => {
          if (hadWorker) return;
          const assets = performance.getEntriesByType('resource').map((entry) => entry.name);
          registration.active?.postMessage({ type: 'opened', url: location.href, assets });
        })
        .catch(() => undefined);
    });
  }

  /** A copy of a list's hidden prototype item, its link to a report in `lang` (marked when not the page's). */
  const listItem = (prototype: Element, href: string, title: string, lang: string) => {
    const item = prototype.cloneNode(true) as HTMLElement;
    item.removeAttribute('data-saved-prototype');
    item.removeAttribute('data-kept-prototype');
    const link = item.querySelector('a')!;
    link.href = href;
    link.textContent = title;
    if (lang !== root.lang) {
      link.lang = lang;
      link.dir = lang === 'ar' ? 'rtl' : 'ltr';
    }
    return item;
  };

  const saveButtons = () => document.querySelectorAll<HTMLButtonElement>('button[data-save-offline]');
  const keyOf = (button: HTMLElement) => `${button.getAttribute('data-locale')}/${button.getAttribute('data-slug')}`;

  const showSaved = (index: Saved[]) => {
    const saved = new Set(index.map((entry) => `${entry.locale}/${entry.slug}`));
    saveButtons().forEach((button) => button.setAttribute('data-state', saved.has(keyOf(button)) ? 'saved' : 'idle'));

    document.querySelectorAll<HTMLElement>('[data-saved-list]').forEach((list) => {
      const prototype = list.querySelector('[data-saved-prototype]');
      const items = list.querySelector('[data-saved-items]');
      if (!prototype || !items) return;
      items.replaceChildren();
      for (const entry of [...index].sort((a, b) => b.savedAt - a.savedAt)) {
        const item = listItem(prototype, entry.urls[0] ?? '/', entry.title, entry.locale);
        const time = item.querySelector('time');
        if (time) {
          const when = new Date(entry.savedAt);
          time.dateTime = when.toISOString();
          time.textContent = new Intl.DateTimeFormat(root.lang === 'ar' ? 'ar' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', numberingSystem: 'latn' }).format(when);
        }
        const remove = item.querySelector('button');
        remove?.setAttribute('data-unsave', `${entry.locale}/${entry.slug}`);
        // "Remove: {title}", so each button says which report it removes.
        remove?.setAttribute('aria-label', `${remove.textContent?.trim()}: ${entry.title}`);
        items.append(item);
      }
      list.setAttribute('data-count', String(index.length));
    });

    document.querySelectorAll<HTMLElement>('[data-offline-usage]').forEach(async (line) => {
      let count = index.length;
      if (line.getAttribute('data-offline-usage') === 'kept') count = (await (await caches.open(config.caches.reports)).keys()).length;
      line.textContent = (line.getAttribute('data-template') ?? '').replace('{count}', String(count));
    });
  };

  // Reports kept from reading but not saved: their headline is read from the stored page itself.
  const showKept = async (index: Saved[]) => {
    const lists = document.querySelectorAll<HTMLElement>('[data-kept-list]');
    if (lists.length === 0 || !('caches' in window)) return;
    const cache = await caches.open(config.caches.reports);
    // One item a report, linking to the view read last; each view is a page of its own in the cache.
    const seen = new Set(index.map((entry) => `${entry.locale}/${entry.slug}`));
    const kept: { href: string; title: string; lang: string }[] = [];
    for (const request of [...(await cache.keys())].reverse()) {
      const url = new URL(request.url);
      const match = new RegExp(config.reportPath).exec(url.pathname);
      const key = match && `${match[1]}/${match[2]}`;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const html = await (await cache.match(request, { ignoreVary: true }))?.text();
      const title = html && new DOMParser().parseFromString(html, 'text/html').querySelector('main h1')?.textContent;
      if (title) kept.push({ href: url.pathname, title, lang: match[1]! });
    }
    lists.forEach((list) => {
      const prototype = list.querySelector('[data-kept-prototype]');
      const items = list.querySelector('[data-kept-items]');
      if (!prototype || !items) return;
      items.replaceChildren(...kept.map((entry) => listItem(prototype, entry.href, entry.title, entry.lang)));
      list.setAttribute('data-count', String(kept.length));
    });
  };

  // A page shown while offline is a kept copy: say so.
  const showConnection = () => document.querySelectorAll<HTMLElement>('[data-offline-notice]').forEach((notice) => (notice.hidden = navigator.onLine));
  document.addEventListener('DOMContentLoaded', showConnection);
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);

  const refresh = () =>
    savedIndex().then((index) => {
      showSaved(index);
      return showKept(index);
    }, () => undefined);
  document.addEventListener('DOMContentLoaded', refresh);
  // Figures in the settings panel are read when it opens.
  document.addEventListener('toggle', (event) => event.target instanceof HTMLDetailsElement && event.target.open && event.target.matches('[data-settings]') && refresh(), true);

  const say = (text: string) => {
    const status = document.querySelector('[data-save-status]');
    if (status) status.textContent = text;
  };

  document.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const unsave = target?.closest('[data-unsave]');
    if (unsave && supported) {
      const [locale, slug] = (unsave.getAttribute('data-unsave') ?? '').split('/');
      const list = unsave.closest<HTMLElement>('[data-saved-list]');
      const reply = await ask({ type: 'unsave', locale, slug });
      if (!reply.ok) return;
      showSaved(reply.saved);
      await showKept(reply.saved);
      // Focus stays in the list rather than falling back to the top of the page.
      (list?.querySelector<HTMLElement>('[data-saved-items] a') ?? list)?.focus();
      return;
    }
    const button = target?.closest<HTMLButtonElement>('button[data-save-offline]');
    if (!button || !supported) return;
    const locale = button.getAttribute('data-locale');
    const slug = button.getAttribute('data-slug');
    // Tapping "Saved" again removes the copy, and says so.
    if (button.getAttribute('data-state') === 'saved') {
      const reply = await ask({ type: 'unsave', locale, slug });
      if (reply.ok) {
        showSaved(reply.saved);
        say(button.getAttribute('data-removed') ?? '');
      }
      return;
    }
    // Every view of the report, the images on this page, and the faces of both scripts (the paired views show both).
    const urls = [...(JSON.parse(button.getAttribute('data-urls') ?? '[]') as string[])];
    document.querySelectorAll<HTMLImageElement>('article img').forEach((image) => urls.push(image.currentSrc || image.src));
    for (const sheet of document.styleSheets) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of rules) {
        const src = rule instanceof CSSFontFaceRule ? /url\(["']?([^"')]+)/.exec(rule.style.getPropertyValue('src')) : null;
        if (src) urls.push(new URL(src[1]!, sheet.href ?? location.href).href);
      }
    }
    button.setAttribute('aria-busy', 'true');
    say(button.getAttribute('data-saving') ?? '');
    const reply = await ask({ type: 'save', locale, slug, title: button.getAttribute('data-title') ?? '', urls });
    button.removeAttribute('aria-busy');
    if (reply.ok) {
      showSaved(reply.saved);
      say(button.getAttribute('data-saved-note') ?? '');
    } else say(button.getAttribute(reply.error === 'storage' ? 'data-storage-failed' : 'data-failed') ?? '');
  });
}
