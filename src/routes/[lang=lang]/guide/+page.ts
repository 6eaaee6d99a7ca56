import { fetchGuide, loadRouteUiStrings } from '$lib/content/fetch-content';
import type { Language } from '$lib/course/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async (event) => {
	const [guide] = await Promise.all([fetchGuide(event.fetch, event.params.lang as Language), loadRouteUiStrings(event)]);
	return { guide };
};
