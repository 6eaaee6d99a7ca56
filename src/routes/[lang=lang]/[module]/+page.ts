import { error } from '@sveltejs/kit';
import { loadRouteUiStrings } from '$lib/content/fetch-content';
import type { PageLoad } from './$types';

export const load: PageLoad = async (event) => {
	const [{ outline }] = await Promise.all([event.parent(), loadRouteUiStrings(event)]);
	const module = outline.modules.find((m) => m.id === event.params.module);
	if (!module) error(404, 'Module not found');
	return { module };
};
