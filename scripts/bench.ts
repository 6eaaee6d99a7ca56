/**
 * `npm run bench`: what each route costs a learner, from the built site (run `npm run build`
 * first). Prints JS bytes (raw and gzip -9) per route and the size of the offline cache.
 * `--json` prints the same as JSON.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { measurePage, measureSite } from './measure-build';

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
	['404', '404.html']
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const report = {
	routes: routes.map(([name, route]) => ({ name, route, ...measurePage(buildDir, route) })),
	offlineCache: measureSite(buildDir)
};

if (process.argv.includes('--json')) {
	console.log(JSON.stringify(report, null, 2));
} else {
	console.log('JS loaded per route (raw / gzip -9):');
	for (const r of report.routes)
		console.log(`  ${r.name.padEnd(18)} ${r.route.padEnd(42)} ${kb(r.raw).padStart(10)} / ${kb(r.gzip).padStart(9)}  (${r.files} files)`);
	const c = report.offlineCache;
	console.log(`Offline cache (whole site, all 3 languages): ${kb(c.raw)} raw / ${kb(c.gzip)} gzip, ${c.files} files`);
}
