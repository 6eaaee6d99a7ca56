/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { LANGUAGES, type Language } from '$lib/course/types';
import { languageFiles, languageOfPath, precacheList } from '$lib/pwa/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `datajam-course-${version}`;
const PREFIX = 'datajam-course-';

// The app, and the learner's language only (about a third of the course's bytes): another
// language is fetched when the learner switches to it (src/lib/pwa/precache.ts says what is in each).
const relative = (path: string) => path.slice(base.length) || '/';
const site = { build: build.map(relative), files: files.map(relative), prerendered: prerendered.map(relative) };
const absolute = (path: string) => base + path;
/** Put in a cache once a language is complete in it, so a new version knows what to keep offline. */
const marker = (lang: Language) => absolute(`/__offline-language/${lang}`);

/** The languages to precache: those the previous version held, and those of the open pages (the very first visit). */
async function languagesWanted(): Promise<Language[]> {
	const wanted = new Set<Language>();
	for (const key of await caches.keys()) {
		if (!key.startsWith(PREFIX)) continue;
		const cache = await caches.open(key);
		for (const lang of LANGUAGES) if (await cache.match(marker(lang))) wanted.add(lang);
	}
	for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
		const lang = languageOfPath(relative(new URL(client.url).pathname));
		if (lang) wanted.add(lang);
	}
	return [...wanted];
}

const caching = new Map<Language, Promise<void>>();
/** Fetches and caches the whole of one language, once at a time; rejects when the network fails. */
function cacheLanguage(lang: Language): Promise<void> {
	let job = caching.get(lang);
	if (!job) {
		job = (async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(languageFiles(site, lang).map(absolute));
			await cache.put(marker(lang), new Response(lang));
		})().finally(() => caching.delete(lang));
		caching.set(lang, job);
	}
	return job;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const languages = await languagesWanted();
			const cache = await caches.open(CACHE);
			await cache.addAll(precacheList(site, languages).map(absolute));
			for (const lang of languages) await cache.put(marker(lang), new Response(lang));
			// The fallback page is written by the adapter after this list is made.
			await cache.add(absolute('/404.html')).catch(() => {});
			// The very first install takes over at once; a later version (an active worker exists)
			// waits for the learner's "Reload now", so a page never mixes two versions of the app.
			if (!sw.registration.active) await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Only this app's older versions go: other caches of the origin (the Trainers page keeps
			// the package builder's parts in its own) must outlive an update.
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; lang?: string } | null;
	if (data?.type === 'sw.skipWaiting') void sw.skipWaiting();
	// A page in a language (or about to switch to it): answers whether it is all here already, and
	// if not, fetches it (offline, that fails quietly and the page says so).
	const lang = LANGUAGES.find((l) => l === data?.lang);
	if (data?.type === 'sw.keepLanguage' && lang)
		event.waitUntil(
			(async () => {
				const cache = await caches.open(CACHE);
				const held = (await cache.match(marker(lang))) !== undefined;
				event.ports[0]?.postMessage({ held });
				if (!held) await cacheLanguage(lang).catch(() => {});
			})()
		);
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
					const fallback = await cache.match(absolute('/404.html'));
					if (fallback) return fallback;
				}
				throw error;
			}
		})()
	);
});
