import { answerSpecFor } from '../course/interactions';
import { authoringFor } from '../course/interactions/authoring';
import { isAnswerable, SEED_LIMIT, type Attempt, type LessonState } from '../course/lesson-state';
import type { CatalogEntry, SuspendState } from '../tracking/suspend-data';

/**
 * The largest state the catalog allows, for the size budget (build time: the bench and the
 * content tests): every lesson open with every step on its path, every question answered with
 * every attempt, every answer as wide as its interaction's authoring spec says it can be, and the
 * widest option-order seed.
 */
export function worstCaseState(catalog: CatalogEntry[]): SuspendState {
	const lessons = new Map<string, LessonState>();
	for (const { key, lesson } of catalog) {
		const attempts: Record<string, Attempt[]> = {};
		for (const step of Object.values(lesson.steps)) {
			const i = step.interaction;
			const widest = authoringFor(i).widest;
			if (!isAnswerable(i) || !widest) continue;
			attempts[step.id] = Array.from({ length: answerSpecFor(i).maxAttempts(i) }, () => ({ answer: widest(i), group: null }));
		}
		const quiz = lesson.quiz ? { quiz: { attempt: 999, best: { earned: 999, max: 999 } } } : {};
		lessons.set(key, { path: Object.keys(lesson.steps), position: 0, livePhase: 'feedback', attempts, ...quiz, seed: SEED_LIMIT - 1 });
	}
	return { language: 'es', lessons };
}
