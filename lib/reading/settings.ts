// The reader's settings: text size, digits, the Hijri date and the theme (kept under its own key, lib/reading/theme.ts). Pages are
// static, so the server cannot know them: `applyReaderSettings` runs in the head script (lib/reading/head-script.ts) and
// puts them on <html> before the body is parsed, so nothing shifts or flashes; CSS does the rest.

export const settingsStorageKey = 'jisr-settings';

export const textSizes = ['small', 'standard', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof textSizes)[number];

/** What is stored. Every field optional: an absent one is the default (standard size, Western digits, no Hijri). */
export type ReaderSettings = { size?: TextSize; digits?: 'latn' | 'arab'; hijri?: boolean };

/** Dates and counts in the interface: what the digits setting rewrites. Content text is never touched. */
export const numberedSelector = 'time, [data-num]';

/**
 * Self-contained (it is sent as its source text). Applies the stored settings, runs the settings panel's inputs,
 * and with Arabic-Indic digits chosen on an Arabic page rewrites the digits of every date and count: pages are
 * rendered with Western digits, and a mutation observer rewrites each as the parser (or React) adds it, which is
 * before it is painted.
 */
export function applyReaderSettings(storageKey: string, themeKey: string, numbered: string) {
  const root = document.documentElement;
  let settings: { size?: string; digits?: string; hijri?: boolean } = {};
  // No stored theme follows the system.
  let theme = 'system';
  try {
    settings = JSON.parse(localStorage.getItem(storageKey) ?? '{}') ?? {};
    const stored = localStorage.getItem(themeKey);
    if (stored === 'light' || stored === 'dark') theme = stored;
  } catch {
    // Storage disabled or damaged: the defaults.
  }

  const western = '0123456789';
  const eastern = '٠١٢٣٤٥٦٧٨٩';
  const arabDigits = () => root.lang === 'ar' && settings.digits === 'arab';
  const rewrite = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const next = arabDigits()
        ? value.replace(/[0-9]/g, (d) => eastern[Number(d)]!)
        : value.replace(/[٠-٩]/g, (d) => western[eastern.indexOf(d)]!);
      if (next !== value) node.nodeValue = next;
    } else node.childNodes.forEach(rewrite);
  };
  const rewriteWithin = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (element?.closest(numbered)) rewrite(node);
    else if (node instanceof Element) node.querySelectorAll(numbered).forEach(rewrite);
  };
  let observer: MutationObserver | undefined;

  const apply = () => {
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
    if (settings.size && settings.size !== 'standard') root.setAttribute('data-text-size', settings.size);
    else root.removeAttribute('data-text-size');
    root.toggleAttribute('data-hijri', settings.hijri === true);
    if (arabDigits() && !observer) {
      observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') rewriteWithin(record.target);
          else record.addedNodes.forEach(rewriteWithin);
        }
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    // What is already there (a change in the panel, or either way back to Western digits).
    document.querySelectorAll(numbered).forEach(rewrite);
  };
  apply();

  const showSettings = () => {
    document.querySelectorAll<HTMLInputElement>('input[data-setting]').forEach((input) => {
      const name = input.getAttribute('data-setting');
      if (name === 'hijri') input.checked = settings.hijri === true;
      else if (name === 'size') input.checked = input.value === (settings.size ?? 'standard');
      else if (name === 'digits') input.checked = input.value === (settings.digits ?? 'latn');
      else if (name === 'theme') input.checked = input.value === theme;
    });
  };
  document.addEventListener('DOMContentLoaded', showSettings);

  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const name = input.getAttribute('data-setting');
    if (name === 'hijri') settings.hijri = input.checked;
    else if (name === 'size' || name === 'digits') settings[name] = input.value;
    else if (name === 'theme') theme = input.value;
    else return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(settings));
      if (theme === 'system') localStorage.removeItem(themeKey);
      else localStorage.setItem(themeKey, theme);
    } catch {
      // Storage disabled: the choice still holds for this page.
    }
    apply();
  });
}
