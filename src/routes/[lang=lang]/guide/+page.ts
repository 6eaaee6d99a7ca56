import { fetchGuide } from '$lib/content/fetch-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, fetch }) => {
	const { lang } = await parent();
	return { guide: await fetchGuide(fetch, lang) };
};
