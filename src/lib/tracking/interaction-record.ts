import { outcomeOf } from '../course/classify';
import { isAnswerable, type Attempt } from '../course/lesson-state';
import type { Answer, AnswerableInteraction, Lesson } from '../course/types';
import { choiceCharacter, sessionTime12, sessionTime2004, timeOfDay12, timestamp2004, type ScormVersion } from './scorm-formats';

/** One answered question, as an LMS records it (cmi.interactions.n). */
export interface AnswerRecord {
	/** `${moduleId}.${lessonId}.${stepId}`: no spaces, stable across languages. */
	id: string;
	type: InteractionKind;
	/** Choices, items or options, in the order their 1.2 characters stand for. */
	choices: string[];
	/** Matching targets or categories. */
	targets: string[];
	response: Answer;
	correctResponse: Answer | undefined;
	result: 'correct' | 'incorrect' | 'neutral';
	weighting: number;
	latencyMs: number;
	at: Date;
	description: string;
}

/** SCORM interaction types; "other" is written as "fill-in" in 1.2, which has no "other". */
export type InteractionKind = 'choice' | 'true-false' | 'matching' | 'sequencing' | 'other';

const kindOf = (i: AnswerableInteraction): InteractionKind => {
	switch (i.type) {
		case 'trueFalse':
			return 'true-false';
		case 'matching':
		case 'categorise':
			return 'matching';
		case 'ordering':
			return 'sequencing';
		case 'kAnonymityLab':
		case 'capstonePlan':
			return 'other';
		default:
			return 'choice';
	}
};

function correctResponse(interaction: AnswerableInteraction): Answer | undefined {
	if (interaction.type === 'scenarioChoice') {
		const correct = interaction.options.filter((o) => o.outcome.correct === true).map((o) => o.id);
		return correct[0];
	}
	// Labs and plans have many right answers: the LMS gets the result, not one pattern.
	if (interaction.type === 'capstonePlan' || interaction.type === 'kAnonymityLab') return undefined;
	const rule = interaction.answerGroups.find((g) => g.outcome.correct === true)?.rules[0];
	if (!rule) return undefined;
	switch (rule.type) {
		case 'equals':
			return rule.value;
		case 'pairsEqual':
			return rule.pairs;
		case 'kAtLeast':
		case 'levelIs':
		case 'pairsInclude':
		case 'placedBefore':
			return undefined;
		default:
			return rule.values;
	}
}

function choicesOf(i: AnswerableInteraction): string[] {
	switch (i.type) {
		case 'scenarioChoice':
			return i.options.map((o) => o.id);
		case 'singleChoice':
		case 'multipleResponse':
		case 'similarityLab':
			return i.choices;
		case 'matching':
		case 'categorise':
		case 'ordering':
			return i.items;
		default:
			return [];
	}
}

const targetsOf = (i: AnswerableInteraction) => (i.type === 'matching' ? i.targets : i.type === 'categorise' ? i.categories : []);

export function answerRecord(
	moduleId: string,
	lesson: Lesson,
	stepId: string,
	attempt: Attempt,
	context: { latencyMs: number; at: Date; description: string }
): AnswerRecord | undefined {
	const interaction = lesson.steps[stepId]?.interaction;
	if (!interaction || !isAnswerable(interaction)) return undefined;
	const outcome = outcomeOf(interaction, attempt.group);
	return {
		id: `${moduleId}.${lesson.id}.${stepId}`,
		type: kindOf(interaction),
		choices: choicesOf(interaction),
		targets: targetsOf(interaction),
		response: attempt.answer,
		correctResponse: correctResponse(interaction),
		result: outcome?.correct === true ? 'correct' : outcome?.correct === false ? 'incorrect' : 'neutral',
		weighting: interaction.points,
		...context
	};
}

/** A record answer (levels, a plan) as short text: ids and ticks, never the learner's free text. */
function summarise(answer: Record<string, string | string[]>): string {
	return Object.entries(answer)
		.map(
			([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : /^[a-z0-9-]+$/.test(value) ? value : value.trim() ? 'text' : ''}`
		)
		.join(',');
}

function formatResponse(version: ScormVersion, record: AnswerRecord, answer: Answer): string {
	if (record.type === 'true-false') return version === '1.2' ? (answer ? 't' : 'f') : String(answer);
	if (typeof answer === 'object' && !Array.isArray(answer)) {
		if (record.type === 'other') return summarise(answer).slice(0, version === '1.2' ? 255 : 4000);
		const pairs = Object.entries(answer).map(([item, target]) => [item, String(target)] as const);
		return version === '1.2'
			? pairs
					.map(([item, target]) => `${choiceCharacter(record.choices.indexOf(item))}.${choiceCharacter(record.targets.indexOf(target))}`)
					.join(',')
			: pairs.map(([item, target]) => `${item}[.]${target}`).join('[,]');
	}
	const ids = Array.isArray(answer) ? answer : [String(answer)];
	return version === '1.2' ? ids.map((id) => choiceCharacter(record.choices.indexOf(id))).join(',') : ids.join('[,]');
}

/** The data-model writes for one record, in the order an LMS expects (id and type first). */
export function interactionFields(version: ScormVersion, record: AnswerRecord, n: number): [string, string][] {
	const base = `cmi.interactions.${n}`;
	const fields: [string, string][] = [
		[`${base}.id`, record.id],
		[`${base}.type`, version === '1.2' && record.type === 'other' ? 'fill-in' : record.type]
	];
	if (version === '2004') fields.push([`${base}.description`, record.description.slice(0, 250)]);
	fields.push([`${base}.weighting`, String(record.weighting)]);
	if (record.correctResponse !== undefined)
		fields.push([`${base}.correct_responses.0.pattern`, formatResponse(version, record, record.correctResponse)]);
	if (version === '1.2') {
		fields.push(
			[`${base}.student_response`, formatResponse(version, record, record.response)],
			[`${base}.result`, record.result === 'incorrect' ? 'wrong' : record.result],
			[`${base}.time`, timeOfDay12(record.at)],
			[`${base}.latency`, sessionTime12(record.latencyMs)]
		);
	} else {
		fields.push(
			[`${base}.learner_response`, formatResponse(version, record, record.response)],
			[`${base}.result`, record.result],
			[`${base}.timestamp`, timestamp2004(record.at)],
			[`${base}.latency`, sessionTime2004(record.latencyMs)]
		);
	}
	return fields;
}
