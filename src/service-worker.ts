/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `datajam-course-${version}`;

// The app, every static file (icons, the content of all three languages) and the prerendered
// pages except lessons: after the first visit, every lesson in every language works offline.
// A lesson page's HTML repeats the outline and interface strings (about 20 KB gzip each, 66 of
// them), so it is not precached: offline, the 404 shell routes it client-side from the cached
// content, and a lesson opened online is cached as it is fetched.
// Deduplicated: content fetched while prerendering is listed twice, and addAll rejects duplicates.
const isLessonPage = (path: string) => /^\/[a-z]{2}\/[^/]+\/[^/]+\/?$/.test(path);
const PRECACHE = [...new Set([...build, ...files, ...prerendered.filter((path) => !isLessonPage(path))])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			// The fallback page is written by the adapter after this list is made.
			await cache.add('/404.html').catch(() => {});
			// The very first install takes over at once; a later version (an active worker exists)
			// waits for the learner's "Reload now", so a page never mixes two versions of the app.
			if (!sw.registration.active) await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'sw.skipWaiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached = (await cache.match(url.pathname)) ?? (await cache.match(request, { ignoreSearch: true }));
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
				return response;
			} catch (error) {
				// Offline and not cached: a page falls back to the 404 shell, which routes client-side.
				if (request.mode === 'navigate') {
					const fallback = await cache.match('/404.html');
					if (fallback) return fallback;
				}
				throw error;
			}
		})()
	);
});
