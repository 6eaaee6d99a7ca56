import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePackageParts } from '../../../scripts/scorm/package-app';
import { validateManifestXsd } from '../../../scripts/scorm/validate';
import type { CourseOutline, CourseStructure, LessonBundle } from '../content/bundle';
import { writeContent } from '../content/write-content';
import { assemblePackage, MANIFEST_FILE, PackageCheckError, PackageOptionsError } from './assemble-package';
import { checkPackage } from './package-check';
import { parsePackageConfig } from './package-config';
import type { PackageOptions } from './package-options';
import type { PartsIndex } from './parts';

// A package-profile build in miniature: SvelteKit's launch page and bundle, the website's PWA
// files, and the real course content written by the real content step.
let dir: string;
let index: PartsIndex;
const read = (path: string) => new Uint8Array(readFileSync(join(dir, path)));
const LAUNCH = `<!doctype html>
<html lang="fr" dir="ltr">
	<head>
		<meta name="description" content="An offline course on human trafficking and data." />
		<link rel="icon" href="/icon.svg" type="image/svg+xml" />
		<link rel="apple-touch-icon" href="/icon-192.png" />
		<link rel="manifest" href="/manifest.webmanifest" />
		<link href="/_app/immutable/bundle.abc.js" rel="modulepreload">
	</head>
	<body><script>import("/_app/immutable/bundle.abc.js")</script></body>
</html>`;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'package-parts-'));
	writeContent(resolve('modules'), dir);
	mkdirSync(join(dir, '_app/immutable'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), LAUNCH);
	writeFileSync(join(dir, '_app/immutable/bundle.abc.js'), 'export const start = () => {};');
	for (const file of ['icon.svg', 'icon-192.png', 'icon-512.png', 'manifest.webmanifest']) writeFileSync(join(dir, file), 'x');
	index = preparePackageParts(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const workshop: PackageOptions = {
	standard: 'scorm2004',
	languages: ['en'],
	modules: [2],
	passMark: 60,
	reporting: 'passed-failed',
	courseId: 'workshop'
};
const json = <T>(files: Record<string, Uint8Array>, path: string) => JSON.parse(strFromU8(files[path]!)) as T;

describe('the package parts', () => {
	it('index the app, every language’s content by module, and both standards’ XSDs, without the website’s PWA files', () => {
		expect(index.languages).toEqual(['fr', 'en', 'es']);
		expect(index.modules.map((m) => m.number)).toEqual([1, 2, 3]);
		expect(index.app.map((p) => p.path)).toEqual(['_app/immutable/bundle.abc.js', 'icon.svg', 'index.html']);
		expect(index.content.find((p) => p.path === 'content/en/data-and-trafficking/quiz.json')).toMatchObject({
			kind: 'quiz',
			language: 'en',
			module: 'data-and-trafficking'
		});
		expect(index.content.find((p) => p.path === 'content/es/glossary.json')).toMatchObject({ kind: 'other', language: 'es' });
		expect(index.content.find((p) => p.path === 'content/structure.json')).toEqual(expect.objectContaining({ kind: 'structure' }));
		expect(index.schemas.scorm12.map((p) => p.path)).toContain('schemas/scorm12/imscp_rootv1p1p2.xsd');
		const launch = readFileSync(join(dir, 'index.html'), 'utf8');
		expect(launch).not.toMatch(/manifest|apple-touch-icon/);
		expect(launch).toContain('<link href="./_app/immutable/bundle.abc.js" rel="modulepreload">');
		expect(launch).toContain('import("./_app/immutable/bundle.abc.js")');
	});
});

describe('one package', () => {
	it('carries only the chosen language and modules, with its pass mark and options', () => {
		const pkg = assemblePackage(workshop, index, read);
		const paths = Object.keys(pkg.files);
		expect(pkg.fileName).toBe('workshop-en-m2-scorm2004.zip');
		expect(paths[0]).toBe(MANIFEST_FILE);
		expect(paths.filter((p) => p.startsWith('content/')).every((p) => p === 'content/structure.json' || p.startsWith('content/en/'))).toBe(
			true
		);
		// A folder under content/en/ is a module's (only the chosen one), or the interface strings' (every page needs some).
		const folders = paths.filter((p) => /^content\/en\/[^/]+\//.test(p) && !p.startsWith('content/en/ui/'));
		expect(folders.length).toBeGreaterThan(0);
		expect(folders.every((p) => p.startsWith('content/en/data-and-trafficking/'))).toBe(true);
		expect(paths).toContain('content/en/ui/common.json');
		expect(paths).not.toContain('manifest.webmanifest');

		const outline = json<CourseOutline>(pkg.files, 'content/en/course.json');
		expect(outline.languages).toEqual(['en']);
		expect(outline.modules.map((m) => m.number)).toEqual([2]);
		expect(outline.modules[0]!.lessons.find((l) => l.quiz)!.quiz!.passMark).toBe(0.6);
		const structure = json<CourseStructure>(pkg.files, 'content/structure.json');
		expect(new Set(structure.lessons.map((l) => l.moduleId))).toEqual(new Set(['data-and-trafficking']));
		expect(structure.lessons.find((l) => l.lesson.quiz)!.lesson.quiz!.passMark).toBe(0.6);
		expect(json<LessonBundle>(pkg.files, 'content/en/data-and-trafficking/quiz.json').lesson.quiz!.passMark).toBe(0.6);
		// Lessons that are not quizzes are the parts' own bytes.
		expect(pkg.files['content/en/data-and-trafficking/data-sources.json']).toEqual(
			read('content/en/data-and-trafficking/data-sources.json')
		);

		expect(parsePackageConfig(json(pkg.files, 'lms-package.json'))).toEqual({
			courseId: 'workshop',
			standard: 'scorm2004',
			passMark: 60,
			reporting: 'passed-failed',
			languages: ['en'],
			modules: [2]
		});
		const launch = strFromU8(pkg.files['index.html']!);
		expect(launch).toContain('<html lang="en"');
		expect(launch).toContain(`content="${outline.summary.replace(/<[^>]+>/g, '')}"`);
	});

	it('has a manifest that passes the official XSDs and the reference checks, listing every file of the SCO', () => {
		for (const standard of ['scorm12', 'scorm2004'] as const) {
			const pkg = assemblePackage({ ...workshop, standard }, index, read);
			expect(validateManifestXsd(pkg.manifest, standard)).toEqual([]);
			expect(checkPackage(Object.keys(pkg.files), MANIFEST_FILE, pkg.manifest)).toEqual([]);
			const listed = [...pkg.manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
			const xsds = Object.keys(pkg.files).filter((p) => /\.(xsd|dtd)$/.test(p));
			expect(listed.sort()).toEqual(
				Object.keys(pkg.files)
					.filter((p) => p !== MANIFEST_FILE && !xsds.includes(p))
					.sort()
			);
			expect(xsds.length).toBe(standard === 'scorm12' ? 4 : 17);
		}
	});

	it('leaves the pass/fail judgement to the course in every reporting option: the LMS gets no mastery score to apply to the mean', () => {
		for (const standard of ['scorm12', 'scorm2004'] as const)
			for (const reporting of ['passed-failed', 'passed-incomplete'] as const) {
				const { manifest } = assemblePackage({ ...workshop, standard, reporting }, index, read);
				expect(manifest).not.toContain('masteryscore');
				expect(manifest).not.toContain('satisfiedByMeasure="true"');
				if (standard === 'scorm2004') expect(manifest).toContain('<imsss:minNormalizedMeasure>0.60</imsss:minNormalizedMeasure>');
			}
	});

	it('is a zip of exactly those files, the same bytes every time', () => {
		const a = assemblePackage(workshop, index, read);
		const b = assemblePackage({ ...workshop, modules: [2, 2], languages: ['en'] }, index, read);
		expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
		const unzipped = unzipSync(a.zip);
		expect(Object.keys(unzipped)).toEqual(Object.keys(a.files));
		for (const [path, bytes] of Object.entries(a.files)) expect(Buffer.from(unzipped[path]!).equals(Buffer.from(bytes)), path).toBe(true);
	});

	it('names several languages, the first as the main one, and uses the trainer’s title', () => {
		const pkg = assemblePackage(
			{ ...workshop, languages: ['es', 'fr'], modules: [1, 3], title: 'Taller: datos y trata', standard: 'scorm12' },
			index,
			read
		);
		expect(pkg.identifier).toBe('workshop-es-fr-m1-m3-scorm12');
		expect(json<CourseOutline>(pkg.files, 'content/fr/course.json').languages).toEqual(['es', 'fr']);
		expect(Object.keys(pkg.files).some((p) => p.startsWith('content/en/'))).toBe(false);
		expect(pkg.manifest).toContain(
			'<imsmd:langstring xml:lang="es">Taller: datos y trata</imsmd:langstring><imsmd:langstring xml:lang="fr">Taller: datos y trata</imsmd:langstring>'
		);
		expect(strFromU8(pkg.files['index.html']!)).toContain('<html lang="es"');
	});

	it('refuses bad options with every problem named, before reading a single part', () => {
		let reads = 0;
		const counting = (path: string) => (reads++, read(path));
		const attempt = () =>
			assemblePackage({ ...workshop, modules: [], passMark: 101, courseId: 'my course', title: 'x'.repeat(201) }, index, counting);
		expect(attempt).toThrow(PackageOptionsError);
		try {
			attempt();
		} catch (error) {
			expect((error as PackageOptionsError).problems.map((p) => p.code)).toEqual([
				'noModule',
				'passMark',
				'courseIdCharacters',
				'titleLength'
			]);
		}
		expect(reads).toBe(0);
	});

	it('refuses to ship a launch page that loads anything from outside the package', () => {
		const leaky = (path: string) =>
			path === 'index.html'
				? new TextEncoder().encode(strFromU8(read(path)).replace('./icon.svg', 'https://cdn.example/icon.svg'))
				: read(path);
		expect(() => assemblePackage(workshop, index, leaky)).toThrow(PackageCheckError);
		expect(() => assemblePackage(workshop, index, leaky)).toThrow(/loads https:\/\/cdn.example\/icon.svg from outside the package/);
	});
});
