import type { Language } from '../course/types';
import { REPORTING_OPTIONS, type Reporting } from '../course/reporting';
import { STANDARDS, type Standard } from './package-config';

/** What a trainer chooses, on the Trainers page or on the command line (`npm run export`). */
export interface PackageOptions {
	standard: Standard;
	/** One language, or several: the learner then chooses inside. The first is the default. */
	languages: Language[];
	/** Module numbers, in any order. */
	modules: number[];
	/** A whole number from 0 to 100. */
	passMark: number;
	reporting: Reporting;
	/** Names the package in the LMS and the manifest. */
	courseId: string;
	/** The title the LMS shows; empty or absent: the course's own title, in each language. */
	title?: string;
	/** Where the quick exit leads inside an LMS (absent: the course's default). */
	quickExitUrl?: string;
}

/** What the course offers, from the package parts (see parts.ts). */
export interface CourseFacts {
	languages: readonly Language[];
	modules: readonly number[];
}

export const DEFAULT_COURSE_ID = 'datajam-course';
export const DEFAULT_PASS_MARK = 80;
export const DEFAULT_REPORTING: Reporting = 'passed-incomplete';

/** Long enough for "ngo-workshop-2026-spring"; LMSs build file and database names from it. */
export const COURSE_ID_MAX = 64;
/** The smallest maximum SCORM 1.2 and 2004 require LMSs to keep for an item title (CAM: 200 characters). */
export const TITLE_MAX = 200;

/**
 * ASCII letters, digits, hyphens, dots and underscores, starting with a letter: a valid XML ID
 * (the manifest's identifier) and a SCORM CMIIdentifier (no spaces), which some LMSs also use in
 * file names, so no accents, colons or slashes.
 */
const COURSE_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;

export type OptionField = 'standard' | 'languages' | 'modules' | 'passMark' | 'reporting' | 'courseId' | 'title' | 'quickExitUrl';

/** A refused option: a key for the message (builder.problem.<code>) and its values. */
export interface OptionProblem {
	field: OptionField;
	code:
		| 'standard'
		| 'noLanguage'
		| 'unknownLanguage'
		| 'noModule'
		| 'unknownModule'
		| 'passMark'
		| 'reporting'
		| 'courseIdEmpty'
		| 'courseIdCharacters'
		| 'courseIdLength'
		| 'titleLength'
		| 'titleCharacters'
		| 'quickExitUrl';
	values?: Record<string, string | number>;
}

/** Every problem with the options, in the order of the form; an empty list means they can be packaged. */
export function checkOptions(options: PackageOptions, course: CourseFacts): OptionProblem[] {
	const problems: OptionProblem[] = [];
	if (!STANDARDS.includes(options.standard))
		problems.push({ field: 'standard', code: 'standard', values: { value: String(options.standard) } });

	if (!options.languages.length) problems.push({ field: 'languages', code: 'noLanguage' });
	for (const language of options.languages)
		if (!course.languages.includes(language))
			problems.push({ field: 'languages', code: 'unknownLanguage', values: { value: language, known: course.languages.join(', ') } });

	if (!options.modules.length) problems.push({ field: 'modules', code: 'noModule' });
	for (const number of options.modules)
		if (!course.modules.includes(number))
			problems.push({ field: 'modules', code: 'unknownModule', values: { value: String(number), known: course.modules.join(', ') } });

	const mark = options.passMark;
	if (!(Number.isInteger(mark) && mark >= 0 && mark <= 100))
		problems.push({ field: 'passMark', code: 'passMark', values: { value: String(mark) } });

	if (!REPORTING_OPTIONS.includes(options.reporting))
		problems.push({ field: 'reporting', code: 'reporting', values: { value: String(options.reporting) } });

	const id = options.courseId;
	if (!id) problems.push({ field: 'courseId', code: 'courseIdEmpty' });
	else if (!COURSE_ID.test(id)) problems.push({ field: 'courseId', code: 'courseIdCharacters', values: { value: id } });
	else if (id.length > COURSE_ID_MAX)
		problems.push({ field: 'courseId', code: 'courseIdLength', values: { max: COURSE_ID_MAX, length: id.length } });

	const title = options.title?.trim() ?? '';
	if ([...title].length > TITLE_MAX)
		problems.push({ field: 'title', code: 'titleLength', values: { max: TITLE_MAX, length: [...title].length } });
	// eslint-disable-next-line no-control-regex -- control characters are what is refused
	else if (/[\u0000-\u001f\u007f]/.test(title)) problems.push({ field: 'title', code: 'titleCharacters' });

	if (options.quickExitUrl && !isWebAddress(options.quickExitUrl))
		problems.push({ field: 'quickExitUrl', code: 'quickExitUrl', values: { value: options.quickExitUrl } });
	return problems;
}

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

/** The options with defaults applied and values put in a stable order, so one choice gives one package. */
export function normaliseOptions(options: PackageOptions, course: CourseFacts): PackageOptions {
	const languages = course.languages.filter((l) => options.languages.includes(l));
	const inOrder =
		options.languages[0] && languages.includes(options.languages[0])
			? [options.languages[0], ...languages.filter((l) => l !== options.languages[0])]
			: languages;
	const title = options.title?.trim();
	const quickExitUrl = options.quickExitUrl?.trim();
	return {
		standard: options.standard,
		languages: inOrder,
		modules: [...new Set(options.modules)].sort((a, b) => a - b),
		passMark: options.passMark,
		reporting: options.reporting,
		courseId: options.courseId,
		...(title ? { title } : {}),
		...(quickExitUrl ? { quickExitUrl } : {})
	};
}

/**
 * The manifest identifier and file name: course, languages ("multilingual" when all of them),
 * modules when not all, standard. Different choices give different names, so a trainer's
 * downloads never overwrite each other.
 */
export function packageIdentifier(options: PackageOptions, course: CourseFacts): string {
	const languages = options.languages.length === course.languages.length ? 'multilingual' : options.languages.join('-');
	const modules = options.modules.length === course.modules.length ? '' : options.modules.map((n) => `-m${n}`).join('');
	return `${options.courseId}-${languages}${modules}-${options.standard}`;
}
