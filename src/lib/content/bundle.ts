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

export const outlinePath = (language: Language) => `content/${language}/course.json`;
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
