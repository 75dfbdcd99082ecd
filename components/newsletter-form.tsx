import { getLocale, getTranslations } from 'next-intl/server';

/**
 * The newsletter sign-up in every page's footer: a plain form that posts to /api/newsletter, so it works without
 * JavaScript. The page's own language is ticked by default.
 */
export async function NewsletterForm() {
  const locale = await getLocale();
  const t = await getTranslations('Newsletter');
  const box = 'size-5 accent-[var(--brand)]';
  return (
    <section aria-labelledby="jisr-newsletter" id="newsletter" className="space-y-3">
      <h2 id="jisr-newsletter" className="font-semibold">
        {t('title')}
      </h2>
      <p className="leading-ui text-muted">{t('intro')}</p>
      <form method="post" action="/api/newsletter" className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <div className="grid gap-1">
          <label htmlFor="newsletter-email">{t('email')}</label>
          <input
            id="newsletter-email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            inputMode="email"
            dir="ltr"
            className="min-h-11 w-full max-w-sm rounded border border-line bg-paper px-3 text-start text-ink rtl:text-end"
          />
        </div>
        <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-1">
          <legend className="mb-1">{t('editions')}</legend>
          {(['ar', 'en'] as const).map((edition) => (
            <label key={edition} className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" name="edition" value={edition} defaultChecked={edition === locale} className={box} />
              {t(`editionName.${edition}`)}
            </label>
          ))}
        </fieldset>
        {/* The honeypot: out of sight and out of the tab order for people; bots fill in every field. */}
        <div aria-hidden="true" className="sr-only">
          <label htmlFor="newsletter-website">{t('website')}</label>
          <input id="newsletter-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className="min-h-11 rounded-full bg-ink px-5 font-semibold text-paper">
          {t('submit')}
        </button>
        <p className="text-sm leading-ui text-muted">{t('note')}</p>
      </form>
    </section>
  );
}
