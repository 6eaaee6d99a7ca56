import { isAnswerable, isContinueStep, isEndStep } from './lesson-state';
import { bankOf } from './quiz';
import type { Issue } from './schema-kit';
import type { Lesson, QuizSettings } from './types';

/** A quiz is not a graph but a bank: intro, questions of one attempt each, one end. */
export function checkQuizBank(lesson: Lesson & { quiz: QuizSettings }): Issue[] {
	const issues: Issue[] = [];
	const intro = lesson.steps[lesson.initialStepId];
	if (!intro) return [{ path: 'initialStepId', message: `step "${lesson.initialStepId}" does not exist` }];
	if (!isContinueStep(intro.interaction)) issues.push({ path: `steps.${intro.id}`, message: 'a quiz starts with a "continue" intro step' });
	const ends = Object.values(lesson.steps).filter((s) => isEndStep(s.interaction));
	if (ends.length !== 1) issues.push({ path: 'steps', message: `a quiz has exactly one "end" step (found ${ends.length})` });
	const bank = bankOf(lesson);
	for (const step of bank) {
		const q = step.interaction;
		const path = `steps.${step.id}.interaction`;
		// A question has answer groups; scenario choices and plans do not, and a quiz cannot mark them.
		if (!isAnswerable(q) || !('answerGroups' in q)) {
			issues.push({ path, message: `a quiz question must be a question type, not "${q.type}"` });
			continue;
		}
		if (q.maxAttempts !== 1) issues.push({ path: `${path}.maxAttempts`, message: 'a quiz question has one attempt' });
		const targets = [q.next, ...q.answerGroups.map((g) => g.outcome.next), q.defaultOutcome.next].filter((t) => t !== undefined);
		if (ends[0] && targets.some((t) => t !== ends[0]!.id))
			issues.push({ path, message: `a quiz question leads to the end step "${ends[0].id}"` });
	}
	if (bank.length < lesson.quiz.draw)
		issues.push({ path: 'quiz.draw', message: `draws ${lesson.quiz.draw} questions but the bank has ${bank.length}` });
	return issues;
}
