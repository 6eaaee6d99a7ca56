import { describe, expect, it } from 'vitest';
import type { GeneralisedColumn, TableRow } from '../types';
import { bestChoiceFor, detailKept, equivalenceClasses, generalise, homogeneousClasses, kOf } from './k-anonymity';

const age: GeneralisedColumn = { id: 'age', kind: 'number', levels: ['exact', 'band-5', 'band-10', 'hidden'], sensitive: false };
const city: GeneralisedColumn = {
	id: 'city',
	kind: 'category',
	levels: ['exact', 'group', 'hidden'],
	groups: { montreal: 'quebec', laval: 'quebec', toronto: 'ontario', ottawa: 'ontario' },
	sensitive: false
};
const form: GeneralisedColumn = { id: 'form', kind: 'category', levels: [], sensitive: true };
const columns = [age, city, form];

const rows: TableRow[] = [
	{ age: 19, city: 'montreal', form: 'labour' },
	{ age: 17, city: 'laval', form: 'labour' },
	{ age: 24, city: 'toronto', form: 'sexual' },
	{ age: 26, city: 'ottawa', form: 'labour' },
	{ age: 21, city: 'toronto', form: 'other' },
	{ age: 34, city: 'montreal', form: 'labour' }
];

describe('generalise', () => {
	it.each([
		[19, age, 'exact', '19'],
		[19, age, 'band-5', '15–19'],
		[20, age, 'band-10', '20–29'],
		[0, age, 'band-10', '0–9'],
		[19, age, 'hidden', '*'],
		['laval', city, 'group', 'quebec'],
		['laval', city, 'exact', 'laval'],
		['halifax', city, 'group', '*']
	] as const)('%j at %s', (value, column, level, expected) => expect(generalise(value, column, level)).toBe(expected));
});

describe('k', () => {
	it.each([
		['all exact: every row unique', { age: 'exact', city: 'exact' }, 1],
		['10-year bands and provinces', { age: 'band-10', city: 'group' }, 1],
		['provinces only', { age: 'hidden', city: 'group' }, 3],
		['everything hidden: one class of all rows', { age: 'hidden', city: 'hidden' }, 6]
	])('%s', (_, levels, expected) => expect(kOf(rows, columns, levels)).toBe(expected));

	it('an empty table has k = 0', () => expect(kOf([], columns, {})).toBe(0));

	it('identical rows form one class even with exact values', () => {
		const twins = [rows[0]!, { ...rows[0]! }, { ...rows[0]! }];
		expect(kOf(twins, columns, { age: 'exact', city: 'exact' })).toBe(3);
	});
});

describe('what k costs', () => {
	it('detail kept falls as columns are generalised', () => {
		expect(detailKept(columns, { age: 'exact', city: 'exact' })).toBe(1);
		expect(detailKept(columns, { age: 'hidden', city: 'hidden' })).toBe(0);
		expect(detailKept(columns, { age: 'band-10', city: 'group' })).toBeCloseTo((1 / 3 + 1 / 2) / 2);
	});

	it('a table that cannot reach k = 3 without suppressing a column', () => {
		expect(bestChoiceFor(rows, columns, 3, false)).toBeUndefined();
		expect(bestChoiceFor(rows, columns, 3)).toEqual({ age: 'hidden', city: 'group' });
	});

	it('finds homogeneous classes, where k hides nothing about the sensitive value', () => {
		const levels = { age: 'band-10', city: 'group' };
		const classes = equivalenceClasses(rows, columns, levels);
		expect(classes.map((c) => c.rows)).toEqual([[0, 1], [2, 3, 4], [5]]);
		expect(homogeneousClasses(rows, columns, levels).map((c) => c.rows)).toEqual([[0, 1]]);
	});
});
