import fs from 'node:fs';
import path from 'node:path';
import {
  ContentError,
  contentDir,
  contentFiles,
  formatProblem,
  isContentDir,
  isReportFileName,
  newestFirst,
  readOptionalList,
  readReportFile,
  readSections,
  reportFileNames,
  sectionProblem,
  type Content,
  type ContentProblem,
  type Report,
} from './load';
import { GlossarySchema, TagsSchema, type GlossaryEntry, type Section, type Tag } from './schema';
import { derivedFile, lazyReport, ReportArchive, type Archived } from './archive';

// The running server's content: one store per process, shared by every page, route handler and the proxy through
// globalThis (each bundle has its own copy of this module). It watches the content directory and re-reads only the
// files that changed; a file that fails its checks keeps its last valid version in service, and a new invalid file
// stays unpublished. Each change makes a new immutable snapshot with a higher version, which the page cache
// (lib/content/page-cache.cjs) compares against. See docs/decisions/0012-live-content.md.

/** A problem in the content as the server meets it, and what readers see meanwhile. */
export type ListedProblem = ContentProblem & {
  /** `previous`: the file's last valid version is still served; `none`: the file is not published. */
  serving: 'previous' | 'none';
};

/** Where the current version is published for the page cache, which is loaded outside the app's bundles. */
const versionKey = Symbol.for('jisr.content.version');

/** `stamp`: the file's as last looked at; `served`: that of the version in service (older while the file is broken). */
type ReportState = { stamp: string; report?: Report; served?: string; problems: ContentProblem[] };
type ListState<T> = { stamp: string; value?: T; problems: ContentProblem[] };

/** Changes to one file within this long of each other are read once. */
const settleMs = 40;
/** Problems still there this long after a change are logged (an editor writing in place passes through broken states). */
const logAfterMs = 600;
/** A full re-check of the files' stamps, where watching failed (a file system that does not report changes). */
const rescanMs = 15_000;

