import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import type { CourseOutline, CourseStructure } from '../../src/lib/content/bundle';
import type { Language } from '../../src/lib/course/types';
import type { Reporting } from '../../src/lib/course/course-result';
import type { PackageConfig } from '../../src/lib/tracking/scorm-tracker';
import { checkPackage, launchPageLeaks } from './check-package';
import { manifestXml, type Standard } from './manifest';
import { schemaFolder, validateManifestXsd } from './validate';

export interface ExportOptions {
	standards: Standard[];
	/** Each entry is one package's languages: ['fr'], or ['fr', 'en', 'es'] for a multilingual one. */
	languageSets: Language[][];
	modules?: number[];
	passMark: number;
	reporting: Reporting;
	courseId?: string;
	title?: string;
	outDir: string;
	log?: (line: string) => void;
}

export interface ExportedPackage {
	file: string;
	bytes: number;
	standard: Standard;
	languages: Language[];
}

const BUILD_DIR = resolve('build-package');
const LAUNCH = 'index.html';
export const PACKAGE_CONFIG_FILE = 'lms-package.json';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/**
 * SvelteKit writes the hash-router page with root-relative URLs ("/_app/…"), which inside an LMS
 * point at the LMS's own root. A package must only use paths relative to its launch file.
 */
export function relativeLaunchPage(html: string): string {
	return html.replace(/(href|src)="\/(?!\/)/g, '$1="./').replace(/import\("\/(?!\/)/g, 'import("./');
}

/** One build of the app in the package profile, for one set of languages and modules. */
function buildApp(languages: Language[], modules: number[] | undefined, log: (line: string) => void) {
	log(`building the package app for ${languages.join('+')}${modules ? `, modules ${modules.join(',')}` : ''}…`);
	execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			BUILD_PROFILE: 'package',
			PACKAGE_LANGS: languages.join(','),
			...(modules ? { PACKAGE_MODULES: modules.join(',') } : {})
		}
	});
	// The package must carry exactly what was asked for: a build that skipped the content step
	// would silently ship whatever static/ held before.
	const structure = JSON.parse(readFileSync(join(BUILD_DIR, 'content', 'structure.json'), 'utf8')) as CourseStructure;
	const carried = [...new Set(structure.lessons.map((l) => l.moduleId))].length;
	const outlines = languages.map((l) => JSON.parse(readFileSync(join(BUILD_DIR, 'content', l, 'course.json'), 'utf8')) as CourseOutline);
	const expected = modules?.length ?? outlines[0]!.modules.length;
	if (carried !== expected || outlines.some((o) => o.modules.length !== expected)) {
		throw new Error(`the package build carries ${carried} module(s), not the ${expected} asked for`);
	}
	const launch = join(BUILD_DIR, LAUNCH);
	writeFileSync(launch, relativeLaunchPage(readFileSync(launch, 'utf8')));
}

/** Builds, checks and zips every package asked for. Throws on an invalid manifest: nothing broken ships. */
export function exportPackages(options: ExportOptions): ExportedPackage[] {
	const log = options.log ?? (() => {});
	mkdirSync(options.outDir, { recursive: true });
	const out: ExportedPackage[] = [];
	for (const languages of options.languageSets) {
		buildApp(languages, options.modules, log);
		const outlines = languages.map((l) => JSON.parse(readFileSync(join(BUILD_DIR, 'content', l, 'course.json'), 'utf8')) as CourseOutline);
		const courseId = options.courseId ?? outlines[0]!.id;
		for (const standard of options.standards) {
			const stage = mkdtempSync(join(tmpdir(), 'package-'));
			cpSync(BUILD_DIR, stage, { recursive: true });
			const config: PackageConfig = { courseId, standard, passMark: options.passMark, reporting: options.reporting, languages };
			writeFileSync(join(stage, PACKAGE_CONFIG_FILE), JSON.stringify(config));
			const appFiles = walk(stage)
				.map((f) => relative(stage, f).split('\\').join('/'))
				.sort();
			cpSync(schemaFolder(standard), stage, { recursive: true });
			const tag = languages.length > 1 ? 'multilingual' : languages[0]!;
			const identifier = `${courseId}-${tag}-${standard}`;
			const xml = manifestXml({
				standard,
				identifier,
				texts: outlines.map((o) => ({ language: o.language, title: options.title ?? o.title, description: o.summary })),
				passMark: options.reporting === 'completed-incomplete' ? null : options.passMark,
				lmsJudgesSuccess: options.reporting === 'passed-failed',
				launch: LAUNCH,
				files: appFiles
			});
			writeFileSync(join(stage, 'imsmanifest.xml'), xml);
			const files = walk(stage).map((f) => relative(stage, f).split('\\').join('/'));
			const leaks = launchPageLeaks(readFileSync(join(stage, LAUNCH), 'utf8')).map(
				(url) => `${LAUNCH} loads ${url} from outside the package`
			);
			const problems = [...validateManifestXsd(xml, standard), ...checkPackage(files, 'imsmanifest.xml', xml), ...leaks];
			if (problems.length) throw new Error(`${identifier}: the manifest is not valid:\n  ${problems.join('\n  ')}`);
			const zip = zipSync(Object.fromEntries(files.map((f) => [f, readFileSync(join(stage, f))])), {
				level: 9,
				mtime: new Date('2026-01-01T00:00:00Z')
			});
			const file = join(options.outDir, `${identifier}.zip`);
			writeFileSync(file, zip);
			rmSync(stage, { recursive: true, force: true });
			out.push({ file, bytes: zip.length, standard, languages });
			log(`  ${file}  ${(zip.length / 1024).toFixed(1)} KB`);
		}
	}
	return out;
}
