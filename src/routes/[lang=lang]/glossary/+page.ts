import { fetchGlossary, loadRouteUiStrings } from '$lib/content/fetch-content';
import type { Language } from '$lib/course/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async (event) => {
	const [glossary] = await Promise.all([fetchGlossary(event.fetch, event.params.lang as Language), loadRouteUiStrings(event)]);
	return { glossary };
};
