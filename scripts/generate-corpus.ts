// Generates a large content directory for benchmarks: N reports (default 5,000) whose bilingual blocks are drawn
// from the real reports, each with its own slug, date and mix. Usage: tsx scripts/generate-corpus.ts DIR [N]
import fs from 'node:fs';
import path from 'node:path';
import { readContent } from '../lib/content/load';

/** A small deterministic random generator, so that every run builds the same corpus. */
export function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

export function generateCorpus(dir: string, count: number) {
  const { content } = readContent(path.resolve(import.meta.dirname, '..', 'content'));
  if (!content) throw new Error('the real content is invalid');
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const blocks = content.reports.flatMap((r) => r.blocks.filter((b) => b.en && b.ar));
  fs.mkdirSync(path.join(dir, 'reports'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'sections.json'), JSON.stringify(content.sections));
  for (let i = 0; i < count; i++) {
    const source = pick(content.reports);
    const slug = `generated-${String(i).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 700) * 86_400_000);
    const report = {
      slug,
      section: source.section,
      publishedAt: day.toISOString().replace('.000Z', '+00:00'),
      originalLanguage: next() < 0.5 ? 'en' : 'ar',
      headline: { en: `${source.headline.en ?? ''} (${i})`, ar: `${source.headline.ar ?? ''} (${i})` },
      standfirst: source.standfirst?.en && source.standfirst.ar ? source.standfirst : undefined,
      blocks: Array.from({ length: 6 + Math.floor(next() * 10) }, (_, j) => {
        const block = pick(blocks);
        return { id: `p${j + 1}`, type: 'paragraph', en: block.en, ar: block.ar };
      }),
    };
    fs.writeFileSync(path.join(dir, 'reports', `${slug}.json`), JSON.stringify(report));
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [dir, count = '5000'] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: tsx scripts/generate-corpus.ts DIR [COUNT]');
    process.exit(2);
  }
  generateCorpus(path.resolve(dir), Number(count));
  console.log(`Wrote ${count} reports to ${dir}`);
}
