import { authoringFor, interactionParser } from './interactions/authoring';
import {
	array,
	boolean,
	exactly,
	id,
	literal,
	number,
	object,
	oneOf,
	optional,
	record,
	string,
	type Issue,
	type Parser
} from './schema-kit';
import {
	FIGURE_UNITS,
	LANGUAGES,
	type BarChartFigure,
	type CourseDefinition,
	type Lesson,
	type Language,
	type ModuleDefinition,
	type PerLanguage,
	type QuizSettings,
	type Reference,
	type Step
} from './types';

/** A value for every language, or an object of values keyed by course language (at least one). */
function perLanguage(parser: Parser<string>): Parser<PerLanguage<string>> {
	return (value, path, issues) => {
		if (typeof value === 'string') return parser(value, path, issues);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			issues.push({ path, message: `expected a string, or an object keyed by language (${LANGUAGES.join(', ')})` });
			return undefined;
		}
		const entries = Object.entries(value);
		if (entries.length === 0) {
			issues.push({ path, message: `needs at least one language (${LANGUAGES.join(', ')})` });
			return undefined;
		}
		const before = issues.length;
		const out: Partial<Record<Language, string>> = {};
		for (const [key, entry] of entries) {
			if (!(LANGUAGES as readonly string[]).includes(key)) {
				issues.push({ path: `${path}.${key}`, message: `"${key}" is not a course language (${LANGUAGES.join(', ')})` });
				continue;
			}
			const parsed = parser(entry, `${path}.${key}`, issues);
			if (parsed !== undefined) out[key as Language] = parsed;
		}
		return issues.length === before ? out : undefined;
	};
}

const referenceShape = exactly<Reference>()(
	object({
		id: id(),
		publisher: perLanguage(string({ minLength: 1 })),
		title: perLanguage(string({ minLength: 1 })),
		year: string({ pattern: /^(\d{4}|n\.d\.)$/ }),
		url: optional(perLanguage(string({ pattern: /^https?:\/\/\S+$/ }))),
		noLink: optional(string({ minLength: 10 })),
		secondary: optional(boolean()),
		archived: optional(boolean()),
		brief: optional(string({ minLength: 1 }))
	})
);

/** A reference links its page, or says in `noLink` why it cannot: never both, never neither. */
export const referenceParser: Parser<Reference> = (value, path, issues) => {
	const parsed = referenceShape(value, path, issues);
	if (!parsed) return undefined;
	const at = (field: string) => (path ? `${path}.${field}` : field);
	if (parsed.url === undefined && parsed.noLink === undefined) {
		issues.push({ path: at('url'), message: 'is required (or "noLink": why no original page can be linked)' });
		return undefined;
	}
	if (parsed.url !== undefined && parsed.noLink !== undefined) {
		issues.push({ path: at('noLink'), message: 'a reference with a "url" cannot also have "noLink"' });
		return undefined;
	}
	return parsed;
};

const figureParser = exactly<BarChartFigure>()(
	object({
		type: literal('barChart'),
		unit: oneOf(FIGURE_UNITS),
		bars: array(object({ id: id(), value: number({ min: 0 }), low: optional(number({ min: 0 })), high: optional(number({ min: 0 })) }), {
			minLength: 1
		})
	})
);

const stepShape = exactly<Omit<Step, 'id'>>()(
	object({ interaction: interactionParser, figure: optional(figureParser), illustration: optional(id()) })
);

const quizParser = exactly<QuizSettings>()(
	object({
		draw: number({ integer: true, min: 1, max: 50 }),
		passMark: number({ min: 0, max: 1 })
	})
);

/** A lesson as written: steps without their id (the key is the id). */
type LessonFile = Omit<Lesson, 'steps'> & { steps: Record<string, Omit<Step, 'id'>> };

const lessonShape = exactly<{ [K in keyof LessonFile]: LessonFile[K] }>()(
	object({
		id: id(),
		schemaVersion: literal(1),
		estimatedMinutes: number({ integer: true, min: 1, max: 60 }),
		sensitive: optional(boolean(), false),
		initialStepId: id(),
		steps: record(stepShape),
		references: array(referenceParser, { minLength: 1 }),
		quiz: optional(quizParser)
	})
);

/** Parses a lesson file: types first, then the checks each interaction type adds. */
export const lessonParser: Parser<Lesson> = (value, path, issues) => {
	const parsed = lessonShape(value, path, issues);
	if (!parsed) return undefined;
	const steps: Record<string, Step> = {};
	const before = issues.length;
	for (const [stepId, step] of Object.entries(parsed.steps)) {
		steps[stepId] = {
			id: stepId,
			interaction: step.interaction,
			...(step.figure ? { figure: step.figure } : {}),
			...(step.illustration ? { illustration: step.illustration } : {})
		};
		step.figure?.bars.forEach((bar, b) => {
			if (bar.low !== undefined && bar.high !== undefined && !(bar.low <= bar.value && bar.value <= bar.high))
				issues.push({ path: `steps.${stepId}.figure.bars[${b}]`, message: 'needs low ≤ value ≤ high' });
		});
		authoringFor(step.interaction).check(step.interaction, `steps.${stepId}.interaction`, issues);
	}
	const ids = new Set<string>();
	parsed.references.forEach((ref, i) => {
		if (ids.has(ref.id)) issues.push({ path: `references[${i}].id`, message: `reference "${ref.id}" is listed twice` });
		ids.add(ref.id);
	});
	const { quiz, ...rest } = parsed;
	return issues.length === before ? { ...rest, steps, ...(quiz ? { quiz } : {}) } : undefined;
};

export const moduleParser = exactly<ModuleDefinition>()(
	object({
		id: id(),
		number: number({ integer: true, min: 1 }),
		lessons: array(id(), { minLength: 1 }),
		misconceptions: optional(array(id()), [])
	})
);

export const courseParser = exactly<CourseDefinition>()(
	object({
		id: id(),
		schemaVersion: literal(1),
		sourceLanguage: oneOf(LANGUAGES),
		languages: array(oneOf(LANGUAGES), { minLength: 1 }),
		modules: array(string({ pattern: /^\d{2}-[a-z0-9-]+$/ }), { minLength: 1 })
	})
);

export type { Issue };
