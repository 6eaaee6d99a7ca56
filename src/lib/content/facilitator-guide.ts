import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { array, id, literal, object, oneOf, optional, type Parser } from '../course/schema-kit';
import { referenceParser } from '../course/lesson-schema';
import type { TextKey } from '../course/interactions/authoring';
import type { Language, Reference } from '../course/types';
import { REPORTING_OPTIONS, lmsStatus, type CourseResult } from '../course/course-result';
import { ContentError, Reader, type LoadedCourse } from './load-content';
import { referenceLinkProblems } from './reference-links';
import { formatMinutes, type GuideBundle, type GuideLmsMode, type GuideModule, type GuideSection } from './guide-bundle';
import { renderBlock, renderInline } from './markdown';

/**
 * The facilitator's guide: text in modules/facilitator-guide/locales, structure in guide.json,
 * facts about the course (minutes, lesson titles, what the LMS receives) taken from the course and
 * the code at build time, so the guide cannot drift from what learners get.
 */

const INCLUDES = ['modules', 'lms-status'] as const;

interface GuideDefinition {
	schemaVersion: 1;
	sections: { id: string; parts: string[]; include?: (typeof INCLUDES)[number] }[];
	references: Reference[];
}

const guideParser: Parser<GuideDefinition> = object({
	schemaVersion: literal(1),
	sections: array(object({ id: id(), parts: optional(array(id()), []), include: optional(oneOf(INCLUDES)) }), { minLength: 1 }),
	references: array(referenceParser, { minLength: 1 })
});

export interface LoadedGuide {
	definition: GuideDefinition;
	texts: Record<Language, Record<string, string>>;
}

/**
 * Where a learner's attempt can stand, as the course rule (course/course-result.ts) sees it. The
 * statuses in the guide's table come from `lmsStatus` itself, so the guide says what the code sends.
 */
export const LMS_SITUATIONS: { id: string; result: Pick<CourseResult, 'complete' | 'passed'> }[] = [
	{ id: 'in-progress', result: { complete: false, passed: false } },
	{ id: 'quiz-not-passed', result: { complete: true, passed: false } },
	{ id: 'passed', result: { complete: true, passed: true } }
];

/** The text keys the structure asks for in every language. */
export function guideTextKeys(definition: GuideDefinition, moduleIds: string[]): TextKey[] {
	const keys: TextKey[] = [
		{ key: 'title', kind: 'inline' },
		{ key: 'summary', kind: 'block' }
	];
	for (const section of definition.sections) {
		keys.push({ key: `${section.id}.title`, kind: 'inline' }, { key: `${section.id}.body`, kind: 'block' });
		for (const part of section.parts)
			keys.push({ key: `${section.id}.${part}.title`, kind: 'inline' }, { key: `${section.id}.${part}.body`, kind: 'block' });
		if (section.include === 'modules')
			keys.push(...moduleIds.map((m) => ({ key: `${section.id}.objectives.${m}`, kind: 'block' as const })));
		if (section.include === 'lms-status') {
			keys.push(...REPORTING_OPTIONS.map((mode) => ({ key: `${section.id}.reporting.${mode}`, kind: 'block' as const })));
			keys.push(...LMS_SITUATIONS.map((s) => ({ key: `${section.id}.situations.${s.id}`, kind: 'inline' as const })));
		}
	}
	return keys;
}

/** Reads and checks modules/facilitator-guide against the course it describes. Throws ContentError. */
export function loadGuide(root: string, course: LoadedCourse): LoadedGuide {
	const reader = new Reader(root);
	const dir = join(root, 'facilitator-guide');
	const definition = reader.parse(join(dir, 'guide.json'), guideParser);
	if (!definition) throw new ContentError(reader.problems);
	const seen = new Set<string>();
	definition.sections.forEach((section, i) => {
		if (seen.has(section.id)) reader.problem(join(dir, 'guide.json'), `sections[${i}].id`, `section "${section.id}" is listed twice`);
		seen.add(section.id);
	});
	const refIds = new Set<string>();
	definition.references.forEach((ref, i) => {
		if (refIds.has(ref.id)) reader.problem(join(dir, 'guide.json'), `references[${i}].id`, `reference "${ref.id}" is listed twice`);
		refIds.add(ref.id);
		// New references keep the link rules from the start (lessons list theirs while they are fixed).
		for (const p of referenceLinkProblems(ref)) reader.problem(join(dir, 'guide.json'), `references[${i}].${p.field}`, p.message);
	});
	const moduleIds = course.modules.map((m) => m.definition.id);
	const required = guideTextKeys(definition, moduleIds);
	const texts = reader.texts(dir, course.definition.languages, required);
	const facts = courseFacts(course, course.definition.languages[0]!);
	for (const [language, text] of Object.entries(texts)) {
		for (const [key, value] of Object.entries(text)) {
			if (typeof value !== 'string') continue;
			const file = join(dir, 'locales', `${language}.json`);
			for (const message of placeholderProblems(value, facts)) reader.problem(file, key, message);
			if (/\]\(glossary:/.test(value)) reader.problem(file, key, 'glossary links work in lessons only; name the term in words');
		}
	}
	if (reader.problems.length) throw new ContentError(reader.problems);
	return { definition, texts };
}

