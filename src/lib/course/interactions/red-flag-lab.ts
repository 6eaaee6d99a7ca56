import type { Answer, Outcome, RedFlagAccount, RedFlagLabInteraction } from '../types';
import { pick } from './codec';
import { noList, summaryResponse } from './report';
import type { AnswerSpec } from './spec';

/**
 * Red-flag transactions: each indicator gets a weight (0 = off), an account's score is the sum of
 * the weights of the indicators it meets, and an account is flagged for review when its score
 * reaches the review score. The answer is that setting, as a record of digit strings.
 */

/** A weight per indicator: off, then 1 to 3. */
export const WEIGHTS = ['0', '1', '2', '3'] as const;
/** The answer's key for the review score (an indicator may not be called so). */
export const REVIEW_AT = 'review-at';

export type RedFlagSetting = Record<string, string>;

/** Review scores on offer: 1 up to the highest score an account can reach. */
export const reviewScores = (q: RedFlagLabInteraction): string[] =>
	Array.from({ length: q.indicators.length * (WEIGHTS.length - 1) }, (_, i) => String(i + 1));

/** Where a learner starts: every indicator off, review from a score of 1 (nothing flagged yet). */
export const startSetting = (q: RedFlagLabInteraction): RedFlagSetting => ({
	...Object.fromEntries(q.indicators.map((indicator) => [indicator.id, WEIGHTS[0]])),
	[REVIEW_AT]: '1'
});

/** The indicators an account meets. */
export const indicatorsMet = (q: RedFlagLabInteraction, account: RedFlagAccount): string[] =>
	q.indicators.filter((indicator) => (account.counts[indicator.id] ?? 0) >= indicator.min).map((indicator) => indicator.id);

export const scoreOf = (q: RedFlagLabInteraction, setting: RedFlagSetting, account: RedFlagAccount): number =>
	indicatorsMet(q, account).reduce((sum, id) => sum + Number(setting[id] ?? 0), 0);

/** Flagged: the score reaches the review score (an account that meets no switched-on indicator scores 0, never flagged). */
export const isFlagged = (q: RedFlagLabInteraction, setting: RedFlagSetting, account: RedFlagAccount): boolean =>
	scoreOf(q, setting, account) >= Number(setting[REVIEW_AT] ?? 1);

export interface FlagCounts {
	flagged: number;
	/** Linked accounts flagged, out of `linkedTotal`. */
	linkedFlagged: number;
	linkedTotal: number;
	/** Accounts with no link to the case that were flagged anyway: the false positives. */
	innocentFlagged: number;
}

export function flagCounts(q: RedFlagLabInteraction, setting: RedFlagSetting): FlagCounts {
	const flagged = q.accounts.filter((account) => isFlagged(q, setting, account));
	return {
		flagged: flagged.length,
		linkedFlagged: flagged.filter((a) => a.linked).length,
		linkedTotal: q.accounts.filter((a) => a.linked).length,
		innocentFlagged: flagged.filter((a) => !a.linked).length
	};
}

/** The four outcomes, in group order; only reaching the target is right. */
export const RED_FLAG_OUTCOMES: readonly Outcome[] = [
	{ feedback: 'reached', correct: true },
	{ feedback: 'missed', correct: false },
	{ feedback: 'too-wide', correct: false },
	{ feedback: 'missed-and-wide', correct: false }
];

/** Which outcome a setting earns: the target is every linked account flagged and at most `maxInnocent` others. */
export function redFlagGroup(q: RedFlagLabInteraction, setting: RedFlagSetting): number {
	const counts = flagCounts(q, setting);
	const missed = counts.linkedFlagged < counts.linkedTotal;
	const wide = counts.innocentFlagged > q.maxInnocent;
	return missed ? (wide ? 3 : 1) : wide ? 2 : 0;
}

export const isSetting = (q: RedFlagLabInteraction, answer: Answer): answer is RedFlagSetting =>
	typeof answer === 'object' &&
	answer !== null &&
	!Array.isArray(answer) &&
	Object.keys(answer).length === q.indicators.length + 1 &&
	q.indicators.every((indicator) => (WEIGHTS as readonly unknown[]).includes(answer[indicator.id])) &&
	reviewScores(q).includes(answer[REVIEW_AT] as string);

/** The lab's keys in codec order: the indicators, then the review score. */
const settingKeys = (q: RedFlagLabInteraction) => [...q.indicators.map((indicator) => indicator.id), REVIEW_AT];
const valuesFor = (q: RedFlagLabInteraction, key: string): readonly string[] => (key === REVIEW_AT ? reviewScores(q) : WEIGHTS);

export const redFlagLab: AnswerSpec<RedFlagLabInteraction> = {
	answerable: true,
	ends: false,
	targets: (q) => [q.next],
	outcomes: () => [...RED_FLAG_OUTCOMES],
	next: (q, outcome) => outcome?.next ?? q.next,
	maxAttempts: (q) => q.maxAttempts,
	points: (q) => q.points,
	acceptsAnswer: isSetting,
	classify(q, answer) {
		const group = isSetting(q, answer) ? redFlagGroup(q, answer) : 1;
		return { outcome: RED_FLAG_OUTCOMES[group]!, group };
	},
	outcomeOf: (_q, group) => (group === null ? undefined : RED_FLAG_OUTCOMES[group]),
	// Many settings reach the target: the LMS gets the setting and the result, not one pattern.
	solution: () => undefined,
	codec: {
		// One small number per indicator and one for the review score: positions in their lists.
		encode(out, q, answer) {
			const setting = answer as RedFlagSetting;
			for (const key of settingKeys(q)) {
				const at = valuesFor(q, key).indexOf(setting[key] ?? '');
				if (at === -1) throw new Error(`"${setting[key]}" is not a value of ${key}`);
				out.int(at);
			}
		},
		decode: (input, q) => Object.fromEntries(settingKeys(q).map((key) => [key, pick(valuesFor(q, key), input.int())]))
	},
	// SCORM has no type for a tuned rule set: "other" (fill-in in 1.2) with the setting as short text.
	scorm: { type: 'other', sources: noList, targets: noList, response: (_q, answer) => summaryResponse(answer) }
};
