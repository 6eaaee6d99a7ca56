/**
 * `npm run bench`: what each route costs a learner, from the built site (run `npm run build`
 * first). Prints JS bytes (raw and gzip -9) per route and the size of the offline cache, then
 * FCP, LCP and CLS of the home and a lesson page on a throttled phone profile (bench-paint.ts).
 * `--compare DIR` loads an older build (DIR holds a built site, e.g. DIR/build) in turn with this
 * one and prints the ratios; `--no-paint` skips the browser; `--json` prints the same as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lessonCatalog, loadCourse } from '../src/lib/content/load-content';
import { worstCaseState } from '../src/lib/content/suspend-data-budget';
import { encodeSuspendData, type CatalogEntry } from '../src/lib/tracking/suspend-data';
import { benchPaint, printPaint } from './bench-paint';
import { firstVisitCache, measureOnFirstUse, measurePage, sizeOf, WEB_MANIFEST } from './measure-build';
import { measureIllustrations } from './measure-illustrations';

const buildDir = resolve('build');
if (!existsSync(buildDir)) {
	console.error('build/ is missing: run `npm run build` first.');
	process.exit(1);
}

const routes: [string, string][] = [
	['language chooser', '/'],
	['course home', '/fr/'],
	['module page', '/fr/introduction/'],
	['lesson page', '/fr/introduction/what-is-trafficking/'],
	['about', '/fr/about/'],
	['my data', '/fr/my-data/'],
	['trainers (builder)', '/fr/trainers/'],
	['404', '404.html']
];

// What the throttled run loads: the course home and a lesson page (the same two in an older build).
const paintRoutes: [string, string][] = [
	['course home', '/fr/'],
	['lesson page', '/fr/introduction/what-is-trafficking/']
];

/** A built site: DIR itself if it has index.html, else DIR/build. */
function siteDir(dir: string): string {
	const candidates = [resolve(dir), resolve(dir, 'build')];
	const found = candidates.find((d) => existsSync(resolve(d, 'index.html')));
	if (!found) {
		console.error(`--compare ${dir}: no built site there (index.html in it or in build/)`);
		process.exit(1);
	}
	return found;
}
const compareAt = process.argv.indexOf('--compare');
const compareDir = compareAt === -1 ? undefined : process.argv[compareAt + 1];
if (compareAt !== -1 && !compareDir) {
	console.error('--compare needs a directory');
	process.exit(1);
}
const builds = [{ name: 'current', dir: buildDir }, ...(compareDir ? [{ name: 'compared', dir: siteDir(compareDir) }] : [])];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// The whole course's worst case: every lesson open, every step on the path, every attempt used.
const course = loadCourse(resolve('modules'));
const catalog: CatalogEntry[] = lessonCatalog(course);
const worstSuspendData = encodeSuspendData(worstCaseState(catalog), catalog).length;

const packagesIndex = resolve(buildDir, 'packages/index.json');
const packages = existsSync(packagesIndex) ? (JSON.parse(readFileSync(packagesIndex, 'utf8')) as { file: string; bytes: number }[]) : [];

// Loaded on first use, on top of the lesson page that shows them.
const manifest = resolve(WEB_MANIFEST);
const onFirstUse: [string, string][] = [
	['near-duplicate lab', 'src/lib/components/interactions/SimilarityLab.svelte'],
	['k-anonymity lab', 'src/lib/components/interactions/KAnonymityLab.svelte'],
	['red-flag lab', 'src/lib/components/interactions/RedFlagLab.svelte'],
	['capstone plan', 'src/lib/components/interactions/CapstonePlan.svelte']
];

const report = {
	routes: routes.map(([name, route]) => ({
		name,
		route,
		...measurePage(buildDir, route),
		html: sizeOf(route.endsWith('.html') ? resolve(buildDir, route) : resolve(buildDir, '.' + route, 'index.html'))
	})),
	onFirstUse: existsSync(manifest)
		? onFirstUse.map(([name, source]) => ({
				name,
				...measureOnFirstUse(buildDir, manifest, source, '/fr/introduction/what-is-trafficking/')
			}))
		: [],
	// What a first visit in one language stores (src/lib/pwa/precache.ts; tests/e2e/offline-language.e2e.ts holds its budget).
	firstVisit: firstVisitCache(buildDir, 'fr'),
	packages,
	illustrations: measureIllustrations(course),
	suspendData: { worstCase: worstSuspendData, lessons: catalog.length, scorm12Limit: 4096, scorm2004Limit: 64000 },
	paint: process.argv.includes('--no-paint') ? [] : await benchPaint(builds, paintRoutes)
};

if (process.argv.includes('--json')) {
	console.log(JSON.stringify(report, null, 2));
} else {
	console.log('JS loaded per route (raw / gzip -9), and the page itself (HTML, gzip -9):');
	for (const r of report.routes)
		console.log(
			`  ${r.name.padEnd(18)} ${r.route.padEnd(42)} ${kb(r.raw).padStart(10)} / ${kb(r.gzip).padStart(9)}  (${r.files} files)  HTML ${kb(r.html.gzip)} gzip`
		);
	console.log('Added on first use, on top of a lesson page (JS and CSS, raw / gzip -9):');
	for (const part of report.onFirstUse)
		console.log(`  ${part.name.padEnd(18)} ${kb(part.raw).padStart(10)} / ${kb(part.gzip).padStart(9)}`);
	const c = report.firstVisit;
	console.log(
		`First visit's offline download (the app and French, every lesson and lab): ${kb(c.raw)} raw / ${kb(c.gzip)} gzip, ${c.files} files`
	);
	console.log('Illustrations added per page (inline SVG in the HTML, not JS; raw / gzip -9):');
	for (const i of report.illustrations)
		console.log(`  ${i.page.padEnd(60)} ${kb(i.raw).padStart(10)} / ${kb(i.gzip).padStart(9)}  (${i.count} SVG)`);
	console.log('LMS packages:');
	for (const p of report.packages) console.log(`  ${p.file.padEnd(44)} ${kb(p.bytes).padStart(10)}`);
	if (!report.packages.length) console.log('  none in build/ (run `npm run build`)');
	const sd = report.suspendData;
	console.log(
		`Worst-case suspend_data (${sd.lessons} lessons, option-order seeds stored, same encoding in SCORM 1.2 and 2004): ${sd.worstCase} characters (limits: 1.2 ${sd.scorm12Limit}, 2004 ${sd.scorm2004Limit})`
	);
	if (report.paint.length) printPaint(report.paint, paintRoutes);
}
