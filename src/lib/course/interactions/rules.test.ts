import { describe, expect, it } from 'vitest';
import type { KAnonymityLabInteraction, Rule } from '../types';
import { matchesRule } from './rules';

const lab: KAnonymityLabInteraction = {
	type: 'kAnonymityLab',
	targetK: 2,
	columns: [
		{ id: 'age', kind: 'number', levels: ['exact', 'band-10', 'hidden'], sensitive: false },
		{ id: 'form', kind: 'category', levels: [], sensitive: true }
	],
	rows: [
		{ age: 21, form: 'labour' },
		{ age: 25, form: 'other' },
		{ age: 37, form: 'labour' }
	],
	answerGroups: [],
	defaultOutcome: { feedback: 'x', correct: false },
	next: 'end',
	maxAttempts: 1,
	points: 1,
	hint: false
};

describe('rules of the new question types', () => {
	it.each<[string, Rule, Parameters<typeof matchesRule>[1], boolean]>([
		['pairsEqual: exactly these pairs', { type: 'pairsEqual', pairs: { a: 'x', b: 'y' } }, { a: 'x', b: 'y' }, true],
		['pairsEqual: one pair off', { type: 'pairsEqual', pairs: { a: 'x', b: 'y' } }, { a: 'x', b: 'x' }, false],
		['pairsEqual: an extra pair', { type: 'pairsEqual', pairs: { a: 'x' } }, { a: 'x', b: 'y' }, false],
		['pairsInclude: the mistake is there', { type: 'pairsInclude', pairs: { b: 'x' } }, { a: 'x', b: 'x' }, true],
		['pairsInclude: not there', { type: 'pairsInclude', pairs: { b: 'x' } }, { a: 'x', b: 'y' }, false],
		['pairsInclude: not a record', { type: 'pairsInclude', pairs: { b: 'x' } }, ['b', 'x'], false],
		['orderEquals: same order', { type: 'orderEquals', values: ['a', 'b', 'c'] }, ['a', 'b', 'c'], true],
		['orderEquals: two swapped', { type: 'orderEquals', values: ['a', 'b', 'c'] }, ['a', 'c', 'b'], false],
		['placedBefore: yes', { type: 'placedBefore', values: ['c', 'a'] }, ['c', 'b', 'a'], true],
		['placedBefore: no', { type: 'placedBefore', values: ['c', 'a'] }, ['a', 'b', 'c'], false],
		['placedBefore: an item missing', { type: 'placedBefore', values: ['c', 'z'] }, ['a', 'b', 'c'], false]
	])('%s', (_name, rule, answer, expected) => expect(matchesRule(rule, answer)).toBe(expected));

	it.each([
		['exact ages: every row alone', { age: 'exact' }, 1, false],
		['10-year bands: 21 and 25 share a band, 37 is alone', { age: 'band-10' }, 1, false],
		['age hidden: one group of three', { age: 'hidden' }, 3, true]
	])('kAtLeast on the lab table, %s', (_name, levels, k, reaches) => {
		expect(matchesRule({ type: 'kAtLeast', value: 2 }, levels, lab)).toBe(reaches);
		expect(matchesRule({ type: 'kAtLeast', value: k }, levels, lab)).toBe(true);
		expect(matchesRule({ type: 'kAtLeast', value: k + 1 }, levels, lab)).toBe(false);
	});

	it('levelIs names one column’s level', () => {
		expect(matchesRule({ type: 'levelIs', column: 'age', level: 'hidden' }, { age: 'hidden' })).toBe(true);
		expect(matchesRule({ type: 'levelIs', column: 'age', level: 'hidden' }, { age: 'exact' })).toBe(false);
	});
});