/** What guide text may quote from the course, in one language. */
interface CourseFacts {
	language: Language;
	minutes: Map<string, number>;
	links: Map<string, { title: string; path: string }>;
}

function courseFacts(course: LoadedCourse, language: Language): CourseFacts {
	const minutes = new Map<string, number>([['course', 0]]);
	const links = new Map<string, { title: string; path: string }>();
	for (const m of course.modules) {
		const moduleId = m.definition.id;
		const total = m.lessons.reduce((sum, l) => sum + l.lesson.estimatedMinutes, 0);
		minutes.set(moduleId, total);
		minutes.set('course', minutes.get('course')! + total);
		links.set(moduleId, { title: m.texts[language]?.title ?? moduleId, path: `/${language}/${moduleId}/` });
		for (const l of m.lessons) {
			minutes.set(`${moduleId}/${l.lesson.id}`, l.lesson.estimatedMinutes);
			links.set(`${moduleId}/${l.lesson.id}`, {
				title: l.texts[language]?.title ?? l.lesson.id,
				path: `/${language}/${moduleId}/${l.lesson.id}/`
			});
		}
	}
	return { language, minutes, links };
}

/**
 * `{{minutes:<module>}}`, `{{minutes:<module>/<lesson>}}` and `{{minutes:course}}` become the
 * estimated time; `{{lesson:<module>/<lesson>}}` and `{{module:<module>}}` a link with its title.
 */
const PLACEHOLDER = /\{\{\s*([a-z]+)\s*:\s*([a-z0-9/-]+)\s*\}\}/g;

function placeholderProblems(text: string, facts: CourseFacts): string[] {
	const problems: string[] = [];
	for (const [, kind, target] of text.matchAll(PLACEHOLDER)) {
		if (kind === 'minutes') {
			if (!facts.minutes.has(target!)) problems.push(`{{minutes:${target}}} names no module or lesson of the course`);
		} else if (kind === 'lesson' || kind === 'module') {
			const isLesson = target!.includes('/');
			if (isLesson !== (kind === 'lesson') || !facts.links.has(target!))
				problems.push(`{{${kind}:${target}}} names no ${kind} of the course`);
		} else problems.push(`unknown placeholder {{${kind}:${target}}} (use minutes, lesson or module)`);
	}
	const leftover = text.replace(PLACEHOLDER, '');
	if (/\{\{|\}\}/.test(leftover)) problems.push('has an unclosed or malformed {{…}} placeholder');
	return problems;
}

export function expandPlaceholders(text: string, facts: CourseFacts): string {
	return text.replace(PLACEHOLDER, (_, kind: string, target: string) => {
		if (kind === 'minutes') return formatMinutes(facts.minutes.get(target)!, facts.language);
		const link = facts.links.get(target)!;
		// Titles are Markdown inline text from the course's own files.
		return `[${link.title}](${link.path})`;
	});
}

/** The guide page's data in one language: rendered HTML, module times summed from the lessons. */
export function bundleGuide(guide: LoadedGuide, course: LoadedCourse, language: Language): GuideBundle {
	const facts = courseFacts(course, language);
	const text = guide.texts[language];
	const block = (key: string) => renderBlock(expandPlaceholders(text[key]!, facts));
	const inline = (key: string) => renderInline(expandPlaceholders(text[key]!, facts));
	const modules = (sectionId: string): GuideModule[] =>
		course.modules.map((m) => ({
			id: m.definition.id,
			number: m.definition.number,
			title: renderInline(m.texts[language]!.title!),
			minutes: facts.minutes.get(m.definition.id)!,
			objectives: block(`${sectionId}.objectives.${m.definition.id}`),
			lessons: m.lessons.map((l) => ({
				id: l.lesson.id,
				title: renderInline(l.texts[language]!.title!),
				minutes: l.lesson.estimatedMinutes,
				...(l.lesson.quiz ? { quiz: l.lesson.quiz } : {})
			}))
		}));
	const lms = (sectionId: string): GuideLmsMode[] =>
		REPORTING_OPTIONS.map((mode) => ({
			id: mode,
			description: block(`${sectionId}.reporting.${mode}`),
			rows: LMS_SITUATIONS.map(({ id: situation, result }) => ({
				situation,
				label: inline(`${sectionId}.situations.${situation}`),
				...lmsStatus(result, mode)
			}))
		}));
	const sections: GuideSection[] = guide.definition.sections.map((s) => ({
		id: s.id,
		title: inline(`${s.id}.title`),
		body: block(`${s.id}.body`),
		parts: s.parts.map((p) => ({ id: p, title: inline(`${s.id}.${p}.title`), body: block(`${s.id}.${p}.body`) })),
		...(s.include === 'modules' ? { modules: modules(s.id) } : {}),
		...(s.include === 'lms-status' ? { lms: lms(s.id) } : {})
	}));
	return {
		language,
		title: inline('title'),
		summary: block('summary'),
		totalMinutes: facts.minutes.get('course')!,
		sections,
		references: guide.definition.references
	};
}

/** Whether a course folder has a guide (test fixtures and forks may have none). */
export const hasGuide = (root: string) => existsSync(join(root, 'facilitator-guide', 'guide.json'));
