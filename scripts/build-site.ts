/**
 * `npm run build`: the website, with what trainers use from it. First the package app (built
 * once) and the ready-made packages cut from it, then the site, then into build/: the package
 * parts (package-parts/, for the Trainers page's builder), the packages (packages/) and unzipped
 * copies of the multilingual ones for the preview (lms-preview/). All stay out of static/, so the
 * service worker never makes learners download them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { LANGUAGES } from '../src/lib/course/types';
import { exportPackages } from './scorm/build-package';
import { buildPackageParts } from './scorm/package-app';
import { WEB_MANIFEST } from './measure-build';

const started = Date.now();
const seconds = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
const staging = resolve('dist/site-packages');
rmSync(staging, { recursive: true, force: true });

const parts = buildPackageParts((line) => console.log(line));
console.log(`package app built in ${seconds(started)}`);
const packagesStarted = Date.now();
const packages = exportPackages({
	standards: ['scorm12', 'scorm2004'],
	languageSets: [...LANGUAGES.map((l) => [l]), [...LANGUAGES]],
	passMark: 80,
	reporting: 'passed-incomplete',
	outDir: staging,
	parts,
	log: (line) => console.log(line)
});
console.log(`${packages.length} packages made in ${seconds(packagesStarted)}`);

console.log('building the website…');
execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
	stdio: 'inherit',
	env: { ...process.env, BUILD_PROFILE: 'web' }
});

// Which chunk is which source file, for the bench; kept out of build/ and safe from later package builds.
cpSync(resolve('.svelte-kit/output/client/.vite/manifest.json'), resolve(WEB_MANIFEST));

cpSync(parts, resolve('build/package-parts'), { recursive: true });
const packagesDir = resolve('build/packages');
cpSync(staging, packagesDir, { recursive: true });
writeFileSync(
	join(packagesDir, 'index.json'),
	JSON.stringify(packages.map((p) => ({ file: basename(p.file), bytes: p.bytes, standard: p.standard, languages: p.languages })))
);
// The trainers' preview serves the real multilingual packages, unzipped.
for (const p of packages.filter((p) => p.languages.length > 1)) {
	for (const [name, bytes] of Object.entries(unzipSync(readFileSync(p.file)))) {
		const target = resolve('build/lms-preview', p.standard, name);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, bytes);
	}
}
// The LMS side of the preview: scorm-again's own ESM builds, loaded by the preview page at run time.
for (const file of ['scorm12.min.js', 'scorm2004.min.js']) {
	cpSync(resolve('node_modules/scorm-again/dist/esm', file), resolve('build/lms-preview/runtime', file));
}
console.log(`site built with ${packages.length} LMS packages in ${seconds(started)}`);
