/**
 * The package's launch page (index.html): made fit for any LMS once, when the package app is
 * built, then given each package's language and description.
 */

/** Files of the website's installable app that a package must not carry (see prepareLaunchPage). */
export const WEB_APP_ONLY_FILES = ['manifest.webmanifest', 'icon-192.png', 'icon-512.png'];

/**
 * SvelteKit writes the hash-router page with root-relative URLs ("/_app/…"), which inside an LMS
 * point at the LMS's own root: a package uses only paths relative to its launch file. The web
 * app manifest (root-absolute start_url, scope and icons) and the home-screen icon belong to the
 * installable website, not to a course running inside an LMS.
 */
export function prepareLaunchPage(html: string): string {
	return html
		.replace(/[ \t]*<link rel="(?:manifest|apple-touch-icon)"[^>]*>\n?/g, '')
		.replace(/(href|src)="\/(?!\/)/g, '$1="./')
		.replace(/import\("\/(?!\/)/g, 'import("./');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The launch page in the package's first language: <html lang> and the description. (With
 * several languages the app sets both for the learner's language once it runs.)
 */
export function localiseLaunchPage(html: string, language: string, description: string): string {
	const withLang = html.replace(/<html lang="[^"]*"/, `<html lang="${language}"`);
	const withDescription = withLang.replace(
		/(<meta name="description" content=")[^"]*(")/,
		(_m, open: string, close: string) => open + escapeAttribute(description) + close
	);
	if (withLang === html && !html.includes(`<html lang="${language}"`)) throw new Error('the launch page has no <html lang> to set');
	if (!/<meta name="description" content="/.test(html)) throw new Error('the launch page has no description to set');
	return withDescription;
}

/** Text of a rendered inline HTML string (titles and summaries in the outline), for attributes and the manifest. */
export const plainText = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
