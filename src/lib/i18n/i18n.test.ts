import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addUiStrings, lessonTranslator, translator } from './i18n';
import { matchLanguage, pickLanguage, switchLanguagePath } from './languages';

const load = (lang: string) => JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}.json`, 'utf8')) as Record<string, string>;
const uiStrings = { fr: load('fr'), en: load('en'), es: load('es') };
for (const lang of ['fr', 'en', 'es'] as const) addUiStrings(lang, uiStrings[lang]);

describe('UI strings', () => {
	const keys = (lang: keyof typeof uiStrings) => Object.keys(uiStrings[lang]).sort();
	it.each(['en', 'es'] as const)('%s has exactly the keys of fr, none empty', (lang) => {
		expect(keys(lang)).toEqual(keys('fr'));
		for (const [key, value] of Object.entries(uiStrings[lang])) expect(value.trim(), key).not.toBe('');
	});

	it('translates with plurals and interpolation', () => {
		expect(translator('en')('lesson.attemptsLeft', { count: 1 })).toBe('You can try once more.');
		expect(translator('es')('lesson.attemptsLeft', { count: 2 })).toBe('Puedes intentarlo 2 veces más.');
		expect(translator('fr')('lesson.score', { earned: 3, max: 4 })).toBe('Votre résultat : 3 sur 4.');
	});

	it('serves lesson text through its own namespace', () => {
		const t = lessonTranslator('en', 'm', 'l', { 'q1.feedback.right': '<p>Yes.</p>' });
		expect(t('q1.feedback.right')).toBe('<p>Yes.</p>');
	});
});

describe('languages', () => {
	it.each([
		[['fr-CA', 'en'], 'fr'],
		[['de', 'es-CO'], 'es'],
		[['EN-us'], 'en'],
		[['de', 'it'], 'fr'],
		[[], 'fr']
	])('picks from %j: %s', (preferred, expected) => {
		expect(pickLanguage(preferred)).toBe(expected);
	});

	it.each([
		[['de-DE', 'de'], undefined],
		[['ar'], undefined],
		[[], undefined],
		[['ar', 'es-MX'], 'es'],
		[['EN'], 'en']
	])('matches %j to %s, nothing when the course speaks none of them', (preferred, expected) => {
		expect(matchLanguage(preferred)).toBe(expected);
	});

	it.each([
		['/fr/introduction/what-is-trafficking/', 'es', '/es/introduction/what-is-trafficking/'],
		['/en/', 'fr', '/fr/'],
		['/nope/', 'en', '/en/nope/']
	] as const)('switches %s to %s', (path, lang, expected) => {
		expect(switchLanguagePath(path, lang)).toBe(expected);
	});
});
