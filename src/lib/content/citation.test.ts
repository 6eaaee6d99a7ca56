import { describe, expect, it } from 'vitest';
import type { Language, Reference } from '../course/types';
import { cite, citationHtml, type CitationLabels } from './citation';

const labels: CitationLabels = {
	noDate: 's.d.',
	secondary: 'source secondaire',
	archived: 'copie archivée',
	noLink: 'Sans lien.',
	inLanguage: { en: 'en anglais', fr: 'en français', es: 'en espagnol' }
};

const ctdc: Reference = {
	id: 'ctdc-faqs',
	publisher: 'Counter Trafficking Data Collaborative (CTDC)',
	title: 'FAQs',
	year: '2024',
	url: { en: 'https://ctdatacollaborative.org/en/page/faqs', fr: 'https://ctdatacollaborative.org/fr/page/faqs' }
};

describe('cite', () => {
	const cases: [string, Reference, Language, Partial<ReturnType<typeof cite>>][] = [
		[
			'the learner’s own edition',
			ctdc,
			'fr',
			{ url: 'https://ctdatacollaborative.org/fr/page/faqs', pageLanguage: 'fr', otherLanguage: false }
		],
		[
			'English when the learner’s language has none',
			ctdc,
			'es',
			{ url: 'https://ctdatacollaborative.org/en/page/faqs', pageLanguage: 'en', otherLanguage: true }
		],
		[
			'French when only French exists',
			{ ...ctdc, url: { fr: 'https://cipc-icpc.org/fr/x' } },
			'es',
			{ url: 'https://cipc-icpc.org/fr/x', pageLanguage: 'fr', otherLanguage: true }
		],
		[
			'one page for all, language unsaid',
			{ ...ctdc, url: 'https://doi.org/10.1/x' },
			'es',
			{ pageLanguage: undefined, otherLanguage: false }
		],
		[
			'the title of the edition shown',
			{
				...ctdc,
				title: { en: 'Signs of trafficking', fr: 'Signes de la traite' },
				url: { en: 'https://a.org/en/s', fr: 'https://a.org/fr/s' }
			},
			'es',
			{ title: 'Signs of trafficking', titleLanguage: 'en' }
		],
		[
			'the publisher in the learner’s language',
			{ ...ctdc, publisher: { en: 'UNODC', fr: 'ONUDC', es: 'UNODC' } },
			'fr',
			{ publisher: 'ONUDC' }
		],
		['no year', { ...ctdc, year: 'n.d.' }, 'fr', { year: undefined }],
		['no link', { ...ctdc, url: undefined, noLink: 'read through a mirror only' }, 'en', { url: undefined, otherLanguage: false }]
	];

	it.each(cases)('gives %s', (_name, reference, language, expected) => {
		expect(cite(reference, language)).toMatchObject(expected);
	});
});

describe('citationHtml', () => {
	it('marks another language’s page, in the learner’s words, with hreflang', () => {
		const html = citationHtml({ ...ctdc, url: { en: 'https://ctdatacollaborative.org/en/page/faqs' } }, 'fr', labels);
		expect(html).toBe(
			'Counter Trafficking Data Collaborative (CTDC). <cite lang="en">FAQs</cite> (2024). ' +
				'<a href="https://ctdatacollaborative.org/en/page/faqs" hreflang="en" rel="noopener noreferrer external" target="_blank">ctdatacollaborative.org</a> (en anglais)'
		);
	});

	it('says nothing about language when the page is in the learner’s', () => {
		expect(citationHtml(ctdc, 'fr', labels)).not.toContain('(en ');
	});

	it('labels a secondary source, an archived copy and a missing date in the learner’s language', () => {
		const html = citationHtml({ ...ctdc, year: 'n.d.', secondary: true, archived: true }, 'fr', labels);
		expect(html).toContain('(s.d., source secondaire, copie archivée)');
	});

	it('gives a citation without a link, and says so', () => {
		const html = citationHtml({ ...ctdc, url: undefined, noLink: 'read through a mirror only' }, 'fr', labels);
		expect(html).not.toContain('<a ');
		expect(html).toContain('<span class="no-link">Sans lien.</span>');
	});

	it('escapes every field', () => {
		const html = citationHtml({ ...ctdc, publisher: '<b>P</b>', title: 'A & "B"' }, 'fr', labels);
		expect(html).toContain('&lt;b&gt;P&lt;/b&gt;');
		expect(html).toContain('A &amp; &quot;B&quot;');
	});
});
