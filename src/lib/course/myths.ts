import { outcomeOf } from './classify';
import { isAnswerable, outcomeAt, type LessonState } from './lesson-state';
import type { Lesson } from './types';

export interface MythMet {
	id: string;
	/** The learner later got a question on which they met this myth right. */
	corrected: boolean;
}

/** Myths a learner met through a tagged wrong answer, in order, and whether they moved past each. */
export function mythsMet(lesson: Lesson, state: LessonState): MythMet[] {
	const met = new Map<string, boolean>();
	for (const stepId of state.path) {
		const interaction = lesson.steps[stepId]?.interaction;
		if (!interaction || !isAnswerable(interaction)) continue;
		const finallyRight = outcomeAt(lesson, state, stepId)?.correct === true;
		for (const attempt of state.attempts[stepId] ?? []) {
			const tag = outcomeOf(interaction, attempt.group)?.misconception;
			if (tag) met.set(tag, (met.get(tag) ?? false) || finallyRight);
		}
	}
	return [...met].map(([id, corrected]) => ({ id, corrected }));
}
