// Every page is prerendered: the site is static files, and the service worker caches them all.
export const prerender = true;
export const trailingSlash = 'always';
