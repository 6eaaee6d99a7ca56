import { resolve } from '$app/paths';

/**
 * An in-app link from a site path ("/fr/introduction/"): the path itself on the website; inside
 * an LMS package, a bare hash route ("#/fr/introduction/"). A bare hash keeps the launch file's
 * own address: SvelteKit's base + "#…" would drop "index.html", and some LMS servers have no
 * directory index. Every internal link goes through here.
 */
export function href(path: string): string {
	if (import.meta.env.VITE_BUILD_PROFILE === 'package') return `#${path}`;
	return (resolve as (path: string) => string)(path);
}
