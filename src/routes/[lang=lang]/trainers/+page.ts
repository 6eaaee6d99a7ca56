import { error } from '@sveltejs/kit';
import type { Language } from '$lib/course/types';
import type { BuilderStrings } from '$lib/packaging/builder-text';
import type { PageLoad } from './$types';

// The builder's strings, only on this page (see $lib/packaging/builder-text.ts).
const strings = import.meta.glob<BuilderStrings>('../../../lib/packaging/locales/*.json', { import: 'default' });

async function loadStrings(language: Language) {
	const load = strings[`../../../lib/packaging/locales/${language}.json`];
	if (!load) throw new Error(`no package builder strings for "${language}"`);
	return { builderStrings: await load() };
}

// Trainers build packages on the website. A package is for learners: there the page does not
// exist, and its strings stay out of the package's one bundle.
export const load: PageLoad =
	import.meta.env.VITE_BUILD_PROFILE === 'package' ? () => error(404) : ({ params }) => loadStrings(params.lang as Language);
