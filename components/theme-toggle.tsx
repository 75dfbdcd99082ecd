import type { ReactNode } from 'react';
import { themes, type Theme } from '@/lib/theme';

const icons: Record<Theme, ReactNode> = {
  // Half-filled circle: follows the system.
  system: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 3a9 9 0 1 0 0 18V3z" fill="currentColor" stroke="none" />
    </>
  ),
  light: (
    <>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </>
  ),
  dark: <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />,
};

export type ThemeLabels = Record<Theme | 'label', string>;

const svg = (theme: Theme) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
    {icons[theme]}
  </svg>
);

/**
 * Auto / Light / Dark: three icon buttons, or on a phone one button that steps through them. A server component:
 * the head script (lib/head-script.ts) runs them and marks the choice, so no React code is sent for it. Hidden
 * without JavaScript, where the system decides.
 */
export function ThemeToggle({ labels }: { labels: ThemeLabels }) {
  return (
    <>
      <button
        type="button"
        data-theme-cycle
        data-label={labels.label}
        data-label-system={labels.system}
        data-label-light={labels.light}
        data-label-dark={labels.dark}
        aria-label={`${labels.label}: ${labels.system}`}
        suppressHydrationWarning
        className="theme-cycle needs-js grid size-11 place-items-center rounded-full border border-line md:hidden"
      >
        {themes.map((theme) => (
          <span key={theme} data-icon={theme}>
            {svg(theme)}
          </span>
        ))}
      </button>
      <ThemeButtons labels={labels} />
    </>
  );
}

function ThemeButtons({ labels }: { labels: ThemeLabels }) {
  return (
    <div role="group" aria-label={labels.label} className="needs-js flex rounded-full border border-line p-0.5 max-md:hidden">
      {themes.map((theme) => (
        <button
          key={theme}
          type="button"
          data-theme-choice={theme}
          aria-pressed="false"
          // The head script sets aria-pressed before React hydrates.
          suppressHydrationWarning
          title={labels[theme]}
          className="grid size-11 place-items-center rounded-full text-muted hover:text-ink aria-pressed:bg-ink aria-pressed:text-paper"
        >
          {svg(theme)}
          <span className="sr-only">{labels[theme]}</span>
        </button>
      ))}
    </div>
  );
}
