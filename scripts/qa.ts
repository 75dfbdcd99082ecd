// npm run qa [-- --format json]: checks every report's translation in CONTENT_DIR (or ./content). Exits 1 when any
// check of severity "error" fails, so an editor's CI can gate content on it.
import { parseArgs } from 'node:util';
import { contentDir, formatProblem, readContent } from '../lib/content/load';
import { checkContent, hasErrors, toPublicJson } from '../lib/qa/run';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}": use text or json.`);
  process.exit(2);
}

const { content, problems } = readContent(contentDir());
if (!content) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\nThe content is invalid; fix it (npm run content:check) before checking translations.');
  process.exit(2);
}

const reports = [...checkContent(content).values()];
if (values.format === 'json') {
  console.log(JSON.stringify(toPublicJson(reports), null, 2));
} else {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    const findings = report.segments.flatMap((s) => s.checks.map((c) => ({ segment: s.id, ...c })));
    if (findings.length === 0) continue;
    console.log(`\n${report.slug}`);
    for (const f of findings) {
      console.log(`  ${f.severity === 'error' ? 'error  ' : 'warning'}  ${f.segment.padEnd(10)}  ${f.id.padEnd(18)}  ${f.message}`);
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  }
  const segments = reports.reduce((n, r) => n + r.segments.length, 0);
  console.log(`\n${reports.length} reports, ${segments} segments: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
}
process.exit(hasErrors(reports) ? 1 : 0);
