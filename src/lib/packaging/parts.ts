import type { CourseStructure, LessonBundle } from '../content/bundle';
import type { Language } from '../course/types';
import type { Standard } from './package-config';
import type { CourseFacts, PackageOptions } from './package-options';

/**
 * The package parts: the one package app (built once), the course content in every language, the
 * XSDs, and this index of them, in one folder. `npm run export` reads the folder from disk; the
 * Trainers page fetches the same folder from the site (build/package-parts/). Both pick files
 * with `partsFor`, so the two doors cannot carry different files.
 */
export const PARTS_INDEX = 'parts.json';

export interface PartFile {
	/** Path in the parts folder; for the app and the content, also the path in the package. */
	path: string;
	bytes: number;
}

/**
 * What a content file is, for the selection and for what the builder adjusts: the outline (whole,
 * or its header) and the structure list the package's modules, and a quiz carries the package's
 * pass mark.
 */
export type ContentKind = 'outline' | 'structure' | 'lesson' | 'quiz' | 'other';

export interface ContentPart extends PartFile {
	kind: ContentKind;
	/** Absent: every package carries it. */
	language?: Language;
	/** The module's id; absent: the file serves every module of its language. */
	module?: string;
}

export interface PartsIndex {
	/** Changes with any change to the app or the content: an offline copy of another version is stale. */
	version: string;
	/** The course's own identifier, the default course id. */
	courseId: string;
	languages: Language[];
	modules: { number: number; id: string }[];
	/** The launch file, one of `app`. */
	launch: string;
	/** The package app: every package carries all of it. */
	app: PartFile[];
	content: ContentPart[];
	/** The official XSDs each standard's package carries at its root (paths "schemas/<standard>/<file>"). */
	schemas: Record<Standard, PartFile[]>;
}

export const courseFacts = (index: PartsIndex): CourseFacts => ({
	languages: index.languages,
	modules: index.modules.map((m) => m.number)
});

/** The parts one package carries. */
export function partsFor(index: PartsIndex, options: Pick<PackageOptions, 'standard' | 'languages' | 'modules'>) {
	const modules = new Set(index.modules.filter((m) => options.modules.includes(m.number)).map((m) => m.id));
	const content = index.content.filter(
		(part) => (!part.language || options.languages.includes(part.language)) && (!part.module || modules.has(part.module))
	);
	return { app: index.app, content, schemas: index.schemas[options.standard] };
}

/** Every file of the parts folder, the index first: what the Trainers page keeps for offline use. */
export const allParts = (index: PartsIndex): PartFile[] => [...index.app, ...index.content, ...Object.values(index.schemas).flat()];

/** In the package, an XSD sits at the root beside the manifest. */
export const schemaPathInPackage = (part: PartFile) => part.path.split('/').pop()!;

/** A quiz in the package asks for the package's pass mark (a ratio in content, a percent in options). */
const withPassMark = <T extends { quiz?: { passMark: number } }>(lesson: T, passMark: number): T =>
	lesson.quiz ? { ...lesson, quiz: { ...lesson.quiz, passMark: passMark / 100 } } : lesson;

/**
 * The outline a package carries: its languages and modules only, each quiz at its pass mark, so
 * every part of the app (module list, language switch, certificate, LMS tracker) sees the
 * package's choice without a filter of its own.
 */
export function packageOutline<
	O extends { languages: Language[]; modules: { number: number; lessons: { quiz?: { passMark: number } }[] }[] }
>(outline: O, options: Pick<PackageOptions, 'languages' | 'modules' | 'passMark'>): O {
	return {
		...outline,
		languages: options.languages,
		modules: outline.modules
			.filter((m) => options.modules.includes(m.number))
			.map((m) => ({ ...m, lessons: m.lessons.map((l) => withPassMark(l, options.passMark)) }))
	};
}

/** The lesson structure the LMS tracker resumes from: the package's modules, quizzes at its pass mark. */
export function packageStructure(structure: CourseStructure, moduleIds: readonly string[], passMark: number): CourseStructure {
	return {
		...structure,
		lessons: structure.lessons
			.filter((entry) => moduleIds.includes(entry.moduleId))
			.map((entry) => ({ ...entry, lesson: withPassMark(entry.lesson, passMark) }))
	};
}

export const packageQuiz = (bundle: LessonBundle, passMark: number): LessonBundle => ({
	...bundle,
	lesson: withPassMark(bundle.lesson, passMark)
});
