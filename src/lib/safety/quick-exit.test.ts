import { describe, expect, it } from 'vitest';
import { doublePressDetector } from './quick-exit';

describe('quick exit shortcut', () => {
	it.each([
		[
			'two Escapes close together',
			[
				['Escape', 0],
				['Escape', 400]
			],
			[false, true]
		],
		[
			'two Escapes too far apart',
			[
				['Escape', 0],
				['Escape', 1500]
			],
			[false, false]
		],
		[
			'another key in between still counts as two Escapes',
			[
				['Escape', 0],
				['a', 100],
				['Escape', 300]
			],
			[false, false, true]
		],
		[
			'a third press starts over',
			[
				['Escape', 0],
				['Escape', 100],
				['Escape', 200]
			],
			[false, true, false]
		],
		[
			'other keys never trigger',
			[
				['Enter', 0],
				['Enter', 10]
			],
			[false, false]
		]
	] as const)('%s', (_name, presses, expected) => {
		const detect = doublePressDetector(1000);
		expect(presses.map(([key, at]) => detect(key, at))).toEqual(expected);
	});
});
