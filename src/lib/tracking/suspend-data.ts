import { classify } from '../course/classify';
import { isAnswerable, nextStepId, type Attempt, type LessonState, type LivePhase } from '../course/lesson-state';
import type { Answer, Interaction, Language, Lesson } from '../course/types';
import { LANGUAGES } from '../course/types';

/**
 * The whole course state in SCORM `suspend_data`: compact, versioned and ASCII-safe, so that it
 * fits SCORM 1.2's 4,096 characters with a wide margin. Steps, choices and lessons are written
 * as indexes into the package's catalog, numbers as base-64 digits with a continuation bit, and
 * a path as its length when the answers already determine it. A checksum catches truncation
 * and garbage; each lesson carries a short content version, so a lesson changed since the state
 * was saved is dropped alone (the others resume).
 */

export const SUSPEND_DATA_FORMAT = 'D1';

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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PHASES: LivePhase[] = ['presenting', 'feedback', 'completed'];

class Writer {
	out = '';
	/** 0–31 take one character; larger numbers add a character per five bits. */
	int(value: number) {
		if (!Number.isInteger(value) || value < 0) throw new Error(`cannot encode ${value}`);
		let rest = value;
		while (rest >= 32) {
			this.out += ALPHABET[32 + (rest & 31)];
			rest = Math.floor(rest / 32);
		}
		this.out += ALPHABET[rest];
	}
	/** Exactly two characters: twelve bits. */
	fixed12(value: number) {
		this.out += ALPHABET[(value >> 6) & 63]! + ALPHABET[value & 63]!;
	}
}

class Reader {
	index = 0;
	constructor(private readonly text: string) {}
	private char(): number {
		const value = ALPHABET.indexOf(this.text[this.index++] ?? '');
		if (value === -1) throw new Error(`unexpected character at ${this.index - 1}`);
		return value;
	}
	int(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const digit = this.char();
			if (digit < 32) return value + digit * scale;
			value += (digit - 32) * scale;
			scale *= 32;
			if (scale > 2 ** 30) throw new Error('number too long');
		}
	}
	fixed12(): number {
		return (this.char() << 6) | this.char();
	}
	get done() {
		return this.index >= this.text.length;
	}
}

function checksum(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash & 0xfff;
}

const versionCode = (contentVersion: string) => parseInt(contentVersion.slice(0, 3), 16) & 0xfff;

function choicesOf(interaction: Interaction): string[] {
	switch (interaction.type) {
		case 'singleChoice':
		case 'multipleResponse':
			return interaction.choices;
		case 'scenarioChoice':
			return interaction.options.map((o) => o.id);
		default:
			return [];
	}
}

function encodeAnswer(w: Writer, interaction: Interaction, answer: Answer) {
	const choices = choicesOf(interaction);
	if (interaction.type === 'trueFalse') w.int(answer === true ? 1 : 0);
	else if (interaction.type === 'multipleResponse') w.int((answer as string[]).reduce((mask, id) => mask + 2 ** choices.indexOf(id), 0));
	else w.int(choices.indexOf(answer as string));
}

function decodeAnswer(r: Reader, interaction: Interaction): Answer {
	const choices = choicesOf(interaction);
	const value = r.int();
	if (interaction.type === 'trueFalse') return value === 1;
	if (interaction.type === 'multipleResponse') return choices.filter((_, i) => Math.floor(value / 2 ** i) % 2 === 1);
	const choice = choices[value];
	if (choice === undefined) throw new Error('choice out of range');
	return choice;
}

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
		const answered = Object.entries(lessonState.attempts).filter(([, list]) => list.length > 0);
		w.int(answered.length);
		for (const [stepId, list] of answered) {
			const interaction = entry.lesson.steps[stepId]!.interaction;
			w.int(stepIds.indexOf(stepId));
			w.int(list.length);
			for (const attempt of list) encodeAnswer(w, interaction, attempt.answer);
		}
	}
	const body = w.out;
	const tail = new Writer();
	tail.fixed12(checksum(SUSPEND_DATA_FORMAT + body));
	return SUSPEND_DATA_FORMAT + body + tail.out;
}

export function decodeSuspendData(text: string, catalog: CatalogEntry[]): DecodeResult {
	if (!text.startsWith(SUSPEND_DATA_FORMAT)) return { ok: false, reason: `not in format ${SUSPEND_DATA_FORMAT}` };
	const body = text.slice(SUSPEND_DATA_FORMAT.length, -2);
	try {
		if (new Reader(text.slice(-2)).fixed12() !== checksum(SUSPEND_DATA_FORMAT + body)) return { ok: false, reason: 'checksum mismatch' };
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
			const attempts: Record<string, Attempt[]> = {};
			const answered = r.int();
			// Decoding goes on for a changed lesson too, to reach the next one; its state is then dropped.
			const changed = version !== versionCode(entry.contentVersion);
			for (let j = 0; j < answered; j++) {
				const stepId = stepIds[r.int()];
				const interaction = stepId === undefined ? undefined : entry.lesson.steps[stepId]?.interaction;
				const attemptCount = r.int();
				const list: Attempt[] = [];
				for (let k = 0; k < attemptCount; k++) {
					if (changed || !interaction || !isAnswerable(interaction)) {
						r.int();
						continue;
					}
					const answer = decodeAnswer(r, interaction);
					list.push({ answer, group: classify(interaction, answer).group });
				}
				if (stepId !== undefined && list.length) attempts[stepId] = list;
			}
			if (changed) {
				dropped.push(entry.key);
				continue;
			}
			const path = explicitPath ?? derivePath(entry.lesson, attempts, length);
			if (!livePhase || !path || path.some((id) => id === undefined) || back >= length)
				return { ok: false, reason: `lesson ${entry.key} does not fit` };
			lessons.set(entry.key, { path: path as string[], position: length - 1 - back, livePhase, attempts });
		}
		if (!r.done) return { ok: false, reason: 'trailing data' };
		return { ok: true, state: { language, lessons }, dropped };
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
}

/**
 * The largest state the catalog allows, for the size budget: every lesson open with every step
 * on its path, every question answered with every attempt, every answer as wide as it can be.
 */
export function worstCaseState(catalog: CatalogEntry[]): SuspendState {
	const lessons = new Map<string, LessonState>();
	for (const { key, lesson } of catalog) {
		const attempts: Record<string, Attempt[]> = {};
		for (const step of Object.values(lesson.steps)) {
			const i = step.interaction;
			if (i.type === 'continue' || i.type === 'end') continue;
			const widest: Answer = i.type === 'trueFalse' ? true : i.type === 'multipleResponse' ? [...i.choices] : choicesOf(i).at(-1)!;
			const count = i.type === 'scenarioChoice' ? 1 : i.maxAttempts;
			attempts[step.id] = Array.from({ length: count }, () => ({ answer: widest, group: null }));
		}
		lessons.set(key, { path: Object.keys(lesson.steps), position: 0, livePhase: 'feedback', attempts });
	}
	return { language: 'es', lessons };
}
