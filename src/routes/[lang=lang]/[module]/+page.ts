import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { outline } = await parent();
	const module = outline.modules.find((m) => m.id === params.module);
	if (!module) error(404, 'Module not found');
	return { module };
};
