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

/**
 * A lesson page is a page whose lesson content exists (/fr/m/l/ ↔ /content/fr/m/l.json), not any
 * three-segment path: /fr/trainers/preview/ is a page like the others and is precached.
 */
export function isLessonPage(path: string, files: ReadonlySet<string>): boolean {
	const m = /^\/([a-z]{2})\/([^/]+)\/([^/]+)\/?$/.exec(path);
	return m !== null && files.has(`/content/${m[1]}/${m[2]}/${m[3]}.json`);
}

/**
 * What the service worker precaches for `languages`: the app (every script and style, the icons,
 * the pages and content of no language) and each language's content and pages, all of its
 * modules, lessons and labs, so the course works fully offline in it. Lesson pages are left out:
 * each repeats the outline and interface strings, and offline the 404 shell routes a lesson
 * client-side from the cached content (a lesson opened online is cached as it is fetched).
 * Deduplicated: content fetched while prerendering is listed twice, and addAll rejects duplicates.
 */
export function precacheList(site: SiteFiles, languages: readonly Language[]): string[] {
	const files = new Set(site.files);
	const wanted = (path: string) => {
		const lang = languageOfPath(path);
		return lang === undefined || languages.includes(lang);
	};
	return [
		...new Set([...site.build, ...site.files.filter(wanted), ...site.prerendered.filter((p) => wanted(p) && !isLessonPage(p, files))])
	];
}

/** What one language adds to the precache: fetched when the learner switches to it. */
export function languageFiles(site: SiteFiles, lang: Language): string[] {
	return precacheList(site, [lang]).filter((path) => languageOfPath(path) === lang);
}
