import { resolve } from '$app/paths';

const hashRouter = import.meta.env.VITE_BUILD_PROFILE === 'package';

/**
 * An in-app link from a site path ("/fr/introduction/"): the path itself on the website; inside
 * an LMS package, a bare hash route ("#/fr/introduction/"). A bare hash keeps the launch file's
 * own address: SvelteKit's base + "#…" would drop "index.html", and some LMS servers have no
 * directory index. Every internal link goes through here.
 */
export function href(path: string): string {
	if (hashRouter) return `#${path}`;
	return (resolve as (path: string) => string)(path);
}

/**
 * The site path a page shows, the inverse of `href`: the URL's path on the website; in a package,
 * the route after "#" (its document path, ".../index.html", says nothing about the page).
 */
export function routePath(url: URL, hash = hashRouter): string {
	if (!hash) return url.pathname;
	const route = url.hash.replace(/^#/, '').replace(/[?#].*$/, '');
	return route.startsWith('/') ? route : '/';
}
