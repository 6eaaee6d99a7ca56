import { describe, expect, it } from 'vitest';
import { exactly, number, object, optional, string, type Issue } from './schema-kit';

interface Sample {
	name: string;
	/** Absent when not given. */
	note?: string;
	/** Filled with a default when not given. */
	count: number;
}

describe('schema kit', () => {
	const parser = exactly<Sample>()(object({ name: string(), note: optional(string()), count: optional(number(), 1) }));

	it.each([
		['fills a default and leaves an optional field absent', { name: 'a' }, { name: 'a', count: 1 }],
		['keeps what is given', { name: 'a', note: 'n', count: 3 }, { name: 'a', note: 'n', count: 3 }]
	])('%s', (_name, input, expected) => {
		const issues: Issue[] = [];
		expect(parser(input, '', issues)).toEqual(expected);
		expect(issues).toEqual([]);
	});

	it('names the path of a misspelt field and of a missing one', () => {
		const issues: Issue[] = [];
		expect(parser({ nme: 'a' }, 'x', issues)).toBeUndefined();
		expect(issues.map((i) => i.path)).toEqual(['x.nme', 'x.name']);
	});

	it('checks a parser against its type at compile time (npm run check fails if it stops)', () => {
		// A field of the type missing from the parser:
		// @ts-expect-error -- the parser does not yield exactly Sample
		exactly<Sample>()(object({ name: string(), count: optional(number(), 1) }));
		// A field optional in the parser but required in the type:
		// @ts-expect-error -- the parser does not yield exactly Sample
		exactly<Sample>()(object({ name: string(), note: optional(string()), count: optional(number()) }));
		// A field the type does not have:
		// @ts-expect-error -- the parser does not yield exactly Sample
		exactly<Sample>()(object({ name: string(), note: optional(string()), count: optional(number(), 1), extra: string() }));
		expect(parser).toBeTypeOf('function');
	});
});
