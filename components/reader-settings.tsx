import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { offlineLimits } from '@/lib/offline/offline';
import { textSizes } from '@/lib/reading/settings';
import { themes, type Theme } from '@/lib/reading/theme';

/**
 * The reading settings: text size, digits (on Arabic pages, the only ones with a choice to make), the Hijri date,
 * the theme, and how much is kept for offline reading. A server component: plain inputs that the head script reads,
 * applies and stores (lib/reading/settings.ts, lib/reading/head-script.ts), so no React code is sent for it. Hidden without
 * JavaScript, which nothing here could be remembered without.
 */
export async function ReaderSettings() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Settings');
  const tTheme = await getTranslations('Theme');
  const usage = (key: 'savedUsage' | 'keptUsage', limit: number) => t(key, { count: '{count}', limit: formatNumber(limit, locale) });
  return (
    <details data-settings className="needs-js relative">
      <summary className="grid size-11 cursor-pointer list-none place-items-center rounded-full border border-line hover:border-ink [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" />
          <circle cx="16" cy="6" r="2" />
          <circle cx="10" cy="12" r="2" />
          <circle cx="18" cy="18" r="2" />
        </svg>
        <span className="sr-only">{t('label')}</span>
      </summary>
      <form
        aria-label={t('label')}
        className="absolute end-0 top-full z-30 mt-2 w-[min(21rem,calc(100vw-2rem))] space-y-4 rounded-lg border border-line bg-paper p-4 text-sm leading-ui shadow-lg"
      >
        <Choices legend={t('textSize')}>
          {textSizes.map((size, i) => (
            <Option key={size} name="jisr-text-size" setting="size" value={size} defaultChecked={size === 'standard'} label={t(`sizes.${size}`)}>
              {/* The letter itself grows, step by step. */}
              <span aria-hidden="true" style={{ fontSize: `${0.8 + i * 0.15}rem` }}>
                {locale === 'ar' ? 'أ' : 'A'}
              </span>
            </Option>
          ))}
        </Choices>
        {locale === 'ar' && (
          <Choices legend={t('digits')} column>
            <Option name="jisr-digits" setting="digits" value="latn" defaultChecked label={t('digitsLatn')} />
            <Option name="jisr-digits" setting="digits" value="arab" label={t('digitsArab')} />
          </Choices>
        )}
        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input type="checkbox" data-setting="hijri" className="size-5 shrink-0 accent-brand" />
          {t('hijri')}
        </label>
        <Choices legend={tTheme('label')}>
          {themes.map((theme) => (
            <Option key={theme} name="jisr-theme" setting="theme" value={theme} defaultChecked={theme === 'system'} label={tTheme(theme)} visibleLabel>
              <ThemeIcon theme={theme} />
            </Option>
          ))}
        </Choices>
        {/* Filled in by the head script when the panel opens, only where a service worker can keep pages. React
            leaves the figures' text alone (an empty dangerouslySetInnerHTML is not hydrated). */}
        <section className="offline-only space-y-1 border-t border-line pt-3">
          <h2 className="font-semibold">{t('offline')}</h2>
          <p data-offline-usage="saved" data-template={usage('savedUsage', offlineLimits.saved)} data-num dangerouslySetInnerHTML={{ __html: '' }} />
          <p data-offline-usage="kept" data-template={usage('keptUsage', offlineLimits.reports)} data-num dangerouslySetInnerHTML={{ __html: '' }} />
          <p className="text-muted">{t('offlineNote')}</p>
          <a href={localePath({ href: '/saved', locale })} className="inline-flex min-h-11 items-center">
            {t('savedLink')}
          </a>
        </section>
      </form>
    </details>
  );
}

function Choices({ legend, column = false, children }: { legend: string; column?: boolean; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className={`gap-1 border border-line p-0.5 ${column ? 'grid rounded-3xl' : 'flex rounded-full'}`}>{children}</div>
    </fieldset>
  );
}

type OptionProps = {
  name: string;
  value: string;
  label: string;
  defaultChecked?: boolean;
  /** Which stored setting it sets (lib/reading/settings.ts). */
  setting: 'size' | 'digits' | 'theme';
  /** Show the label beside the icon rather than only to screen readers. */
  visibleLabel?: boolean;
  children?: ReactNode;
};

function Option({ name, value, label, defaultChecked = false, setting, visibleLabel = false, children }: OptionProps) {
  return (
    <label className="flex min-h-11 min-w-11 grow cursor-pointer items-center justify-center gap-1.5 rounded-full px-2 has-checked:bg-ink has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-focus">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        data-setting={setting}
        // The head script checks the stored choice before React hydrates.
        suppressHydrationWarning
        className="sr-only"
      />
      {children}
      <span className={children && !visibleLabel ? 'sr-only' : undefined}>{label}</span>
    </label>
  );
}

const themeIcons: Record<Theme, ReactNode> = {
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

function ThemeIcon({ theme }: { theme: Theme }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      {themeIcons[theme]}
    </svg>
  );
}
