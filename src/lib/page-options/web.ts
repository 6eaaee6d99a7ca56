// Website build: every page is prerendered (static files the service worker can cache),
// with a trailing slash so a static host serves /fr/introduction/index.html.
export const prerender = true;
export const trailingSlash = 'always';
