import { z } from 'zod';
import { locales, type Locale } from '../locales';

// The content contract (docs/content.md). Everything a page sees has passed through these schemas.

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A rule's message, except that a missing field is simply "is required". */
const unlessMissing = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);

const kebabId = (what: string) =>
  z.string().regex(kebab, { error: unlessMissing(`${what} must be kebab-case (lower-case letters, digits and single hyphens)`) });

const notBlank = z.string().refine((s) => s.trim().length > 0, {
  error: 'must not be blank (leave the key out while a translation is pending)',
});

/** A piece of text in up to two languages. Which one is required depends on the report's original language. */
export const TextSchema = z.strictObject({ en: notBlank.optional(), ar: notBlank.optional() });
export type Text = z.infer<typeof TextSchema>;

/** Text that must exist in both languages (UI-facing names such as sections). */
const BilingualSchema = z.strictObject({ en: notBlank, ar: notBlank });

export const SectionSchema = z.strictObject({ id: kebabId('A section id'), name: BilingualSchema });
export const SectionsSchema = z.array(SectionSchema).min(1, { error: unlessMissing('needs at least one section') });
export type Section = z.infer<typeof SectionSchema>;

export const TagSchema = z.strictObject({ id: kebabId('A tag id'), name: BilingualSchema });
export const TagsSchema = z.array(TagSchema);
export type Tag = z.infer<typeof TagSchema>;

export const GlossaryEntrySchema = z.strictObject({
  en: notBlank,
  ar: z.array(notBlank).min(1, { error: unlessMissing('needs at least one Arabic rendering') }),
  /** Other acceptable English forms (a surname, an acronym), accepted in an English translation of Arabic. */
  variants: z.array(notBlank).optional(),
});
export const GlossarySchema = z.array(GlossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const reportKinds = ['report', 'brief', 'explainer', 'opinion', 'caricature'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const blockTypes = ['paragraph', 'heading', 'quote'] as const;
export type BlockType = (typeof blockTypes)[number];

/** Segment ids of the report's own fields (lib/review/segments.ts), so a block may not take them. */
const reservedBlockIds = new Set(['headline', 'standfirst', 'caption']);

const isoWithOffset = z.iso.datetime({
  offset: true,
  error: unlessMissing('must be an ISO 8601 date-time with an offset, e.g. 2025-04-03T10:00:00+03:00'),
});

const httpUrl = z.url({ protocol: /^https?$/, error: unlessMissing('must be an http(s) URL') });

export const BlockSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: unlessMissing('a block id is 1–64 letters, digits, - or _') }),
  type: z.enum(blockTypes, { error: unlessMissing(`type must be one of ${blockTypes.join(', ')}`) }),
  en: notBlank.optional(),
  ar: notBlank.optional(),
  cite: TextSchema.optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const ImageSchema = z.strictObject({
  src: z
    .string()
    .regex(/^\/images\/(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_.-]+\.(?:svg|png|jpe?g|webp|avif)$/, {
      error: 'must be a path under /images/ ending in .svg, .png, .jpg, .webp or .avif',
    })
    .refine((s) => !s.includes('..'), { error: unlessMissing('must not contain ..') }),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: TextSchema,
  caption: TextSchema.optional(),
  credit: TextSchema.optional(),
});

export const ReportSchema = z
  .strictObject({
    slug: kebabId('The slug'),
    section: kebabId('The section'),
    story: kebabId('A story id').optional(),
    tags: z.array(kebabId('A tag')).optional(),
    kind: z.enum(reportKinds, { error: unlessMissing(`kind must be one of ${reportKinds.join(', ')}`) }).default('report'),
    publishedAt: isoWithOffset,
    updatedAt: isoWithOffset.optional(),
    originalLanguage: z.enum(locales, { error: unlessMissing('originalLanguage must be "en" or "ar"') }),
    source: z.strictObject({ name: TextSchema, url: httpUrl.optional() }).optional(),
    byline: TextSchema.optional(),
    headline: TextSchema,
    standfirst: TextSchema.optional(),
    image: ImageSchema.optional(),
    blocks: z.array(BlockSchema).min(1, { error: unlessMissing('a report needs at least one block') }),
  })
  .superRefine((report, ctx) => {
    const original = report.originalLanguage;
    const requireOriginal = (value: Partial<Record<Locale, string>> | undefined, path: (string | number)[]) => {
      if (value && !value[original]) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, original],
          message: `the original language (${original}) is required`,
        });
      }
    };
    requireOriginal(report.headline, ['headline']);
    requireOriginal(report.standfirst, ['standfirst']);
    requireOriginal(report.byline, ['byline']);
    requireOriginal(report.source?.name, ['source', 'name']);
    requireOriginal(report.image?.alt, ['image', 'alt']);
    requireOriginal(report.image?.caption, ['image', 'caption']);
    requireOriginal(report.image?.credit, ['image', 'credit']);

    const seen = new Map<string, number>();
    report.blocks.forEach((block, i) => {
      requireOriginal(block, ['blocks', i]);
      requireOriginal(block.cite, ['blocks', i, 'cite']);
      if (block.cite && block.type !== 'quote') {
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'cite'], message: 'only a quote block has a cite' });
      }
      if (reservedBlockIds.has(block.id)) {
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'id'], message: `"${block.id}" is reserved for the report's own ${block.id}` });
      }
      const first = seen.get(block.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['blocks', i, 'id'],
          message: `duplicate block id "${block.id}" (already used by blocks[${first}])`,
        });
      } else {
        seen.set(block.id, i);
      }
    });

    if (report.updatedAt && Date.parse(report.updatedAt) < Date.parse(report.publishedAt)) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before publishedAt' });
    }
    if (report.tags && new Set(report.tags).size !== report.tags.length) {
      ctx.addIssue({ code: 'custom', path: ['tags'], message: 'lists the same tag twice' });
    }
  });

export type ReportInput = z.infer<typeof ReportSchema>;
