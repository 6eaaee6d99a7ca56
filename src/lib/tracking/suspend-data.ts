import { classify } from '../course/classify';
import { answerSpecFor } from '../course/interactions';
import { isAnswerable, nextStepId, orderSeed, SEED_LIMIT, type Attempt, type LessonState, type LivePhase } from '../course/lesson-state';
import type { AnswerableInteraction, Language, Lesson } from '../course/types';
import { LANGUAGES } from '../course/types';
import { checksum12, Reader, Writer } from './base64-vlq';

/**
 * The whole course state in SCORM `suspend_data`: compact, versioned and ASCII-safe, so that it
 * fits SCORM 1.2's 4,096 characters with a wide margin. Steps and lessons are written as indexes
 * into the package's catalog, each answer by its interaction's own codec (course/interactions),
 * numbers as base-64 digits with a continuation bit (base64-vlq.ts), and a path as its length
 * when the answers already determine it. A checksum catches truncation and garbage; each lesson
 * carries a short content version, so a lesson changed since the state was saved is dropped
 * alone (the others resume). The worst case for the size budget is content/suspend-data-budget.ts.
 */

export const SUSPEND_DATA_FORMAT = 'D2';
/** The format before seeds: still read (each lesson then gets its derived seed, see `orderSeed`). */
const FORMAT_WITHOUT_SEEDS = 'D1';

export interface CatalogEntry {
	/** `${moduleId}/${lessonId}` */
	key: string;
	moduleId: string;
	lesson: Lesson;
	contentVersion: string;
}

export interface SuspendState {
	language: Language;
	lessons: Map<string, LessonState>;
}

export type DecodeResult = { ok: true; state: SuspendState; dropped: string[] } | { ok: false; reason: string };

const PHASES: LivePhase[] = ['presenting', 'feedback', 'completed'];

const versionCode = (contentVersion: string) => parseInt(contentVersion.slice(0, 3), 16) & 0xfff;

/** The path the answers lead to, step by step, as the player walked it. */
function derivePath(lesson: Lesson, attempts: Record<string, Attempt[]>, length: number): string[] | undefined {
	const path = [lesson.initialStepId];
	while (path.length < length) {
		const next = nextStepId(lesson, { path, position: path.length - 1, livePhase: 'feedback', attempts });
		if (next === undefined) return undefined;
		path.push(next);
	}
	return path;
}

export function encodeSuspendData(state: SuspendState, catalog: CatalogEntry[]): string {
	const w = new Writer();
	w.int(LANGUAGES.indexOf(state.language));
	const entries = catalog.map((entry, ordinal) => ({ entry, ordinal, lesson: state.lessons.get(entry.key) })).filter((e) => e.lesson);
	w.int(entries.length);
	for (const { entry, ordinal, lesson: s } of entries) {
		const lessonState = s!;
		const stepIds = Object.keys(entry.lesson.steps);
		const derived = derivePath(entry.lesson, lessonState.attempts, lessonState.path.length);
		const explicit = !derived || derived.join() !== lessonState.path.join();
		w.int(ordinal);
		w.fixed12(versionCode(entry.contentVersion));
		w.int(PHASES.indexOf(lessonState.livePhase) * 2 + (explicit ? 1 : 0));
		w.int(lessonState.path.length);
		if (explicit) for (const id of lessonState.path) w.int(stepIds.indexOf(id));
		w.int(lessonState.path.length - 1 - lessonState.position);
		w.int(orderSeed(entry.lesson.id, lessonState));
		const answered = Object.entries(lessonState.attempts).filter(([, list]) => list.length > 0);
		w.int(answered.length);
		for (const [stepId, list] of answered) {
			const interaction = entry.lesson.steps[stepId]!.interaction as AnswerableInteraction;
			const { codec } = answerSpecFor(interaction);
			w.int(stepIds.indexOf(stepId));
			w.int(list.length);
			for (const attempt of codec.lastOnly ? list.slice(-1) : list) codec.encode(w, interaction, attempt.answer);
		}
		if (entry.lesson.quiz) {
			const quiz = lessonState.quiz ?? { attempt: 1 };
			w.int(quiz.attempt);
			w.int(quiz.best ? 1 : 0);
			if (quiz.best) {
				w.int(quiz.best.earned);
				w.int(quiz.best.max);
			}
		}
	}
	const body = w.out;
	const tail = new Writer();
	tail.fixed12(checksum12(SUSPEND_DATA_FORMAT + body));
	return SUSPEND_DATA_FORMAT + body + tail.out;
}

