import { describe, expect, it } from 'vitest';
import type { Issue } from '../schema-kit';
import type { RedFlagLabInteraction } from '../types';
import { classify } from '../classify';
import { allSettings, redFlagLabAuthoring } from './red-flag-lab.authoring';
import { flagCounts, indicatorsMet, isSetting, redFlagGroup, redFlagLab, reviewScores, scoreOf, startSetting } from './red-flag-lab';

/** Two linked accounts, and four others that each meet some of the same indicators. */
const lab: RedFlagLabInteraction = {
	type: 'redFlagLab',
	next: 'after',
	indicators: [
		{ id: 'night', min: 4 },
		{ id: 'hotel', min: 3 },
		{ id: 'tickets', min: 2 }
	],
	accounts: [
		{ id: 'a', linked: true, transactions: 20, counts: { night: 7, hotel: 6, tickets: 3 } }, // all three
		{ id: 'b', linked: true, transactions: 20, counts: { night: 5, hotel: 4, tickets: 1 } }, // night + hotel
		{ id: 'nurse', linked: false, transactions: 20, counts: { night: 9, hotel: 0, tickets: 0 } }, // night
		{ id: 'rep', linked: false, transactions: 20, counts: { night: 1, hotel: 8, tickets: 6 } }, // hotel + tickets
		{ id: 'driver', linked: false, transactions: 20, counts: { night: 6, hotel: 5, tickets: 0 } }, // night + hotel, like b
		{ id: 'home', linked: false, transactions: 20, counts: { night: 0, hotel: 0, tickets: 0 } } // none
	],
	maxInnocent: 1,
	points: 2,
	maxAttempts: 3
};

const set = (night: number, hotel: number, tickets: number, at: number) => ({
	night: String(night),
	hotel: String(hotel),
	tickets: String(tickets),
	'review-at': String(at)
});

