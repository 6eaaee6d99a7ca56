import { fetchGlossary } from '$lib/content/fetch-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, fetch }) => {
	const { lang } = await parent();
	return { glossary: await fetchGlossary(fetch, lang) };
};