function stampOf(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

export class ContentStore {
  version = 0;
  private snapshot: Content | undefined;
  private sections: ListState<Section[]> = { stamp: '', problems: [] };
  private tags: ListState<Tag[]> = { stamp: '', problems: [] };
  private glossary: ListState<GlossaryEntry[]> = { stamp: '', problems: [] };
  private reports = new Map<string, ReportState>();
  private dirProblems: ContentProblem[] = [];
  private changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private logTimer: NodeJS.Timeout | undefined;
  private logged = new Set<string>();
  private watchers: fs.FSWatcher[] = [];
  private interval: NodeJS.Timeout | undefined;
  private listeners = new Set<(version: number) => void>();
  private archive: ReportArchive | undefined;
  /** What the archive held when this process started, until each file has been looked at once. */
  private archived = new Map<string, Archived>();

  constructor(
    readonly dir: string,
    watch: boolean,
    /** Whether to read the reports at all: `next build` renders no report, so it reads sections and lists only. */
    private readonly withReports = true,
  ) {
    if (withReports) {
      this.archive = new ReportArchive(derivedFile(dir, '.db'));
      this.archived = this.archive.all();
    }
    if (this.archive) this.archive.batch(() => this.rescan());
    else this.rescan();
    // Files removed while no server ran.
    for (const name of this.archived.keys()) this.archive?.remove(name);
    this.archived.clear();
    if (watch) this.watch();
    this.logProblems();
  }

  /** The current snapshot. Throws a ContentError only when nothing can be served (no valid sections.json yet). */
  content(): Content {
    if (!this.snapshot) throw new ContentError(this.problems());
    return this.snapshot;
  }

  problems(): ListedProblem[] {
    const files = this.files();
    const listed: ListedProblem[] = this.dirProblems.map((p) => ({ ...p, serving: 'none' }));
    for (const state of [this.sections, this.tags, this.glossary]) {
      listed.push(...state.problems.map((p): ListedProblem => ({ ...p, serving: state.value ? 'previous' : 'none' })));
    }
    const reports: ListedProblem[] = [];
    for (const [name, state] of this.reports) {
      reports.push(...state.problems.map((p): ListedProblem => ({ ...p, serving: state.report ? 'previous' : 'none' })));
      const misplaced = state.report && this.sections.value && sectionProblem(state.report, path.join(files.reports, name), this.sections.value);
      if (misplaced) reports.push({ ...misplaced, serving: 'none' });
    }
    // Sorted by file, the few with problems only: this runs after every change, over the whole archive.
    return [...listed, ...reports.sort((a, b) => a.file.localeCompare(b.file))];
  }

  /** The stamp of each published report's version in service, by slug: what an index derived from it compares. */
  servedStamps(): Map<string, string> {
    const stamps = new Map<string, string>();
    for (const state of this.reports.values()) if (state.report && state.served) stamps.set(state.report.slug, state.served);
    return stamps;
  }

  /** Called with the new version after every change (the search index follows it this way). */
  onChange(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close() {
    this.stopWatching();
    clearInterval(this.interval);
    this.archive?.close();
  }

  private stopWatching() {
    for (const watcher of this.watchers.splice(0)) watcher.close();
    clearTimeout(this.timer);
    clearTimeout(this.logTimer);
  }

  private files() {
    return contentFiles(this.dir);
  }

  /** Re-reads whatever changed on disk since the last look (every file's stamp is compared). */
  rescan() {
    const notDir = isContentDir(this.dir);
    this.dirProblems = notDir ? [notDir] : [];
    const files = this.files();
    const problems: ContentProblem[] = [];
    const names = notDir || !this.withReports ? [] : (reportFileNames(files.reports, problems) ?? []);
    this.dirProblems.push(...problems);
    const seen = new Set(names);
    let changed = this.refreshLists();
    for (const name of names) changed = this.refreshReport(name) || changed;
    for (const name of this.reports.keys()) if (!seen.has(name)) changed = this.refreshReport(name) || changed;
    if (changed || !this.snapshot) this.publish();
  }

  private refreshLists(): boolean {
    const files = this.files();
    const a = this.refreshList(this.sections, files.sections, (problems) => readSections(files.sections, problems));
    const b = this.refreshList(this.tags, files.tags, (problems) => readOptionalList(TagsSchema, files.tags, problems));
    const c = this.refreshList(this.glossary, files.glossary, (problems) => readOptionalList(GlossarySchema, files.glossary, problems));
    return a || b || c;
  }

  private refreshList<T>(state: ListState<T>, file: string, read: (problems: ContentProblem[]) => T | undefined): boolean {
    const stamp = stampOf(file) ?? 'missing';
    if (stamp === state.stamp) return false;
    state.stamp = stamp;
    const problems: ContentProblem[] = [];
    const value = read(problems);
    state.problems = problems;
    if (value === undefined) return false;
    state.value = value;
    return true;
  }

  /** Whether what is served changed. */
  private refreshReport(name: string): boolean {
    const file = path.join(/*turbopackIgnore: true*/ this.files().reports, name);
    const stamp = stampOf(file);
    const state = this.reports.get(name);
    if (stamp === undefined) {
      if (!state) return false;
      this.reports.delete(name);
      this.archive?.remove(name);
      return state.report !== undefined;
    }
    if (state?.stamp === stamp) return false;
    const archived = this.archived.get(name);
    this.archived.delete(name);
    // Unchanged since a previous server archived it: no need to read or check it again.
    if (!state && archived?.stamp === stamp) {
      this.reports.set(name, { stamp, report: this.lazy(name, archived), served: stamp, problems: [] });
      return true;
    }
    const problems: ContentProblem[] = [];
    const report = readReportFile(file, problems);
    if (report) {
      const summary = this.archive?.put(name, stamp, report);
      this.reports.set(name, { stamp, report: summary ? this.lazy(name, { stamp, summary }) : report, served: stamp, problems: [] });
      return true;
    }
    // The last valid version stays in service: this process's, or the one archived before it started.
    const previous = state?.report ?? (archived ? this.lazy(name, archived) : undefined);
    this.reports.set(name, { stamp, report: previous, served: state?.served ?? archived?.stamp, problems });
    return previous !== state?.report;
  }

  private lazy(name: string, { stamp, summary }: Archived): Report {
    const archive = this.archive!;
    return lazyReport(summary, () => archive.blocks(name, stamp));
  }

  private publish() {
    const sections = this.sections.value;
    if (!sections) return;
    const ids = new Set(sections.map((s) => s.id));
    const reports: Report[] = [];
    for (const state of this.reports.values()) if (state.report && ids.has(state.report.section)) reports.push(state.report);
    this.snapshot = { dir: this.dir, sections, tags: this.tags.value ?? [], glossary: this.glossary.value ?? [], reports: reports.sort(newestFirst) };
    this.version += 1;
    (globalThis as Record<symbol, unknown>)[versionKey] = this.version;
    for (const listener of this.listeners) listener(this.version);
  }

  private watch() {
    const files = this.files();
    const add = (dir: string, prefix: string) => {
      try {
        const watcher = fs.watch(dir, (_event, name) => this.changedFile(name ? `${prefix}${name}` : undefined));
        watcher.on('error', () => {
          this.changedFile(undefined);
          this.pollForChanges();
        });
        watcher.unref();
        this.watchers.push(watcher);
      } catch (error) {
        console.error(`[content] cannot watch ${dir} (${(error as NodeJS.ErrnoException).code}); changes are picked up every ${rescanMs / 1000} s`);
      }
    };
    add(this.dir, '');
    add(files.reports, 'reports/');
    // Comparing every stamp costs a stat per file (a second at 50,000 reports): only where changes go unreported.
    if (this.watchers.length < 2) this.pollForChanges();
  }

  private pollForChanges() {
    this.interval ??= setInterval(() => this.rescan(), rescanMs).unref();
  }

  /** A file changed (or, with no name, something did): read the changes once they settle. */
  private changedFile(name: string | undefined) {
    this.changed.add(name ?? '*');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.applyChanges(), settleMs);
    this.timer.unref();
  }

  private applyChanges() {
    const names = [...this.changed];
    this.changed.clear();
    try {
      if (names.some((n) => n === '*' || n === 'reports' || !n.startsWith('reports/'))) {
        // A list file, the reports folder itself, or an unnamed change: compare every stamp.
        if (names.includes('reports')) this.rewatch();
        this.rescan();
      } else {
        let changed = false;
        for (const name of names.map((n) => n.slice('reports/'.length))) if (isReportFileName(name)) changed = this.refreshReport(name) || changed;
        if (changed) this.publish();
      }
    } catch (error) {
      console.error('[content] could not apply a change:', error);
    }
    clearTimeout(this.logTimer);
    this.logTimer = setTimeout(() => this.logProblems(), logAfterMs);
    this.logTimer.unref();
  }

  private rewatch() {
    this.stopWatching();
    this.watch();
  }

  /** One log line per problem when it appears, one when its file is fixed; never one per request. */
  private logProblems() {
    const now = new Map(this.problems().map((p) => [formatProblem(p), p]));
    for (const [line, problem] of now) {
      if (this.logged.has(line)) continue;
      this.logged.add(line);
      console.error(`[content] ${line} (${problem.serving === 'previous' ? 'its last valid version is still served' : 'not published'})`);
    }
    for (const line of [...this.logged]) {
      if (now.has(line)) continue;
      this.logged.delete(line);
      const file = line.slice(0, line.indexOf(': '));
      if (![...now.keys()].some((l) => l.startsWith(`${file}: `))) console.log(`[content] ${file}: fixed`);
    }
  }
}

const storesKey = Symbol.for('jisr.content.stores');

/** The process's store for the content directory; created (and, in a server, watching) on first use. */
export function contentStore(dir: string = contentDir()): ContentStore {
  const global = globalThis as Record<symbol, Map<string, ContentStore> | undefined>;
  const stores = (global[storesKey] ??= new Map());
  let store = stores.get(dir);
  if (!store) {
    // `next build` prerenders nothing that shows reports (each is rendered, and cached, when first asked for at run
    // time), so its workers neither read the reports nor watch; nor do scripts and unit tests watch.
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    store = new ContentStore(dir, process.env.NEXT_RUNTIME === 'nodejs' && !building, !building);
    stores.set(dir, store);
  }
  return store;
}

const slugIndexes = new WeakMap<Content, Map<string, Report>>();

/** A report of a snapshot by its slug, without a scan of the archive (built once per snapshot). */
export function reportBySlug(content: Content, slug: string): Report | undefined {
  let index = slugIndexes.get(content);
  if (!index) {
    index = new Map(content.reports.map((r) => [r.slug, r]));
    slugIndexes.set(content, index);
  }
  return index.get(slug);
}

/** The content every page and handler of this process sees: the store's current snapshot. */
export function loadContent(): Content {
  return contentStore().content();
}
