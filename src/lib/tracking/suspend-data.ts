import { classify } from '../course/classify';
import { isAnswerable, nextStepId, type Attempt, type LessonState, type LivePhase } from '../course/lesson-state';
import { PLAN_LISTS } from '../course/capstone-rubric';
import { quasiIdentifiers } from '../course/labs/k-anonymity';
import type { Answer, Interaction, Language, Lesson } from '../course/types';
import { LANGUAGES, PLAN_FIELDS } from '../course/types';

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
		case 'similarityLab':
			return interaction.choices;
		case 'scenarioChoice':
			return interaction.options.map((o) => o.id);
		default:
			return [];
	}
}

const mask = (ids: string[], all: string[]) => ids.reduce((sum, id) => sum + 2 ** all.indexOf(id), 0);
const unmask = (value: number, all: string[]) => all.filter((_, i) => Math.floor(value / 2 ** i) % 2 === 1);

function pick<T>(list: readonly T[], index: number): T {
	const value = list[index];
	if (value === undefined) throw new Error('index out of range');
	return value;
}

/**
 * Plan texts travel cut to this many UTF-8 bytes each, so that SCORM 1.2's 4,096 characters hold
 * the whole course; the device keeps the full text, and the rubric only needs a sentence.
 */
export const PLAN_TEXT_BYTES = 240;

function utf8Prefix(text: string, maxBytes: number): Uint8Array {
	const bytes = new TextEncoder().encode(text);
	if (bytes.length <= maxBytes) return bytes;
	// Decoding a cut sequence leaves a replacement character at the end: drop it.
	const cut = new TextDecoder().decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD+$/, '');
	return new TextEncoder().encode(cut);
}

/** Free text (a capstone plan) as UTF-8 in the same base-64 alphabet, length first. */
function writeText(w: Writer, text: string) {
	const bytes = utf8Prefix(text, PLAN_TEXT_BYTES);
	w.int(bytes.length);
	for (let i = 0; i < bytes.length; i += 3) {
		const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		w.fixed12(chunk >> 12);
		w.fixed12(chunk & 0xfff);
	}
}

function readText(r: Reader): string {
	const length = r.int();
	if (length > 20000) throw new Error('text too long');
	const bytes = new Uint8Array(Math.ceil(length / 3) * 3);
	for (let i = 0; i < length; i += 3) {
		const chunk = (r.fixed12() << 12) | r.fixed12();
		bytes.set([chunk >> 16, (chunk >> 8) & 255, chunk & 255], i);
	}
	return new TextDecoder().decode(bytes.subarray(0, length));
}

function encodeAnswer(w: Writer, interaction: Interaction, answer: Answer) {
	const record = answer as Record<string, string | string[]>;
	switch (interaction.type) {
		case 'trueFalse':
			return w.int(answer === true ? 1 : 0);
		case 'multipleResponse':
		case 'similarityLab':
			return w.int(mask(answer as string[], interaction.choices));
		case 'matching':
		case 'categorise': {
			const targets = interaction.type === 'matching' ? interaction.targets : interaction.categories;
			for (const item of interaction.items) w.int(targets.indexOf(record[item] as string));
			return;
		}
		case 'ordering':
			for (const id of answer as string[]) w.int(interaction.items.indexOf(id));
			return;
		case 'kAnonymityLab':
			for (const column of quasiIdentifiers(interaction.columns)) w.int(column.levels.indexOf(record[column.id] as string));
			return;
		case 'capstonePlan':
			for (const field of PLAN_FIELDS) writeText(w, record[field] as string);
			for (const list of PLAN_LISTS) w.int(mask(record[list] as string[], interaction[list]));
			return;
		default:
			return w.int(choicesOf(interaction).indexOf(answer as string));
	}
}

function decodeAnswer(r: Reader, interaction: Interaction): Answer {
	switch (interaction.type) {
		case 'trueFalse':
			return r.int() === 1;
		case 'multipleResponse':
		case 'similarityLab':
			return unmask(r.int(), interaction.choices);
		case 'matching':
		case 'categorise': {
			const targets = interaction.type === 'matching' ? interaction.targets : interaction.categories;
			return Object.fromEntries(interaction.items.map((item) => [item, pick(targets, r.int())]));
		}
		case 'ordering':
			return interaction.items.map(() => pick(interaction.items, r.int()));
		case 'kAnonymityLab':
			return Object.fromEntries(quasiIdentifiers(interaction.columns).map((c) => [c.id, pick(c.levels, r.int())]));
		case 'capstonePlan': {
			const texts = Object.fromEntries(PLAN_FIELDS.map((field) => [field, readText(r)]));
			const lists = Object.fromEntries(PLAN_LISTS.map((list) => [list, unmask(r.int(), interaction[list])]));
			return { ...texts, ...lists };
		}
		default:
			return pick(choicesOf(interaction), r.int());
	}
}

/** A plan is long: only its last version travels; earlier attempts count, their text does not. */
const keepsOnlyLast = (interaction: Interaction) => interaction.type === 'capstonePlan';

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
			for (const attempt of keepsOnlyLast(interaction) ? list.slice(-1) : list) encodeAnswer(w, interaction, attempt.answer);
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
				if (!interaction || !isAnswerable(interaction)) return { ok: false, reason: `lesson ${entry.key} has no such question` };
				const stored = keepsOnlyLast(interaction) ? Math.min(1, attemptCount) : attemptCount;
				const list: Attempt[] = [];
				for (let k = 0; k < stored; k++) {
					const answer = decodeAnswer(r, interaction);
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
			if (!livePhase || !path || path.some((id) => id === undefined) || back >= length)
				return { ok: false, reason: `lesson ${entry.key} does not fit` };
			lessons.set(entry.key, { path: path as string[], position: length - 1 - back, livePhase, attempts, ...(quiz ? { quiz } : {}) });
		}
		if (!r.done) return { ok: false, reason: 'trailing data' };
		return { ok: true, state: { language, lessons }, dropped };
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
}

/** The answer that takes the most characters to encode, per interaction type. */
function widestAnswer(i: Interaction): Answer {
	const last = <T>(list: readonly T[]) => list[list.length - 1]!;
	switch (i.type) {
		case 'trueFalse':
			return true;
		case 'multipleResponse':
		case 'similarityLab':
			return [...i.choices];
		case 'matching':
			return Object.fromEntries(i.items.map((item) => [item, last(i.targets)]));
		case 'categorise':
			return Object.fromEntries(i.items.map((item) => [item, last(i.categories)]));
		case 'ordering':
			return [...i.items].reverse();
		case 'kAnonymityLab':
			return Object.fromEntries(quasiIdentifiers(i.columns).map((c) => [c.id, last(c.levels)]));
		case 'capstonePlan':
			return {
				...Object.fromEntries(PLAN_FIELDS.map((f) => [f, 'é'.repeat(1000)])),
				sources: [...i.sources],
				risks: [...i.risks],
				safeguards: [...i.safeguards]
			};
		default:
			return last(choicesOf(i));
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
			const count = i.type === 'scenarioChoice' ? 1 : i.maxAttempts;
			attempts[step.id] = Array.from({ length: count }, () => ({ answer: widestAnswer(i), group: null }));
		}
		const quiz = lesson.quiz ? { quiz: { attempt: 999, best: { earned: 999, max: 999 } } } : {};
		lessons.set(key, { path: Object.keys(lesson.steps), position: 0, livePhase: 'feedback', attempts, ...quiz });
	}
	return { language: 'es', lessons };
}
