import type { Handle } from '@sveltejs/kit';
import { isLanguage } from '$lib/i18n/languages';

/** Prerendered pages carry their language in <html lang>, from the first path segment. */
export const handle: Handle = ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const lang = isLanguage(segment) ? segment : 'fr';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
