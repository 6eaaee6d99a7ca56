import { describe, expect, it } from 'vitest';
import { checkOptions, normaliseOptions, packageIdentifier, type OptionProblem, type PackageOptions } from './package-options';

const course = { languages: ['fr', 'en', 'es'] as const, modules: [1, 2, 3] };
const valid: PackageOptions = {
	standard: 'scorm2004',
	languages: ['en'],
	modules: [2],
	passMark: 60,
	reporting: 'passed-failed',
	courseId: 'workshop-2026'
};
const codes = (problems: OptionProblem[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('package options', () => {
	it('accepts a complete choice', () => {
		expect(checkOptions(valid, course)).toEqual([]);
		expect(checkOptions({ ...valid, title: 'Données et traite — atelier', quickExitUrl: 'https://www.example.org/' }, course)).toEqual([]);
		expect(checkOptions({ ...valid, passMark: 0 }, course)).toEqual([]);
		expect(checkOptions({ ...valid, passMark: 100, courseId: 'a'.repeat(64) }, course)).toEqual([]);
	});

	it.each<[string, Partial<PackageOptions>, string[]]>([
		['no module', { modules: [] }, ['modules:noModule']],
		['a module the course does not have', { modules: [2, 4] }, ['modules:unknownModule']],
		['no language', { languages: [] }, ['languages:noLanguage']],
		['a language the course does not have', { languages: ['de' as 'fr'] }, ['languages:unknownLanguage']],
		['a pass mark above 100', { passMark: 101 }, ['passMark:passMark']],
		['a negative pass mark', { passMark: -1 }, ['passMark:passMark']],
		['a pass mark with decimals', { passMark: 62.5 }, ['passMark:passMark']],
		['no pass mark', { passMark: NaN }, ['passMark:passMark']],
		['an unknown standard', { standard: 'scorm3' as 'scorm12' }, ['standard:standard']],
		['an unknown reporting mode', { reporting: 'passed' as 'passed-failed' }, ['reporting:reporting']],
		['an empty identifier', { courseId: '' }, ['courseId:courseIdEmpty']],
		['an identifier with a space', { courseId: 'my course' }, ['courseId:courseIdCharacters']],
		['an identifier with an accent', { courseId: 'cours-été' }, ['courseId:courseIdCharacters']],
		['an identifier starting with a digit', { courseId: '2026-workshop' }, ['courseId:courseIdCharacters']],
		['an identifier with a colon (not an XML ID)', { courseId: 'ngo:course' }, ['courseId:courseIdCharacters']],
		['an identifier with a slash', { courseId: 'ngo/course' }, ['courseId:courseIdCharacters']],
		['an identifier too long', { courseId: 'a'.repeat(65) }, ['courseId:courseIdLength']],
		['a title too long for the manifest', { title: 'é'.repeat(201) }, ['title:titleLength']],
		['a title with a line break', { title: 'Data\nand trafficking' }, ['title:titleCharacters']],
		['a quick exit that is not a web address', { quickExitUrl: 'javascript:alert(1)' }, ['quickExitUrl:quickExitUrl']],
		[
			'several problems at once, in the order of the form',
			{ modules: [], passMark: 120, courseId: 'a b' },
			['modules:noModule', 'passMark:passMark', 'courseId:courseIdCharacters']
		]
	])('refuses %s', (_name, change, expected) => {
		expect(codes(checkOptions({ ...valid, ...change }, course))).toEqual(expected);
	});

	it('counts a title in characters, not bytes: 200 accented letters fit', () => {
		expect(checkOptions({ ...valid, title: 'é'.repeat(200) }, course)).toEqual([]);
	});

	it('gives each choice its own identifier, so downloads never overwrite each other', () => {
		const id = (change: Partial<PackageOptions>) => packageIdentifier(normaliseOptions({ ...valid, ...change }, course), course);
		expect(id({})).toBe('workshop-2026-en-m2-scorm2004');
		expect(id({ languages: ['fr', 'en', 'es'], modules: [1, 2, 3], standard: 'scorm12' })).toBe('workshop-2026-multilingual-scorm12');
		expect(id({ languages: ['es', 'fr'], modules: [3, 1] })).toBe('workshop-2026-es-fr-m1-m3-scorm2004');
		expect(id({ languages: ['fr'], modules: [1, 2, 3] })).toBe('workshop-2026-fr-scorm2004');
	});

	it('puts one choice in one order: the chosen first language, then the course’s order; modules sorted once', () => {
		const options = normaliseOptions(
			{ ...valid, languages: ['es', 'en', 'fr'], modules: [3, 1, 3], title: '  Atelier  ', quickExitUrl: ' ' },
			course
		);
		expect(options.languages).toEqual(['es', 'fr', 'en']);
		expect(options.modules).toEqual([1, 3]);
		expect(options.title).toBe('Atelier');
		expect(options).not.toHaveProperty('quickExitUrl');
	});
});