export function decodeSuspendData(text: string, catalog: CatalogEntry[]): DecodeResult {
	const format = [SUSPEND_DATA_FORMAT, FORMAT_WITHOUT_SEEDS].find((f) => text.startsWith(f));
	if (!format) return { ok: false, reason: `not in format ${SUSPEND_DATA_FORMAT}` };
	const seeded = format === SUSPEND_DATA_FORMAT;
	const body = text.slice(format.length, -2);
	try {
		if (new Reader(text.slice(-2)).fixed12() !== checksum12(format + body)) return { ok: false, reason: 'checksum mismatch' };
		const r = new Reader(body);
		const language = LANGUAGES[r.int()];
		if (!language) return { ok: false, reason: 'unknown language' };
		const lessons = new Map<string, LessonState>();
		const dropped: string[] = [];
		const count = r.int();
		for (let i = 0; i < count; i++) {
			const entry = catalog[r.int()];
			if (!entry) return { ok: false, reason: 'unknown lesson' };
			const version = r.fixed12();
			const stepIds = Object.keys(entry.lesson.steps);
			const mode = r.int();
			const livePhase = PHASES[Math.floor(mode / 2)];
			const length = r.int();
			const explicitPath = mode % 2 === 1 ? Array.from({ length }, () => stepIds[r.int()]) : undefined;
			const back = r.int();
			const seed = seeded ? r.int() : undefined;
			const attempts: Record<string, Attempt[]> = {};
			const answered = r.int();
			// Decoding goes on for a changed lesson too, to reach the next one; its state is then dropped.
			const changed = version !== versionCode(entry.contentVersion);
			for (let j = 0; j < answered; j++) {
				const stepId = stepIds[r.int()];
				const interaction = stepId === undefined ? undefined : entry.lesson.steps[stepId]?.interaction;
				const attemptCount = r.int();
				if (!interaction || !isAnswerable(interaction)) return { ok: false, reason: `lesson ${entry.key} has no such question` };
				const { codec } = answerSpecFor(interaction);
				const stored = codec.lastOnly ? Math.min(1, attemptCount) : attemptCount;
				const list: Attempt[] = [];
				for (let k = 0; k < stored; k++) {
					const answer = codec.decode(r, interaction);
					if (!changed) list.push({ answer, group: classify(interaction, answer).group });
				}
				while (list.length && list.length < attemptCount) list.unshift(list[0]!);
				if (stepId !== undefined && list.length) attempts[stepId] = list;
			}
			let quiz: LessonState['quiz'];
			if (entry.lesson.quiz) {
				const attempt = r.int();
				const best = r.int() === 1 ? { earned: r.int(), max: r.int() } : undefined;
				quiz = { attempt, ...(best ? { best } : {}) };
			}
			if (changed) {
				dropped.push(entry.key);
				continue;
			}
			const path = explicitPath ?? derivePath(entry.lesson, attempts, length);
			if (!livePhase || !path || path.some((id) => id === undefined) || back >= length || (seed ?? 0) >= SEED_LIMIT)
				return { ok: false, reason: `lesson ${entry.key} does not fit` };
			const state: LessonState = { path: path as string[], position: length - 1 - back, livePhase, attempts, ...(quiz ? { quiz } : {}) };
			lessons.set(entry.key, { ...state, seed: seed ?? orderSeed(entry.lesson.id, state) });
		}
		if (!r.done) return { ok: false, reason: 'trailing data' };
		return { ok: true, state: { language, lessons }, dropped };
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
}
