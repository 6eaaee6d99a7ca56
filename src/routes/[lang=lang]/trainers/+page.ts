import { error } from '@sveltejs/kit';
import { loadRouteUiStrings } from '$lib/content/fetch-content';
import type { BuilderStrings } from '$lib/packaging/builder-text';
import type { PageLoad } from './$types';

// The builder's strings, only on this page (see $lib/packaging/builder-text.ts).
const strings = import.meta.glob<BuilderStrings>('../../../lib/packaging/locales/*.json', { import: 'default' });

async function loadStrings(event: Parameters<PageLoad>[0]) {
	const load = strings[`../../../lib/packaging/locales/${event.params.lang}.json`];
	if (!load) throw new Error(`no package builder strings for "${event.params.lang}"`);
	const [builderStrings] = await Promise.all([load(), loadRouteUiStrings(event)]);
	return { builderStrings };
}

// Trainers build packages on the website. A package is for learners: there the page does not
// exist, and its strings stay out of the package's one bundle.
export const load: PageLoad = import.meta.env.VITE_BUILD_PROFILE === 'package' ? () => error(404) : loadStrings;
