import { listenControl } from './listen-script';
import { offlineReader, type OfflineScriptConfig } from '../offline/script';
import { applyReaderSettings, numberedSelector, settingsStorageKey } from './settings';
import { themeStorageKey } from './theme';

/**
 * The page's only script of its own, inlined in <head> and run before the body is parsed, long before React
 * hydrates (which can take seconds on a cheap phone). Self-contained: it is sent as its source text.
 * 1. Marks the page as scripted (html.js), which reveals the controls that need JavaScript.
 * 2. Keeps the reader's place: a link marked data-keep-place (the view and language switches) gets the first
 *    paragraph still on screen below the reading bar as its #id, and the new page opens there.
 * 3. Brings a focused ticker headline into view once the ticker has stopped: the browser scrolls to it while the
 *    track is still moved by its animation, which then ends and leaves it elsewhere.
 * Its listeners sit on the document, so they work from the first moment and survive client-side navigation.
 * The reading settings with the theme (applied before the first paint, so the wrong one never flashes), offline
 * reading and the listen button follow (lib/reading/settings.ts, lib/offline/script.ts, lib/reading/listen-script.ts); the
 * settings panel closes on Escape, a tap outside it or focus leaving it.
 */
function boot() {
  document.documentElement.classList.add('js');

  const closeSettings = (except?: Node | null) =>
    document.querySelectorAll('details[data-settings][open]').forEach((panel) => {
      if (!except || !panel.contains(except)) panel.removeAttribute('open');
    });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = document.querySelector('details[data-settings][open]');
    if (!open) return;
    open.removeAttribute('open');
    open.querySelector('summary')?.focus();
  });

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      closeSettings(target);
      const link = target?.closest('a[data-keep-place]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = new URL(link.href);
      url.hash = '';
      if (window.scrollY > 0) {
        const bar = document.querySelector('[data-reading-bar]');
        const line = (bar ? bar.getBoundingClientRect().bottom : 0) + 24;
        const block = Array.from(document.querySelectorAll('[data-block]')).find((b) => b.getBoundingClientRect().bottom > line);
        if (block) url.hash = block.getAttribute('data-block') ?? '';
      }
      link.href = url.toString();
    },
    true,
  );

  document.addEventListener('focusin', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // Tabbing out of the settings panel closes it, as a tap outside does.
    closeSettings(target);
    if (target?.closest('.ticker-viewport')) requestAnimationFrame(() => target.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  });
}

/** The script for a page: `offline` says whether a service worker is installed (not in development). */
export function headScript(offline: OfflineScriptConfig): string {
  return [
    `(${boot.toString()})()`,
    `(${applyReaderSettings.toString()})(${JSON.stringify(settingsStorageKey)},${JSON.stringify(themeStorageKey)},${JSON.stringify(numberedSelector)})`,
    `(${offlineReader.toString()})(${JSON.stringify(offline)})`,
    `(${listenControl.toString()})()`,
  ].join(';');
}
