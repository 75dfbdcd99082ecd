// Validates a content directory (CONTENT_DIR or ./content): prints every problem, one per line, and exits 1 if any.
import { contentDir, formatProblem, readContent } from '../lib/content/load';

const dir = contentDir();
const { content, problems } = readContent(dir);
for (const problem of problems) console.error(formatProblem(problem));
if (!content || problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
console.log(`${dir}: ${content.reports.length} reports in ${content.sections.length} sections, all valid.`);
