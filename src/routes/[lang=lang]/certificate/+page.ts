import { loadRouteUiStrings } from '$lib/content/fetch-content';
import type { PageLoad } from './$types';

export const load: PageLoad = loadRouteUiStrings;
