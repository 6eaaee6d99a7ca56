import type { LessonKind } from '../course/lesson-kind';
import type { Language, Lesson, QuizSettings, Reference } from '../course/types';

/** What the build writes for the app to fetch: one outline per language, one bundle per lesson. */

export interface LessonOutline {
	id: string;
	/** Rendered inline HTML; `titleText` is the same as plain text (a page title, an LMS description). */
	title: string;
	titleText: string;
	summary: string;
	estimatedMinutes: number;
	/** Reading, scenario, lab or quiz, derived from the lesson's steps at build time (course/lesson-kind.ts). */
	kind: LessonKind;
	sensitive: boolean;
	contentVersion: string;
	/** Present on the module quiz. */
	quiz?: QuizSettings;
}

export interface MythOutline {
	id: string;
	/** Rendered inline HTML. */
	myth: string;
	/** Rendered block HTML. */
	fact: string;
}

export interface ModuleOutline {
	id: string;
	number: number;
	title: string;
	titleText: string;
	summary: string;
	misconceptions: MythOutline[];
	lessons: LessonOutline[];
	/** The module's decorative cover (illustrations/cover.svg), inline SVG markup, hidden from screen readers. */
	cover?: string;
}

export interface CourseOutline {
	id: string;
	language: Language;
	languages: Language[];
	version: string;
	title: string;
	titleText: string;
	summary: string;
	credits: string;
	licence: string;
	modules: ModuleOutline[];
}

export interface LessonBundle {
	moduleId: string;
	language: Language;
	contentVersion: string;
	lesson: Lesson;
	/** Rendered, sanitised HTML keyed by text key (see course/text-keys.ts). */
	text: Record<string, string>;
	/** The lesson's title and each step's, as plain text: page titles and what an LMS shows beside an answer. */
	titleText: string;
	stepTitles: Record<string, string>;
	/** Each illustration a step names, as inline SVG markup with its words in this language (content/illustrations.ts). */
	illustrations?: Record<string, string>;
}

/** What every page needs of a lesson in the course's list: where it is, what it is called, what it asks (the continue link, the progress rules). */
export type LessonHeader = Pick<LessonOutline, 'id' | 'title' | 'estimatedMinutes' | 'sensitive' | 'quiz'>;
export interface ModuleHeader extends Omit<ModuleOutline, 'misconceptions' | 'lessons'> {
	lessons: LessonHeader[];
}
/**
 * The course as the layout carries it on every page: its words and its module list, without what
 * only a module's own pages show (lesson summaries, myths), which is in that module's file.
 */
export interface CourseHeader extends Omit<CourseOutline, 'modules'> {
	modules: ModuleHeader[];
}

/** What a module's pages add to its header: the lessons' summaries and the module's myths. */
export interface ModuleDetails {
	misconceptions: MythOutline[];
	lessons: Pick<LessonOutline, 'id' | 'titleText' | 'summary' | 'contentVersion' | 'kind'>[];
}

export const moduleDetails = (module: ModuleOutline): ModuleDetails => ({
	misconceptions: module.misconceptions,
	lessons: module.lessons.map((l) => ({
		id: l.id,
		titleText: l.titleText,
		summary: l.summary,
		contentVersion: l.contentVersion,
		kind: l.kind
	}))
});

/** A module's whole outline, from its header (every page has it) and its details (its own file). */
export function moduleOutline(header: ModuleHeader, details: ModuleDetails): ModuleOutline {
	const more = new Map(details.lessons.map((l) => [l.id, l]));
	return {
		...header,
		misconceptions: details.misconceptions,
		lessons: header.lessons.map((l) => {
			const detail = more.get(l.id);
			if (!detail) throw new Error(`the module file of "${header.id}" has no lesson "${l.id}"`);
			return { ...l, ...detail };
		})
	};
}

export function courseHeader(outline: CourseOutline): CourseHeader {
	return {
		...outline,
		modules: outline.modules.map(({ misconceptions: _, lessons, ...module }) => ({
			...module,
			lessons: lessons.map((l) => ({
				id: l.id,
				title: l.title,
				estimatedMinutes: l.estimatedMinutes,
				sensitive: l.sensitive,
				...(l.quiz ? { quiz: l.quiz } : {})
			}))
		}))
	};
}

/** The whole outline: for LMS packages (title, description) and tools; the site reads the header and the module files. */
export const outlinePath = (language: Language) => `content/${language}/course.json`;
export const headerPath = (language: Language) => `content/${language}/header.json`;
/** One module's details (lesson summaries, myths): its page and its lessons' pages. */
export const moduleOutlinePath = (language: Language, moduleId: string) => `content/${language}/${moduleId}/module.json`;
export const lessonPath = (language: Language, moduleId: string, lessonId: string) => `content/${language}/${moduleId}/${lessonId}.json`;
/** One group of the interface strings (i18n/ui-groups.ts): each page loads the groups it shows. */
export const uiStringsPath = (language: Language, group: string) => `content/${language}/ui/${group}.json`;
export const glossaryPath = (language: Language) => `content/${language}/glossary.json`;

/** The glossary page's data: terms in the language's alphabetical order, rendered inline HTML, with their sources. */
export interface GlossaryBundle {
	language: Language;
	terms: { id: string; term: string; definition: string; references: Reference[] }[];
}

/** Every lesson's structure (no text), in course order: what an LMS package needs to resume. */
export interface CourseStructure {
	version: string;
	lessons: { key: string; moduleId: string; contentVersion: string; lesson: Lesson }[];
}

export const structurePath = 'content/structure.json';
