'use client';

import { useEffect } from 'react';

/**
 * Switching view or language reloads the report; this keeps the reader's place. When a link marked
 * `data-keep-place` is followed, the first paragraph still on screen is added to it as `#id`, and the browser
 * scrolls the new page to that paragraph. Without JavaScript the links simply open the report at the top.
 */
export function KeepPlace() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.('a[data-keep-place]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = new URL(link.href);
      url.hash = '';
      if (window.scrollY > 0) {
        const blocks = document.querySelectorAll<HTMLElement>('[data-block]');
        const current = Array.from(blocks).find((b) => b.getBoundingClientRect().bottom > 0);
        if (current?.dataset.block) url.hash = current.dataset.block;
      }
      link.href = url.toString();
    }
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return null;
}
