import type { LessonProgress } from './progress';
import { scoreRatio } from './quiz';
import type { Score } from './lesson-state';

/**
 * Two records of one lesson written from two tabs (or windows) of the same browser: `newer` is
 * the one stored under the later revision, `older` the one a tab that had not seen it tried to
 * save. The merge keeps one learner's place and loses no achievement:
 *
 * - **Place** (path, position, phase, answers, quiz attempt number, and what they give: score,
 *   myths met, status) and language and content version come from one side as a whole, never
 *   mixed, so the learner resumes a state that really happened: the `newer` one, unless the
 *   lesson is not a quiz and only `older` reached its end. A lesson done stays done (the course
 *   rule counts a lesson done when its end was reached).
 * - **Achievements** are kept from both: a quiz's best score is the better of the two (a tie
 *   keeps `newer`'s), passed if either passed. A quiz is done once it has a best score, so a
 *   quiz done stays done whatever attempt is under way.
 * - `startedAt` is the earlier of the two; `updatedAt` is the place's.
 *
 * The stale tab's own last action is therefore dropped unless it finished the lesson or raised
 * the quiz's best: it shows the merged state and says the lesson changed in another tab. Returns
 * `newer` itself when `older` adds nothing, so the caller knows nothing needs writing.
 */
export function mergeProgress(newer: LessonProgress, older: LessonProgress): LessonProgress {
	const place = !newer.quiz && !older.quiz && finished(older) && !finished(newer) ? older : newer;
	const startedAt = older.startedAt < newer.startedAt ? older.startedAt : newer.startedAt;
	if (!place.quiz) return place === newer && startedAt === newer.startedAt ? newer : { ...place, startedAt };
	const best = better(place.quiz.best, older.quiz?.best);
	const passed = Boolean(newer.passed || older.passed);
	if (best === newer.quiz?.best && passed === newer.passed && startedAt === newer.startedAt) return newer;
	return { ...place, quiz: { attempt: place.quiz.attempt, ...(best ? { best } : {}) }, passed, startedAt };
}

const finished = (progress: LessonProgress) => progress.livePhase === 'completed';

function better(a: Score | undefined, b: Score | undefined): Score | undefined {
	if (!a || !b) return a ?? b;
	return scoreRatio(b) > scoreRatio(a) ? b : a;
}
