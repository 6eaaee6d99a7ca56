import { describe, expect, it } from 'vitest';
import { isRightToLeft, visualOrder } from './invisible-text';

const reversed = (text: string) => Array.from(text).reverse().join('');

describe('the direction of a line, as dir="auto" decides it', () => {
	it.each([
		['Latin', 'Zoé', false],
		['Arabic', 'فاطمة', true],
		['Hebrew', 'שרה', true],
		['Chinese', '李小龙', false],
		['digits and punctuation first, then Arabic', '(42) فاطمة', true],
		['Latin first, then Arabic', 'Ali محمد', false],
		['nothing with a direction', '12 - 34', false]
	])('%s', (_case, text, rtl) => {
		expect(isRightToLeft(text)).toBe(rtl);
	});
});

describe('characters in the order they stand on the page', () => {
	it.each([
		['Latin stays as it is', 'Nguyễn Thị Minh Khai', false, 'Nguyễn Thị Minh Khai'],
		['Chinese stays as it is', '李小龙', false, '李小龙'],
		['an Arabic line is reversed', 'فاطمة الزهراء', true, reversed('فاطمة الزهراء')],
		['Arabic marks stay after their letter once read back', 'مُحَمَّد', true, reversed('مُحَمَّد')],
		['a Latin word and digits in an Arabic line keep their own order', 'محمد Ali 42', true, `Ali 42 ${reversed('محمد')}`],
		['an Arabic word in a Latin line is reversed in place', 'Ali محمد Khan', false, `Ali ${reversed('محمد')} Khan`],
		['Hebrew', 'שרה כהן', true, reversed('שרה כהן')]
	])('%s', (_case, line, rtl, visual) => {
		expect(visualOrder(line, rtl)).toBe(visual);
	});
});
