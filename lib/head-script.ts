import { themeStorageKey } from './theme';

/**
 * The page's only script of its own, inlined in <head> and run before the body is parsed, long before React
 * hydrates (which can take seconds on a cheap phone). Self-contained: it is sent as its source text.
 * 1. Applies the reader's stored theme, so the wrong one never flashes, and runs the theme buttons.
 * 2. Marks the page as scripted (html.js), which reveals the controls that need JavaScript.
 * 3. Keeps the reader's place: a link marked data-keep-place (the view and language switches) gets the first
 *    paragraph still on screen below the reading bar as its #id, and the new page opens there.
 * 4. Brings a focused ticker headline into view once the ticker has stopped: the browser scrolls to it while the
 *    track is still moved by its animation, which then ends and leaves it elsewhere.
 * Its listeners sit on the document, so they work from the first moment and survive client-side navigation.
 */
function boot(storageKey: string) {
  const root = document.documentElement;
  root.classList.add('js');

  const chosen = () => {
    const value = root.getAttribute('data-theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  };
  const showChoice = () => {
    const current = chosen();
    document.querySelectorAll('[data-theme-choice]').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-theme-choice') === current));
    });
    document.querySelectorAll('[data-theme-cycle]').forEach((button) => {
      button.setAttribute('aria-label', `${button.getAttribute('data-label')}: ${button.getAttribute(`data-label-${current}`)}`);
    });
  };
  const choose = (theme: string) => {
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
    try {
      if (theme === 'light' || theme === 'dark') localStorage.setItem(storageKey, theme);
      else localStorage.removeItem(storageKey);
    } catch {
      // Storage disabled: the choice still holds for this page.
    }
    showChoice();
  };

  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);
  } catch {
    // Storage disabled: follow the system.
  }
  document.addEventListener('DOMContentLoaded', showChoice);

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const themeButton = target?.closest('[data-theme-choice]');
      if (themeButton) {
        choose(themeButton.getAttribute('data-theme-choice') ?? 'system');
        return;
      }
      // The phone's single button steps Auto → Light → Dark → Auto.
      if (target?.closest('[data-theme-cycle]')) {
        choose({ system: 'light', light: 'dark', dark: 'system' }[chosen()]);
        return;
      }
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
    if (target?.closest('.ticker-viewport')) requestAnimationFrame(() => target.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  });
}

export const headScript = `(${boot.toString()})(${JSON.stringify(themeStorageKey)})`;
