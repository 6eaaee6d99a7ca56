import { describe, expect, it } from 'vitest';
import { derivedSeed, hashString, mulberry32, seededShuffle } from './random';

describe('seeded randomness', () => {
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968]
	])('hashes %j as FNV-1a', (text, hash) => expect(hashString(text)).toBe(hash));

	it('repeats itself for a seed, and differs between seeds', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mulberry32(43)()).not.toBe(first[0]);
	});

	it('shuffles a copy, keeps every item, and leaves pinned items in place', () => {
		const list = ['a', 'b', 'c', 'd', 'none'];
		for (let seed = 0; seed < 200; seed++) {
			const shuffled = seededShuffle(list, seed, ['none']);
			expect([...shuffled].sort()).toEqual([...list].sort());
			expect(shuffled[4]).toBe('none');
		}
		expect(list).toEqual(['a', 'b', 'c', 'd', 'none']);
		expect(new Set(Array.from({ length: 50 }, (_, seed) => seededShuffle(list, seed).join())).size).toBeGreaterThan(20);
	});

	it('derives seeds that differ by use', () => {
		expect(derivedSeed(7, 'q1', 0)).toBe(derivedSeed(7, 'q1', 0));
		expect(new Set([derivedSeed(7, 'q1', 0), derivedSeed(7, 'q1', 1), derivedSeed(7, 'q2', 0), derivedSeed(8, 'q1', 0)]).size).toBe(4);
	});
});
