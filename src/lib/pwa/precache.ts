import { LANGUAGES, type Language } from '../course/types';

/** What SvelteKit's `$service-worker` lists, paths taken relative to the site's base ("/fr/", "/_app/…"). */
export interface SiteFiles {
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/** The language a path belongs to: its pages (/fr/…) and its content (/content/fr/…); none for the app itself. */
export function languageOfPath(path: string): Language | undefined {
	const first = /^\/(?:content\/)?([a-z]{2})(?:\/|$)/.exec(path)?.[1];
	return LANGUAGES.find((lang) => lang === first);
}

/** Read by LMS packages only (each package carries its own copy), and the whole outline (the site reads its header and module files): the website never fetches them. */
const isPackageOnly = (path: string) => path === '/content/structure.json' || /^\/content\/[a-z]{2}\/course\.json$/.test(path);

/** A language's home page (/fr/): where a learner lands and what an installed app opens. */
const isLanguageHome = (path: string) => /^\/[a-z]{2}\/$/.test(path);

/**
 * What the service worker precaches for `languages`: the app (every script and style, the icons,
 * the language chooser), each language's content, all of its modules, lessons and labs, so the
 * course works fully offline in it, and its home page. Its other pages are left out: their data is
 * the cached content again, and offline the 404 shell routes any of them client-side from that
 * content (a page opened online is cached as it is fetched). Deduplicated: content fetched while
 * prerendering is listed twice, and addAll rejects duplicates.
 */
export function precacheList(site: SiteFiles, languages: readonly Language[]): string[] {
	const wanted = (path: string) => {
		const lang = languageOfPath(path);
		return !isPackageOnly(path) && (lang === undefined || languages.includes(lang));
	};
	const page = (path: string) => !path.startsWith('/content/') && languageOfPath(path) !== undefined;
	return [
		...new Set([
			...site.build,
			...site.files.filter(wanted),
			...site.prerendered.filter((p) => wanted(p) && (!page(p) || isLanguageHome(p)))
		])
	];
}

/** What one language adds to the precache: fetched when the learner switches to it. */
export function languageFiles(site: SiteFiles, lang: Language): string[] {
	return precacheList(site, [lang]).filter((path) => languageOfPath(path) === lang);
}
