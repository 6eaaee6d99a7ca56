import { outcomeOf } from '../course/classify';
import { isAnswerable, type Attempt } from '../course/lesson-state';
import type { Answer, AnswerableInteraction, Lesson } from '../course/types';
import { choiceCharacter, sessionTime12, sessionTime2004, timeOfDay12, timestamp2004, type ScormVersion } from './scorm-formats';

/** One answered question, as an LMS records it (cmi.interactions.n). */
export interface AnswerRecord {
	/** `${moduleId}.${lessonId}.${stepId}`: no spaces, stable across languages. */
	id: string;
	type: 'choice' | 'true-false';
	choices: string[];
	response: Answer;
	correctResponse: Answer | undefined;
	result: 'correct' | 'incorrect' | 'neutral';
	weighting: number;
	latencyMs: number;
	at: Date;
	description: string;
}

function correctResponse(interaction: AnswerableInteraction): Answer | undefined {
	if (interaction.type === 'scenarioChoice') {
		const correct = interaction.options.filter((o) => o.outcome.correct === true).map((o) => o.id);
		return correct[0];
	}
	const rule = interaction.answerGroups.find((g) => g.outcome.correct === true)?.rules[0];
	if (!rule) return undefined;
	return rule.type === 'equals' ? rule.value : rule.values;
}

const choicesOf = (i: AnswerableInteraction) =>
	i.type === 'scenarioChoice' ? i.options.map((o) => o.id) : i.type === 'trueFalse' ? [] : i.choices;

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
		type: interaction.type === 'trueFalse' ? 'true-false' : 'choice',
		choices: choicesOf(interaction),
		response: attempt.answer,
		correctResponse: correctResponse(interaction),
		result: outcome?.correct === true ? 'correct' : outcome?.correct === false ? 'incorrect' : 'neutral',
		weighting: interaction.points,
		...context
	};
}

function formatResponse(version: ScormVersion, record: AnswerRecord, answer: Answer): string {
	if (record.type === 'true-false') return version === '1.2' ? (answer ? 't' : 'f') : String(answer);
	const ids = Array.isArray(answer) ? answer : [String(answer)];
	return version === '1.2' ? ids.map((id) => choiceCharacter(record.choices.indexOf(id))).join(',') : ids.join('[,]');
}

/** The data-model writes for one record, in the order an LMS expects (id and type first). */
export function interactionFields(version: ScormVersion, record: AnswerRecord, n: number): [string, string][] {
	const base = `cmi.interactions.${n}`;
	const fields: [string, string][] = [
		[`${base}.id`, record.id],
		[`${base}.type`, record.type]
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
