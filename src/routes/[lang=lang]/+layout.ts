import { fetchOutline } from '$lib/content/fetch-content';
import type { Language } from '$lib/course/types';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, fetch }) => {
	const lang = params.lang as Language;
	return { lang, outline: await fetchOutline(fetch, lang) };
};
