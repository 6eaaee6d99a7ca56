import { outcomeOf } from '../course/classify';
import { answerSpecFor, type ScormResponse, type ScormType } from '../course/interactions';
import { isAnswerable, type Attempt } from '../course/lesson-state';
import type { Lesson } from '../course/types';
import { choiceCharacter, sessionTime12, sessionTime2004, timeOfDay12, timestamp2004, type ScormVersion } from './scorm-formats';

/** One answered question, as an LMS records it (cmi.interactions.n); the interaction's spec says what goes in. */
export interface AnswerRecord {
	/** `${moduleId}.${lessonId}.${stepId}`: no spaces, stable across languages. */
	id: string;
	type: ScormType;
	/** The canonical lists (choices, options or items; matching targets) that SCORM 1.2's characters index. */
	sources: string[];
	targets: string[];
	response: ScormResponse;
	correctResponse: ScormResponse | undefined;
	result: 'correct' | 'incorrect' | 'neutral';
	weighting: number;
	latencyMs: number;
	at: Date;
	description: string;
}

export function answerRecord(
	moduleId: string,
	lesson: Lesson,
	stepId: string,
	attempt: Attempt,
	context: { latencyMs: number; at: Date; description: string }
): AnswerRecord | undefined {
	const interaction = lesson.steps[stepId]?.interaction;
	if (!interaction || !isAnswerable(interaction)) return undefined;
	const spec = answerSpecFor(interaction);
	const outcome = outcomeOf(interaction, attempt.group);
	const solution = spec.solution(interaction);
	return {
		id: `${moduleId}.${lesson.id}.${stepId}`,
		type: spec.scorm.type,
		sources: spec.scorm.sources(interaction),
		targets: spec.scorm.targets(interaction),
		response: spec.scorm.response(interaction, attempt.answer),
		correctResponse: solution === undefined ? undefined : spec.scorm.response(interaction, solution),
		result: outcome?.correct === true ? 'correct' : outcome?.correct === false ? 'incorrect' : 'neutral',
		weighting: spec.points(interaction),
		...context
	};
}

/** A response in one SCORM version's syntax: 1.2 names choices by one character each, 2004 by id. */
function formatResponse(version: ScormVersion, record: AnswerRecord, response: ScormResponse): string {
	const char = (list: string[], id: string) => choiceCharacter(list.indexOf(id));
	switch (response.kind) {
		case 'boolean':
			return version === '1.2' ? (response.value ? 't' : 'f') : String(response.value);
		case 'summary':
			return response.text.slice(0, version === '1.2' ? 255 : 4000);
		case 'pairs':
			return version === '1.2'
				? response.pairs.map(([item, target]) => `${char(record.sources, item)}.${char(record.targets, target)}`).join(',')
				: response.pairs.map(([item, target]) => `${item}[.]${target}`).join('[,]');
		case 'ids':
			return version === '1.2' ? response.ids.map((id) => char(record.sources, id)).join(',') : response.ids.join('[,]');
	}
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
