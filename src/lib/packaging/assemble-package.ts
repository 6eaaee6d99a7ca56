import { strFromU8, strToU8, zipSync } from 'fflate';
import type { CourseOutline, CourseStructure, LessonBundle } from '../content/bundle';
import { localiseLaunchPage, plainText } from './launch-page';
import { manifestXml } from './manifest';
import { checkPackage, launchPageLeaks } from './package-check';
import { PACKAGE_CONFIG_FILE, type PackageConfig } from './package-config';
import { checkOptions, normaliseOptions, packageIdentifier, type OptionProblem, type PackageOptions } from './package-options';
import { courseFacts, packageOutline, packageQuiz, packageStructure, partsFor, schemaPathInPackage, type PartsIndex } from './parts';

export const MANIFEST_FILE = 'imsmanifest.xml';

/** The options cannot make a package: the problems say which and why (see checkOptions). */
export class PackageOptionsError extends Error {
	constructor(readonly problems: OptionProblem[]) {
		super(`the package options are not valid: ${problems.map((p) => `${p.field} (${p.code})`).join(', ')}`);
	}
}

/** The package would be broken (a reference check failed): nothing broken ships. */
export class PackageCheckError extends Error {
	constructor(
		readonly identifier: string,
		readonly problems: string[]
	) {
		super(`${identifier}: the package is not valid:\n  ${problems.join('\n  ')}`);
	}
}

export interface AssembledPackage {
	identifier: string;
	fileName: string;
	options: PackageOptions;
	config: PackageConfig;
	manifest: string;
	/** Every file of the zip, by its path in the zip. */
	files: Record<string, Uint8Array>;
	zip: Uint8Array;
}

/**
 * The same date for every file, whatever the day and the time zone of the build (a zip stores
 * local date fields): the same options give the same bytes through either door.
 */
const ZIP_DATE = new Date(2026, 0, 1);

/**
 * Builds one package from the parts: the shared core of `npm run export` and the Trainers page.
 * `read` gives a part's bytes by its path in the parts folder (from disk, or fetched beforehand;
 * see partsFor for which). Throws PackageOptionsError for bad options and PackageCheckError when
 * the reference checks fail. The official XSDs are checked on top of this in Node (xmllint).
 */
export function assemblePackage(input: PackageOptions, index: PartsIndex, read: (path: string) => Uint8Array): AssembledPackage {
	const course = courseFacts(index);
	const problems = checkOptions(input, course);
	if (problems.length) throw new PackageOptionsError(problems);
	const options = normaliseOptions(input, course);
	const identifier = packageIdentifier(options, course);
	const moduleIds = index.modules.filter((m) => options.modules.includes(m.number)).map((m) => m.id);
	const json = (path: string) => JSON.parse(strFromU8(read(path))) as unknown;
	const bytes = (value: unknown) => strToU8(JSON.stringify(value));

	const parts = partsFor(index, options);
	const files: Record<string, Uint8Array> = {};
	const outlines = new Map<string, CourseOutline>();
	for (const part of parts.content) {
		if (part.kind === 'outline') {
			// The whole outline or its header (course.json, header.json): the same words and module list.
			const outline = packageOutline(json(part.path) as CourseOutline, options);
			outlines.set(outline.language, outline);
			files[part.path] = bytes(outline);
		} else if (part.kind === 'structure')
			files[part.path] = bytes(packageStructure(json(part.path) as CourseStructure, moduleIds, options.passMark));
		else if (part.kind === 'quiz') files[part.path] = bytes(packageQuiz(json(part.path) as LessonBundle, options.passMark));
		else files[part.path] = read(part.path);
	}
	const texts = options.languages.map((language) => {
		const outline = outlines.get(language);
		if (!outline) throw new PackageCheckError(identifier, [`the parts have no outline in "${language}"`]);
		return { language, title: options.title ?? plainText(outline.title), description: plainText(outline.summary) };
	});
	if (!parts.content.some((p) => p.kind === 'structure')) throw new PackageCheckError(identifier, ['the parts have no lesson structure']);

	const main = texts[0]!;
	for (const part of parts.app) {
		files[part.path] =
			part.path === index.launch
				? strToU8(localiseLaunchPage(strFromU8(read(part.path)), main.language, main.description))
				: read(part.path);
	}
	const config: PackageConfig = {
		courseId: options.courseId,
		standard: options.standard,
		passMark: options.passMark,
		reporting: options.reporting,
		languages: options.languages,
		modules: options.modules,
		...(options.quickExitUrl ? { quickExitUrl: options.quickExitUrl } : {})
	};
	files[PACKAGE_CONFIG_FILE] = bytes(config);

	// The SCO's files: everything but the manifest and the XSDs that describe it.
	const scoFiles = Object.keys(files).sort();
	const manifest = manifestXml({
		standard: options.standard,
		identifier,
		texts,
		passMark: options.reporting === 'completed-incomplete' ? null : options.passMark,
		// The LMS never judges success itself (no 1.2 masteryscore, no 2004 satisfiedByMeasure), even
		// with passed/failed: it would compare the mean score with the mark, and a learner at 100, 100
		// and 60 would pass there while the course (every quiz passed) says not yet.
		lmsJudgesSuccess: false,
		launch: index.launch,
		files: scoFiles
	});
	for (const part of parts.schemas) files[schemaPathInPackage(part)] = read(part.path);

	const ordered: Record<string, Uint8Array> = { [MANIFEST_FILE]: strToU8(manifest) };
	for (const path of Object.keys(files).sort()) ordered[path] = files[path]!;
	const leaks = launchPageLeaks(strFromU8(ordered[index.launch]!)).map((url) => `${index.launch} loads ${url} from outside the package`);
	const broken = [...checkPackage(Object.keys(ordered), MANIFEST_FILE, manifest), ...leaks];
	if (broken.length) throw new PackageCheckError(identifier, broken);

	const zip = zipSync(ordered, { level: 9, mtime: ZIP_DATE });
	return { identifier, fileName: `${identifier}.zip`, options, config, manifest, files: ordered, zip };
}
