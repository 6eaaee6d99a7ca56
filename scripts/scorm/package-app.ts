/**
 * The package parts, built once: one build of the app in the package profile (hash router,
 * relative paths, no service worker) with the whole course, then the XSDs and an index
 * (parts.json). Every package, from `npm run export` or from the Trainers page, is cut from this
 * folder by src/lib/packaging/assemble-package.ts.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
	headerPath,
	lessonPath,
	moduleOutlinePath,
	outlinePath,
	structurePath,
	type CourseOutline,
	type CourseStructure
} from '../../src/lib/content/bundle';
import { LANGUAGES, type Language } from '../../src/lib/course/types';
import { prepareLaunchPage, WEB_APP_ONLY_FILES } from '../../src/lib/packaging/launch-page';
import { STANDARDS } from '../../src/lib/packaging/package-config';
import { PARTS_INDEX, type ContentPart, type PartFile, type PartsIndex } from '../../src/lib/packaging/parts';
import { schemaFolder } from './validate';

/** Where the package profile of the app is built (svelte.config.js); the parts are prepared in place. */
export const PACKAGE_BUILD_DIR = resolve('build-package');
const LAUNCH = 'index.html';

function walk(dir: string): string[] {
	return readdirSync(dir)
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : [path];
		})
		.sort();
}

/** Builds the package app and prepares the parts folder; returns its path. */
export function buildPackageParts(log: (line: string) => void = () => {}): string {
	log('building the package app (once, for every package)…');
	execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BUILD_PROFILE: 'package' }
	});
	preparePackageParts(PACKAGE_BUILD_DIR);
	return PACKAGE_BUILD_DIR;
}

/** Makes a package-profile build into a parts folder: launch page, XSDs, index. */
export function preparePackageParts(dir: string): PartsIndex {
	const launch = join(dir, LAUNCH);
	writeFileSync(launch, prepareLaunchPage(readFileSync(launch, 'utf8')));
	for (const file of WEB_APP_ONLY_FILES) rmSync(join(dir, file), { force: true });
	rmSync(join(dir, 'schemas'), { recursive: true, force: true });
	for (const standard of STANDARDS) cpSync(schemaFolder(standard), join(dir, 'schemas', standard), { recursive: true });
	rmSync(join(dir, PARTS_INDEX), { force: true });

	const rel = (file: string) => relative(dir, file).split('\\').join('/');
	const part = (path: string): PartFile => ({ path, bytes: statSync(join(dir, path)).size });
	const languages = LANGUAGES.filter((l) => existsSync(join(dir, outlinePath(l))));
	if (!languages.length) throw new Error(`${dir} has no course content: the package build did not write it`);
	const outlines = new Map(languages.map((l) => [l, JSON.parse(readFileSync(join(dir, outlinePath(l)), 'utf8')) as CourseOutline]));
	const structure = JSON.parse(readFileSync(join(dir, structurePath), 'utf8')) as CourseStructure;
	const first = outlines.get(languages[0]!)!;

	// What each content file is, from the same path rules the app reads them by (content/bundle.ts).
	const known = new Map<string, Omit<ContentPart, 'bytes'>>([[structurePath, { path: structurePath, kind: 'structure' }]]);
	for (const [language, outline] of outlines) {
		known.set(outlinePath(language), { path: outlinePath(language), kind: 'outline', language });
		known.set(headerPath(language), { path: headerPath(language), kind: 'outline', language });
		for (const module of outline.modules) {
			const path = moduleOutlinePath(language, module.id);
			known.set(path, { path, kind: 'other', language, module: module.id });
		}
		for (const module of outline.modules)
			for (const lesson of module.lessons) {
				const path = lessonPath(language, module.id, lesson.id);
				known.set(path, { path, kind: lesson.quiz ? 'quiz' : 'lesson', language, module: module.id });
			}
	}
	const moduleIds = new Set(first.modules.map((m) => m.id));
	const content: ContentPart[] = walk(join(dir, 'content')).map((file) => {
		const path = rel(file);
		const bytes = statSync(file).size;
		const entry = known.get(path);
		if (entry) return { ...entry, bytes };
		// Anything else under content/<language>/<module>/ belongs to that module, under content/<language>/ to the language.
		const [, language, module] = path.split('/');
		const isLanguage = (languages as string[]).includes(language!) && path.split('/').length > 2;
		return {
			path,
			bytes,
			kind: 'other',
			...(isLanguage ? { language: language as Language } : {}),
			...(isLanguage && moduleIds.has(module!) && path.split('/').length > 3 ? { module } : {})
		};
	});
	const lessonFiles = [...known.keys()].filter((p) => !content.some((c) => c.path === p));
	if (lessonFiles.length) throw new Error(`the package build is missing ${lessonFiles.join(', ')}`);

	const app = walk(dir)
		.map(rel)
		.filter((path) => !path.startsWith('content/') && !path.startsWith('schemas/'))
		.map(part);
	if (!app.some((p) => p.path === LAUNCH)) throw new Error(`the package build has no ${LAUNCH}`);
	const schemas = Object.fromEntries(
		STANDARDS.map((s) => [
			s,
			walk(join(dir, 'schemas', s))
				.map(rel)
				.map(part)
		])
	) as PartsIndex['schemas'];

	const hash = createHash('sha256');
	for (const p of [...app, ...content, ...Object.values(schemas).flat()]) hash.update(p.path).update(readFileSync(join(dir, p.path)));
	const index: PartsIndex = {
		version: `${structure.version}-${hash.digest('hex').slice(0, 12)}`,
		courseId: first.id,
		languages,
		modules: first.modules.map((m) => ({ number: m.number, id: m.id })),
		launch: LAUNCH,
		app,
		content,
		schemas
	};
	writeFileSync(join(dir, PARTS_INDEX), JSON.stringify(index));
	return index;
}

export const readPartsIndex = (dir: string) => JSON.parse(readFileSync(join(dir, PARTS_INDEX), 'utf8')) as PartsIndex;
