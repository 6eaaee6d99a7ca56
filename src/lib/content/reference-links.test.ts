import { describe, expect, it } from 'vitest';
import type { Language } from '../course/types';
import { MIRROR_HOSTS, linkProblem, referenceLinkProblems } from './reference-links';

describe('linkProblem', () => {
	const refused: [string, string, Language | undefined, string][] = [
		['a news scraper', 'http://jwscrubs.com/crime-cops-court/did-you-know-9123466', undefined, 'mirror or scraper host'],
		['a scraper on a subdomain', 'https://www.newspaperamigo.com/world/20241102-over-half', undefined, 'mirror or scraper host'],
		['a mirror of a news story', 'https://exbulletin.com/world/755549/', undefined, 'mirror or scraper host'],
		['a copy of a CRS report', 'https://www.capitollabsllc.com/crs/product/R47466', undefined, 'mirror or scraper host'],
		[
			'an ILO story on a third-party site',
			'https://vss.gov.vn/english/news/Pages/a.aspx?CateID=185&ItemID=12165',
			undefined,
			'mirror or scraper host'
		],
		['a blog summary', 'https://micheladrien.blogspot.com/2023/12/statistics-canada-article.html', undefined, 'mirror or scraper host'],
		[
			'a document host copy of a WHO report',
			'https://issuu.com/molosongololo/docs/resource-manual/24',
			undefined,
			'mirror or scraper host'
		],
		['a document-sharing copy', 'https://docslib.org/doc/419606/survivor-insights', undefined, 'mirror or scraper host'],
		[
			'a PDF scraper copy of a WHO document',
			'https://pdfslide.us/documents/who-ethical-and-safety-guidelines-for-interviewing-2010-11-15-who-ethical-and.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'the same PDF scraper under another country domain',
			'https://pdfslide.fr/documents/guide-sur-la-traite-des-personnes-lausage-des-praticiens-de-la-justice-pnale.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'another PDF scraper',
			'https://kipdf.com/who-ethical-and-safety-recommendations-for-interviewing-trafficked-women_5ac2ea281723dde78f6dbf70.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'a document host written with a final dot',
			'https://issuu.com./theq2group/docs/who-ethical-and-safety-recommendations-for-intervi',
			undefined,
			'mirror or scraper host'
		],
		[
			'a docplayer copy of a Canadian report',
			'http://docplayer.fr/6273509-Tour-d-horizon-des-pratiques-prometteuses.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'an fdocuments copy of a UN Statistical Commission paper',
			'https://fdocuments.us/document/statistical-commission-background-document-forty-sixth-17-goals-16-substantive.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'a doczz copy of a UNODC paper',
			'https://doczz.fr/doc/5126346/analyse-des-concepts-de-base-du-protocole',
			undefined,
			'mirror or scraper host'
		],
		[
			'a studylib copy of a UNODC framework',
			'http://studylib.es/doc/7410784/marco-internacional-de-accion',
			undefined,
			'mirror or scraper host'
		],
		[
			'a paperzz copy of the SDG tier list',
			'https://paperzz.com/doc/7998787/provisional-proposed-tiers-for-global-sdg-indicators',
			undefined,
			'mirror or scraper host'
		],
		[
			'a zbook copy of a US public law',
			'https://zbook.org/read/1750fe_public-law-114-190-114th-congress-an-act.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'a doclinks copy of the UNODC Global Report',
			'https://doclinks.org/lFUDn_global-report-on-trafficking-in-persons-2020-united-nations/',
			undefined,
			'mirror or scraper host'
		],
		[
			'a businessdocbox copy of the SDG tier list',
			'https://businessdocbox.com/amp/72879108-Agriculture/Tier-classification-for-global-sdg-indicators-20-april-2017.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'a financedocbox copy of a UN questionnaire',
			'https://financedocbox.com/amp/95295964-Retirement_Planning/Results-of-the-global-questionnaire.html',
			undefined,
			'mirror or scraper host'
		],
		[
			'a SlideShare upload under a language subdomain',
			'https://de.slideshare.net/jamc09/cartilla-completa-unodc',
			undefined,
			'mirror or scraper host'
		],
		['a blog under a country domain', 'https://someone.blogspot.co.uk/2014/06/x.html', undefined, 'mirror or scraper host'],
		['a bare domain', 'https://www.uschamber.com', undefined, 'is a home page'],
		['a domain and a slash', 'https://www.uschamber.com/', undefined, 'is a home page'],
		['a language home page', 'https://techagainsttrafficking.org/en/', 'en', 'is a home page'],
		['an index file at the root', 'https://example.org/index.html', undefined, 'is a home page'],
		['a tag listing', 'https://cipc-icpc.org/en/tag/human-trafficking/', 'en', 'is a listing'],
		['a category listing', 'https://cipc-icpc.org/en/category/projects/', 'en', 'is a listing'],
		['a category listing on a US site', 'https://polarisproject.org/category/trafficking-misinformation/', undefined, 'is a listing'],
		['a month archive', 'https://example.org/2024/11', undefined, 'is a listing'],
		['a search results page', 'https://example.org/?s=trafficking', undefined, 'is a listing'],
		['an Arabic edition for everyone', 'https://sherloc.unodc.org/cld/ar/education/module-3.html', undefined, 'opens the "ar" edition'],
		[
			'a French edition given for English',
			'https://ctdatacollaborative.org/fr/page/faqs',
			'en',
			'opens the "fr" edition but is given for "en"'
		],
		[
			'a Chinese edition given for English',
			'https://unodc.org/e4j/zh/tip-and-som/module-6/key-issues/x.html',
			'en',
			'opens the "zh" edition'
		],
		[
			"ILO's Italian edition",
			'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--it/index.htm',
			'en',
			'opens the "it" edition'
		],
		['a Canadian /eng/ page for everyone', 'https://www.justice.gc.ca/eng/rp-pr/cj-jp/tp/p2.html', undefined, 'opens the "en" edition'],
		['not a URL', 'https//missing-colon.org/page', undefined, 'is not a valid URL']
	];

	it.each(refused)('refuses %s', (_name, url, language, message) => {
		expect(linkProblem(url, language)).toContain(message);
	});

	const accepted: [string, string, Language | undefined][] = [
		['an article whose path ends in a number', 'https://english.himalayatimes.com.np/2024/12/86783', undefined],
		['a DOI', 'https://doi.org/10.1177/1524838020985542', undefined],
		['an English edition given for English', 'https://ctdatacollaborative.org/en/page/faqs', 'en'],
		['a Canadian /fra/ page given for French', 'https://www.justice.gc.ca/fra/pr-rp/jp-cj/tp/p2.html', 'fr'],
		['an ILO English edition', 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--en/index.htm', 'en'],
		['a page with a query on the root', 'https://www.unicef-irc.org/?page=glossary&id=102', undefined],
		['a file name that merely ends in -fr', 'https://canada.justice.gc.ca/eng/fs-sv/tp/is-fr.html', 'en'],
		['a blog-like word in a path', 'https://example.org/news/blogspot-study', undefined],
		[
			'an archived copy of a page',
			'https://bac-lac.wayback.archive-it.org/web/20130604134237/http://www.justice.gc.ca/eng/cj-jp/tp/legis-loi.html',
			'en'
		]
	];

	it.each(accepted)('accepts %s', (_name, url, language) => {
		expect(linkProblem(url, language)).toBeUndefined();
	});

	it('names the list of mirror hosts, kept in one place', () => {
		expect(MIRROR_HOSTS).toContain('jwscrubs.com');
		expect(linkProblem('https://exbulletin.com/world/1/')).toContain('MIRROR_HOSTS');
	});
});

describe('referenceLinkProblems', () => {
	const base = { id: 'r', publisher: 'P', title: 'T', year: '2024' };

	it('names the language key of the URL at fault', () => {
		const problems = referenceLinkProblems({
			...base,
			url: { en: 'https://ctdatacollaborative.org/ar/page/global-synthetic-dataset', fr: 'https://ctdatacollaborative.org/fr/page/x' }
		});
		expect(problems).toEqual([{ field: 'url.en', message: expect.stringContaining('"ar" edition but is given for "en"') }]);
	});

	it('has nothing to say about a citation without a link', () => {
		expect(referenceLinkProblems({ ...base, noLink: 'read only through a news mirror' })).toEqual([]);
	});
});
