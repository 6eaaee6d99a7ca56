import { describe, expect, it } from 'vitest';
import { switchLanguagePath } from './i18n/languages';
import { routePath } from './paths';

describe('the page a URL shows, and the same page in another language', () => {
	it.each([
		// The website: the path is the page.
		[
			'http://localhost/fr/introduction/what-is-trafficking/',
			false,
			'en',
			'/fr/introduction/what-is-trafficking/',
			'/en/introduction/what-is-trafficking/'
		],
		['http://localhost/es/', false, 'fr', '/es/', '/fr/'],
		// A package in an LMS: the document is index.html, deep in the LMS's own paths; the page is the hash route.
		[
			'https://lms.example/pluginfile.php/42/mod_scorm/content/1/index.html#/fr/introduction/what-is-trafficking/',
			true,
			'en',
			'/fr/introduction/what-is-trafficking/',
			'/en/introduction/what-is-trafficking/'
		],
		['https://lms.example/scorm/pkg/index.html#/en/settings/', true, 'es', '/en/settings/', '/es/settings/'],
		['https://lms.example/scorm/pkg/index.html#/es/glossary/?term=x', true, 'fr', '/es/glossary/', '/fr/glossary/'],
		// The chooser before any route: the language's home.
		['https://lms.example/scorm/pkg/index.html', true, 'fr', '/', '/fr/']
	] as const)('%s (hash router: %s) → %s', (url, hash, lang, shown, switched) => {
		expect(routePath(new URL(url), hash)).toBe(shown);
		expect(switchLanguagePath(routePath(new URL(url), hash), lang)).toBe(switched);
	});
});
