import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../course/types';
import { builderTranslator, problemMessage } from './builder-text';
import type { OptionProblem } from './package-options';

const strings = Object.fromEntries(
	LANGUAGES.map((l) => [l, JSON.parse(readFileSync(new URL(`./locales/${l}.json`, import.meta.url), 'utf8')) as Record<string, string>])
);
const CODES: OptionProblem['code'][] = [
	'standard',
	'noLanguage',
	'unknownLanguage',
	'noModule',
	'unknownModule',
	'passMark',
	'reporting',
	'courseIdEmpty',
	'courseIdCharacters',
	'courseIdLength',
	'titleLength',
	'titleCharacters',
	'quickExitUrl'
];

describe('the package builder’s strings', () => {
	it.each(LANGUAGES.filter((l) => l !== 'fr'))('%s has exactly the French keys, none empty', (language) => {
		expect(Object.keys(strings[language]!).sort()).toEqual(Object.keys(strings.fr!).sort());
		expect(Object.entries(strings[language]!).filter(([, v]) => !v.trim())).toEqual([]);
	});

	it.each(LANGUAGES)('%s explains every problem with the options, with its values', (language) => {
		const t = builderTranslator(language, strings[language]!);
		for (const code of CODES) {
			const message = problemMessage({ field: 'courseId', code, values: { value: 'x y', known: 'fr, en, es', max: 64, length: 70 } }, t);
			expect(message, code).not.toContain('builder.problem');
			expect(message, code).not.toMatch(/\{\{/);
		}
		expect(problemMessage({ field: 'passMark', code: 'passMark', values: { value: '120' } }, t)).toContain('120');
	});
});
