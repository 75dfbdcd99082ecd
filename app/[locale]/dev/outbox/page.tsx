import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { localePath } from '@/i18n/routing';
import { getDb } from '@/lib/db/client';
import { formatDate } from '@/lib/format';
import { langAttrs, otherLocale } from '@/lib/locales';
import { outboxMessages, subscriptions } from '@/lib/newsletter/store';
import { pageMetadata } from '@/lib/site/metadata';

// The messages a mailer would send, for development and the browser tests. It exists only with JISR_DEV_OUTBOX=1
// (the proxy answers 404 otherwise, lib/site/routes.ts); it shows addresses and live links, so never in production.

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Newsletter.outbox');
  return pageMetadata({ path: '/dev/outbox', title: t('title'), index: false });
}

/** Message text with its links made clickable (addresses are Latin text, left to right); the text stays text. */
function Linked({ text }: { text: string }) {
  return text.split(/(https?:\/\/\S+)/).map((part, i) => (i % 2 === 1 ? <a key={i} href={part} lang="en" dir="ltr" className="break-all underline">{part}</a> : part));
}

export default async function OutboxPage() {
  if (process.env.JISR_DEV_OUTBOX !== '1') notFound();
  const locale = await getLocale();
  const t = await getTranslations('Newsletter.outbox');
  const db = await getDb();
  const messages = await outboxMessages(db);
  const subscribers = await subscriptions(db);
  return (
    <PageShell alternateHref={localePath({ href: '/dev/outbox', locale: otherLocale(locale) })}>
      <h1 className="text-h1 font-bold">{t('title')}</h1>
      <p className="mb-6 font-ui text-sm text-muted">{t('intro')}</p>
      {messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="space-y-6 font-ui text-sm">
          {messages.map((m) => (
            <li key={m.id} data-message={m.id} data-to={m.recipient} data-kind={m.kind} className="rounded-lg border border-line p-4">
              {/* The labels are in the page's language; the message itself in its own (langAttrs). */}
              <p className="text-muted">
                {t('kind', { kind: m.kind })} · <time dateTime={m.createdAt.toISOString()} suppressHydrationWarning>{formatDate(m.createdAt, 'published', locale)}</time>
              </p>
              <p>
                {t('to')}: <bdi lang="en" dir="ltr">{m.recipient}</bdi>
              </p>
              <p className="font-semibold">
                {t('subject')}: <bdi {...langAttrs(m.locale, locale)}>{m.subject}</bdi>
              </p>
              <p className="mt-2 whitespace-pre-wrap" {...langAttrs(m.locale, locale)}>
                <Linked text={m.body} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <h2 className="mt-10 mb-3 text-h3 font-semibold">{t('subscriptions')}</h2>
      {/* Long addresses scroll inside the table's own box, never the page. */}
      <div className="overflow-x-auto">
        <table className="font-ui text-sm">
          <thead>
            <tr>
              <th scope="col" className="p-2 text-start">{t('to')}</th>
              <th scope="col" className="p-2 text-start">{t('status')}</th>
              <th scope="col" className="p-2 text-start">{t('editions')}</th>
            </tr>
          </thead>
          <tbody>
            {subscribers.map((s) => (
              <tr key={s.email} data-subscriber={s.email} data-status={s.status} data-editions={s.editions} className="border-t border-line">
                <td className="p-2 break-all">
                  <bdi lang="en" dir="ltr">{s.email}</bdi>
                </td>
                <td className="p-2" lang="en" dir="ltr">{s.status}</td>
                <td className="p-2" lang="en" dir="ltr">
                  {s.editions}
                  {s.requestedEditions && ` → ${s.requestedEditions}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageShell>
  );
}