describe('red-flag lab rules', () => {
	it.each([
		['a', ['night', 'hotel', 'tickets']],
		['b', ['night', 'hotel']],
		['nurse', ['night']],
		['rep', ['hotel', 'tickets']],
		['home', []]
	])('account %s meets %j (a count at the minimum counts)', (id, met) => {
		expect(
			indicatorsMet(
				lab,
				lab.accounts.find((a) => a.id === id)!
			)
		).toEqual(met);
	});

	it('meets an indicator exactly at its minimum, not one below', () => {
		const at = { id: 'x', linked: false, transactions: 1, counts: { night: 4, hotel: 2, tickets: 2 } };
		expect(indicatorsMet(lab, at)).toEqual(['night', 'tickets']);
	});

	it('scores the weights of the indicators met, and nothing for the others', () => {
		const rep = lab.accounts.find((a) => a.id === 'rep')!;
		expect(scoreOf(lab, set(3, 2, 1, 1), rep)).toBe(3);
		expect(scoreOf(lab, set(3, 0, 0, 1), rep)).toBe(0);
	});

	it.each([
		// night, hotel, tickets, review at → flagged, linked flagged, innocent flagged, group
		['nothing on (the start)', set(0, 0, 0, 1), { flagged: 0, linkedFlagged: 0, innocentFlagged: 0 }, 1],
		['every indicator alone is enough', set(1, 1, 1, 1), { flagged: 5, linkedFlagged: 2, innocentFlagged: 3 }, 2],
		['two of three', set(1, 1, 1, 2), { flagged: 4, linkedFlagged: 2, innocentFlagged: 2 }, 2],
		['all three together', set(1, 1, 1, 3), { flagged: 1, linkedFlagged: 1, innocentFlagged: 0 }, 1],
		[
			'night and hotel together: the driver cannot be told from b',
			set(1, 1, 0, 2),
			{ flagged: 3, linkedFlagged: 2, innocentFlagged: 1 },
			0
		],
		['heavier weights, same idea', set(2, 2, 1, 4), { flagged: 3, linkedFlagged: 2, innocentFlagged: 1 }, 0],
		['tickets alone: misses b and flags the rep', set(0, 0, 3, 3), { flagged: 2, linkedFlagged: 1, innocentFlagged: 1 }, 1],
		['hotel stays heavy: misses nobody but flags two', set(0, 3, 0, 3), { flagged: 4, linkedFlagged: 2, innocentFlagged: 2 }, 2],
		['tickets heavy, night light', set(1, 0, 3, 3), { flagged: 2, linkedFlagged: 1, innocentFlagged: 1 }, 1]
	])('%s', (_name, setting, counts, group) => {
		expect(flagCounts(lab, setting)).toEqual({ ...counts, linkedTotal: 2 });
		expect(redFlagGroup(lab, setting)).toBe(group);
	});

	it('calls a setting that misses a linked account and flags too many "missed-and-wide"', () => {
		const wide = { ...lab, maxInnocent: 0 };
		expect(redFlagGroup(wide, set(0, 0, 3, 3))).toBe(3);
		expect(classify(wide, set(0, 0, 3, 3)).outcome).toEqual({ feedback: 'missed-and-wide', correct: false });
	});

	it('classifies through the spec: reaching the target is the one right outcome', () => {
		expect(classify(lab, set(1, 1, 0, 2))).toEqual({ outcome: { feedback: 'reached', correct: true }, group: 0 });
		expect(classify(lab, startSetting(lab))).toEqual({ outcome: { feedback: 'missed', correct: false }, group: 1 });
		expect(redFlagLab.outcomeOf!(lab, 2)).toEqual({ feedback: 'too-wide', correct: false });
	});

	it('offers review scores from 1 to the highest score an account can reach', () => {
		expect(reviewScores(lab)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
	});

	it.each([
		['the start', startSetting(lab), true],
		['a full setting', set(3, 2, 1, 9), true],
		['a weight of 4', set(4, 0, 0, 1), false],
		['a review score of 0', set(1, 0, 0, 0), false],
		['a review score past the highest', set(1, 0, 0, 10), false],
		['a missing indicator', { night: '1', hotel: '1', 'review-at': '1' }, false],
		['an extra key', { ...set(1, 1, 1, 1), other: '1' }, false],
		['a list', ['1', '1'], false]
	])('accepts %s: %s', (_name, answer, ok) => {
		expect(redFlagLab.acceptsAnswer(lab, answer)).toBe(ok);
		expect(isSetting(lab, answer)).toBe(ok);
	});
});

describe('red-flag lab codec and report', () => {
	const roundTrip = (answer: Record<string, string>) => {
		const values: number[] = [];
		redFlagLab.codec.encode({ int: (v) => values.push(v), text: () => undefined }, lab, answer);
		let at = 0;
		const back = redFlagLab.codec.decode({ int: () => values[at++]!, text: () => '' }, lab);
		return { values, back };
	};

	it('writes one small number per indicator and one for the review score, and reads the same setting back', () => {
		const { values, back } = roundTrip(set(3, 0, 2, 7));
		expect(values).toEqual([3, 0, 2, 6]);
		expect(back).toEqual(set(3, 0, 2, 7));
	});

	it('refuses to write a value the lab does not offer', () => {
		expect(() => roundTrip(set(5, 0, 0, 1))).toThrow(/not a value of night/);
	});

	it('reports to the LMS as "other" with the setting as short text', () => {
		expect(redFlagLab.scorm.type).toBe('other');
		expect(redFlagLab.scorm.response(lab, set(1, 1, 0, 2))).toEqual({ kind: 'summary', text: 'night=1,hotel=1,tickets=0,review-at=2' });
	});
});

describe('red-flag lab authoring', () => {
	const check = (q: RedFlagLabInteraction) => {
		const issues: Issue[] = [];
		redFlagLabAuthoring.check(q, 'lab', issues);
		return issues.map((issue) => `${issue.path}: ${issue.message}`);
	};

	it('enumerates every setting once (4 weights per indicator × 9 review scores)', () => {
		const settings = allSettings(lab);
		expect(settings).toHaveLength(4 ** 3 * 9);
		expect(new Set(settings.map((s) => JSON.stringify(s))).size).toBe(settings.length);
		expect(settings.every((s) => isSetting(lab, s))).toBe(true);
	});

	it('accepts the fixture', () => {
		expect(check(lab)).toEqual([]);
	});

	it.each([
		[
			'a target no setting reaches',
			{ ...lab, maxInnocent: 0 },
			'lab.maxInnocent: no setting of weights and review score reaches the target'
		],
		[
			'a count for no indicator',
			{ ...lab, accounts: [{ ...lab.accounts[0]!, counts: { ...lab.accounts[0]!.counts, ads: 1 } }, ...lab.accounts.slice(1)] },
			'lab.accounts[0].counts.ads: is not an indicator'
		],
		[
			'a missing count',
			{ ...lab, accounts: [{ ...lab.accounts[0]!, counts: { night: 1, hotel: 1 } }, ...lab.accounts.slice(1)] },
			'lab.accounts[0].counts: has no count for "tickets"'
		],
		[
			'no linked account',
			{ ...lab, accounts: lab.accounts.map((a) => ({ ...a, linked: false })) },
			'lab.accounts: no account is linked: there is nothing to find'
		],
		[
			'an indicator named like the review score',
			{ ...lab, indicators: [...lab.indicators, { id: 'review-at', min: 1 }] },
			'lab.indicators: "review-at" is the review score\'s key'
		],
		['an account listed twice', { ...lab, accounts: [...lab.accounts, lab.accounts[0]!] }, 'lab.accounts: choice "a" is listed twice']
	])('refuses %s', (_name, q, message) => {
		expect(check(q as RedFlagLabInteraction)).toContain(message);
	});

	it('samples one setting per outcome it can reach, the right one first', () => {
		const samples = redFlagLabAuthoring.sampleAnswers(lab);
		expect(samples.map((s) => classify(lab, s).outcome.feedback)).toEqual(['reached', 'missed', 'too-wide']);
	});

	it('widest answer: every weight and the review score at their highest', () => {
		expect(redFlagLabAuthoring.widest!(lab)).toEqual(set(3, 3, 3, 9));
	});

	it('asks for a label and a column name per indicator, a description per account and each feedback', () => {
		const keys = redFlagLabAuthoring.textKeys({ id: 's', interaction: lab }).map((k) => k.key);
		expect(keys).toContain('s.indicators.night');
		expect(keys).toContain('s.columns.night');
		expect(keys).toContain('s.accounts.driver');
		expect(keys).toEqual(
			expect.arrayContaining(['s.feedback.reached', 's.feedback.missed', 's.feedback.too-wide', 's.feedback.missed-and-wide'])
		);
	});
});
