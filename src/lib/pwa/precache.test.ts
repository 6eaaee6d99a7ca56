import { describe, expect, it } from 'vitest';
import { languageFiles, languageOfPath, precacheList, type SiteFiles } from './precache';

const site: SiteFiles = {
	build: ['/_app/immutable/entry/app.js', '/_app/immutable/assets/0.css', '/_app/version.json'],
	files: [
		'/icon.svg',
		'/manifest.webmanifest',
		'/content/structure.json',
		'/content/fr/ui.json',
		'/content/fr/introduction/laws.json',
		'/content/es/ui.json',
		'/content/es/introduction/laws.json'
	],
	prerendered: [
		'/',
		'/fr/',
		'/fr/introduction/',
		'/fr/introduction/laws/',
		'/fr/trainers/preview/',
		'/fr/glossary/',
		'/content/fr/ui.json',
		'/es/',
		'/es/introduction/laws/'
	]
};

describe('languageOfPath', () => {
	it.each([
		['/fr/', 'fr'],
		['/es/introduction/laws/', 'es'],
		['/content/en/ui.json', 'en'],
		['/content/structure.json', undefined],
		['/_app/immutable/entry/app.js', undefined],
		['/', undefined],
		['/de/', undefined],
		['/fresh/', undefined]
	])('%s → %s', (path, lang) => expect(languageOfPath(path)).toBe(lang));
});

describe('precacheList', () => {
	it('holds the app and one language’s content and home page, each path once; its other pages come from the shell', () => {
		expect(precacheList(site, ['fr'])).toEqual([
			...site.build,
			'/icon.svg',
			'/manifest.webmanifest',
			'/content/fr/ui.json',
			'/content/fr/introduction/laws.json',
			'/',
			'/fr/'
		]);
	});

	it('leaves out what only LMS packages read: the structure, and the whole outline (pages read its header and module files)', () => {
		const withOutline = { ...site, files: [...site.files, '/content/fr/course.json', '/content/fr/header.json'] };
		const list = precacheList(withOutline, ['fr', 'es']);
		expect(list).not.toContain('/content/structure.json');
		expect(list).not.toContain('/content/fr/course.json');
		expect(list).toContain('/content/fr/header.json');
	});

	it('holds no language but the app when none is known yet', () => {
		expect(precacheList(site, []).filter((p) => /\/(fr|es)\//.test(p))).toEqual([]);
	});

	it('holds both languages when both are asked for', () => {
		const list = precacheList(site, ['fr', 'es']);
		expect(list).toContain('/content/es/introduction/laws.json');
		expect(list).toContain('/es/');
		expect(list).not.toContain('/es/introduction/laws/');
	});

	it('a language adds only its own files', () => {
		expect(languageFiles(site, 'es')).toEqual(['/content/es/ui.json', '/content/es/introduction/laws.json', '/es/']);
	});
});
