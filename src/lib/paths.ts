import { resolve } from '$app/paths';

/**
 * An in-app link from a site path ("/fr/introduction/"): the path itself on the website, a hash
 * route ("./#/fr/introduction/") inside an LMS package. Every internal link goes through here.
 */
export function href(path: string): string {
	return (resolve as (path: string) => string)(path);
}
