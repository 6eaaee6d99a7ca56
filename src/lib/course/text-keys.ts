import { authoringFor, type TextKey } from './interactions/authoring';
import type { Lesson, ModuleDefinition } from './types';

/**
 * The text keys a lesson needs in every language, derived from its structure. Translators fill
 * these keys and never touch structure, so languages cannot drift apart (Adapt's copies do).
 */
export function lessonTextKeys(lesson: Lesson): TextKey[] {
	const keys: TextKey[] = [
		{ key: 'title', kind: 'inline' },
		{ key: 'summary', kind: 'block' }
	];
	if (lesson.sensitive) keys.push({ key: 'contentNote', kind: 'block' });
	for (const step of Object.values(lesson.steps)) {
		keys.push({ key: `${step.id}.title`, kind: 'inline' }, { key: `${step.id}.body`, kind: 'block' });
		keys.push(...authoringFor(step.interaction).textKeys(step as never));
		if (step.figure) {
			keys.push({ key: `${step.id}.figure.title`, kind: 'inline' }, { key: `${step.id}.figure.caption`, kind: 'block' });
			keys.push(...step.figure.bars.map((bar) => ({ key: `${step.id}.figure.bars.${bar.id}`, kind: 'inline' as const })));
		}
	}
	return keys;
}

export function moduleTextKeys(module: Pick<ModuleDefinition, 'misconceptions'>): TextKey[] {
	return [
		{ key: 'title', kind: 'inline' },
		{ key: 'summary', kind: 'block' },
		...module.misconceptions.flatMap((id) => [
			{ key: `misconceptions.${id}.myth`, kind: 'inline' as const },
			{ key: `misconceptions.${id}.fact`, kind: 'block' as const }
		])
	];
}

export const courseTextKeys: TextKey[] = [
	{ key: 'title', kind: 'inline' },
	{ key: 'summary', kind: 'block' },
	{ key: 'credits', kind: 'block' },
	{ key: 'licence', kind: 'block' }
];

export interface ParityIssue {
	key: string;
	message: string;
}

/** A language must have exactly the keys the structure asks for, none empty. */
export function checkTextParity(required: TextKey[], text: Record<string, unknown>): ParityIssue[] {
	const issues: ParityIssue[] = [];
	const wanted = new Set(required.map((k) => k.key));
	for (const { key } of required) {
		const value = text[key];
		if (value === undefined) issues.push({ key, message: 'is missing' });
		else if (typeof value !== 'string') issues.push({ key, message: 'must be a string' });
		else if (value.trim() === '') issues.push({ key, message: 'is empty' });
	}
	for (const key of Object.keys(text)) {
		if (!wanted.has(key)) issues.push({ key, message: 'is not used by the structure (extra key)' });
	}
	return issues;
}
