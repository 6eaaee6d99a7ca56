import { LANGUAGES, type Language, type Reference } from '../course/types';

/**
 * The build's rules for the links a learner is given as sources (content brief, "Errata and
 * source hygiene"): the original page itself, never a copy, a home page or a listing, and the
 * edition its language key says.
 */

/**
 * Hosts that republish or scrape other publishers' pages. A fact read there is cited by its
 * original publisher, title and date, with the original page or `noLink`. `*` stands for any
 * top-level domain (Blogger serves the same blog under blogspot.com, blogspot.ca, …).
 */
export const MIRROR_HOSTS: readonly string[] = [
	'jwscrubs.com',
	'newspaperamigo.com',
	'exbulletin.com',
	'capitollabsllc.com',
	'vss.gov.vn',
	'blogspot.*',
	// Document-sharing hosts: uploads of other publishers' documents, not the publisher's page.
	'scribd.com',
	'issuu.com',
	'docslib.org',
	// PDF scrapers met while looking for the WHO's 2003 recommendations on interviewing trafficked women.
	'pdfslide.*',
	'kipdf.com',
	// More uploads of other publishers' PDFs, met in the same searches (WHO, UNODC, UN Statistics, US law).
	'docplayer.*',
	'fdocuments.*',
	'doczz.*',
	'studylib.*',
	'paperzz.com',
	'zbook.org',
	'doclinks.org',
	'businessdocbox.com',
	'financedocbox.com',
	'slideshare.net'
];

/** Path segments that name a page's language edition, and the course language (if any) each is. */
const LANGUAGE_SEGMENTS: Record<string, string> = {
	ar: 'ar',
	de: 'de',
	en: 'en',
	es: 'es',
	fr: 'fr',
	it: 'it',
	ja: 'ja',
	ko: 'ko',
	pt: 'pt',
	ru: 'ru',
	zh: 'zh',
	'zh-hans': 'zh',
	'zh-hant': 'zh',
	'zh-cn': 'zh',
	// Government of Canada paths: /eng/…, /fra/…
	eng: 'en',
	fra: 'fr',
	spa: 'es'
};

/** Listing pages: a blog's tag or category archive, or a list of search results. */
const LISTING_SEGMENTS = new Set(['tag', 'tags', 'category', 'categories']);
const LISTING_QUERY = ['tag', 'cat', 'category', 's'];

const INDEX_FILE = /^index\.(html?|php|aspx?)$/i;

function mirrorHost(host: string): string | undefined {
	const labels = host.split('.');
	return MIRROR_HOSTS.find((entry) => {
		if (!entry.endsWith('.*')) return host === entry || host.endsWith(`.${entry}`);
		// "name.*": the name, then only top-level-domain labels (blogspot.com, blogspot.co.uk).
		const at = labels.lastIndexOf(entry.slice(0, -2));
		return at >= 0 && at < labels.length - 1 && labels.slice(at + 1).every((label) => label.length <= 3);
	});
}

/** The language edition a URL's path names (`/ar/…`, `/eng/…`, ILO's `lang--it`), if any. */
export function pathLanguage(url: URL): string | undefined {
	for (const segment of url.pathname.toLowerCase().split('/')) {
		const edition = LANGUAGE_SEGMENTS[segment] ?? /^lang--([a-z]{2})$/.exec(segment)?.[1];
		if (edition) return edition;
	}
	return undefined;
}

function isDateArchive(segments: string[]) {
	const [year, month, day, ...rest] = segments;
	if (rest.length || !year || !/^\d{4}$/.test(year)) return false;
	return (!month || (/^\d{1,2}$/.test(month) && +month <= 12)) && (!day || (/^\d{1,2}$/.test(day) && +day <= 31));
}

/**
 * What is wrong with a link shown to learners as a source, or undefined. `language` is the key
 * the URL is given under (undefined: one page for every language).
 */
export function linkProblem(href: string, language?: Language): string | undefined {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return `"${href}" is not a valid URL`;
	}
	// A fully qualified name ("issuu.com.") is the same host: without the dot it cannot slip past.
	const host = url.hostname.toLowerCase().replace(/\.$/, '');
	const mirror = mirrorHost(host);
	if (mirror)
		return `${host} is a mirror or scraper host (MIRROR_HOSTS in src/lib/content/reference-links.ts): cite the original publisher's page, or give "noLink"`;
	const segments = url.pathname.split('/').filter(Boolean);
	const edition = pathLanguage(url);
	const rest = segments.filter((s, i) => !(i === 0 && LANGUAGE_SEGMENTS[s.toLowerCase()]) && !INDEX_FILE.test(s));
	if (rest.length === 0 && !url.search) return `${href} is a home page: link the page that is cited`;
	if (
		segments.some((s) => LISTING_SEGMENTS.has(s.toLowerCase())) ||
		LISTING_QUERY.some((q) => url.searchParams.has(q)) ||
		isDateArchive(segments)
	)
		return `${href} is a listing (tag, category, archive or search page): link the page that is cited`;
	if (edition && language === undefined)
		return `${href} opens the "${edition}" edition: give it under its language, e.g. "url": { "${edition}": "…" }, with the other editions the publisher has`;
	if (edition && language !== undefined && edition !== language) {
		const known = (LANGUAGES as readonly string[]).includes(edition);
		return `${href} opens the "${edition}" edition but is given for "${language}"${known ? '' : ": use the publisher's edition in a course language"}`;
	}
	return undefined;
}

/** Every link problem of a reference, with the field that carries it ("url", "url.en"). */
export function referenceLinkProblems(reference: Reference): { field: string; message: string }[] {
	const { url } = reference;
	if (url === undefined) return [];
	const entries: [string, string, Language | undefined][] =
		typeof url === 'string'
			? [['url', url, undefined]]
			: Object.entries(url).map(([lang, href]) => [`url.${lang}`, href!, lang as Language]);
	return entries.flatMap(([field, href, language]) => {
		const message = linkProblem(href, language);
		return message ? [{ field, message }] : [];
	});
}
