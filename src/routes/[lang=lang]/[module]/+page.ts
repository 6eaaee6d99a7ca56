import { error } from '@sveltejs/kit';
import { moduleOutline } from '$lib/content/bundle';
import { fetchModule, loadRouteUiStrings } from '$lib/content/fetch-content';
import type { Language } from '$lib/course/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async (event) => {
	const { outline } = await event.parent();
	const header = outline.modules.find((m) => m.id === event.params.module);
	if (!header) error(404, 'Module not found');
	const [details] = await Promise.all([fetchModule(event.fetch, event.params.lang as Language, header.id), loadRouteUiStrings(event)]);
	return { module: moduleOutline(header, details) };
};
