import { describe, expect, it } from 'vitest';
import { clusters, jaccard, shingles, similarityMatrix, words } from './near-duplicates';

describe('words and shingles', () => {
	it.each([
		['Hiring NOW: cooks, cleaners!', ['hiring', 'now', 'cooks', 'cleaners']],
		['Salaire : 20 $/h à Montréal', ['salaire', '20', 'h', 'à', 'montréal']],
		['', []],
		['  ¿¡…!?  ', []]
	])('%j → %j', (text, expected) => expect(words(text)).toEqual(expected));

	it.each([
		['a b c d', 3, ['a b c', 'b c d']],
		['a b', 3, ['a b']],
		['a b c', 3, ['a b c']],
		['', 3, []],
		['a a a a', 2, ['a a']]
	])('shingles(%j, %i)', (text, size, expected) => expect([...shingles(text, size)]).toEqual(expected));
});

describe('jaccard', () => {
	const s = (text: string) => shingles(text, 2);
	it.each([
		['identical texts', 'one two three', 'one two three', 1],
		['nothing shared', 'one two three', 'four five six', 0],
		['half the union shared', 'a b c', 'a b d', 1 / 3],
		['empty text', '', 'one two', 0],
		['two empty texts are not duplicates', '', '', 0]
	])('%s', (_, a, b, expected) => expect(jaccard(s(a), s(b))).toBeCloseTo(expected, 10));
});

describe('clusters', () => {
	const texts = {
		a: 'Work in Toronto restaurants, good pay, housing included, call 555-0101 today',
		b: 'Work in Vancouver restaurants, good pay, housing included, call 555-0199 today',
		c: 'Community choir seeks tenor voices for the winter concert season',
		d: 'Work in Calgary restaurants, good pay, housing included, call 555-0150 today'
	};
	const ids = Object.keys(texts);
	const matrix = similarityMatrix(Object.values(texts), 3);

	it('links ads written from one template and leaves the unrelated one out', () => {
		expect(clusters(ids, matrix, 0.3)).toEqual([['a', 'b', 'd']]);
	});
	it('a threshold of 1 only links identical texts', () => {
		expect(clusters(ids, matrix, 1)).toEqual([]);
		expect(clusters(['x', 'y'], similarityMatrix(['same ad text here', 'Same ad, text here!'], 3), 1)).toEqual([['x', 'y']]);
	});
	it('a threshold of 0 links everything, including texts that share nothing', () => {
		expect(clusters(ids, matrix, 0)).toEqual([ids]);
	});
	it('no texts, no clusters', () => expect(clusters([], [], 0.5)).toEqual([]));
});
