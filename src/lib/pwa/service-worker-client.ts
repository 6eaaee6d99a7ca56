import { dev } from '$app/environment';

/**
 * Registers the service worker (website build only: an LMS package has none) and reports when a
 * new version is waiting. `apply` tells it to take over, then reloads once it has.
 */
export function watchForUpdates(onUpdate: (apply: () => void) => void): () => void {
	if (dev || !('serviceWorker' in navigator) || import.meta.env.VITE_BUILD_PROFILE === 'package') return () => {};
	let stopped = false;
	const offer = (worker: ServiceWorker) => {
		if (stopped) return;
		onUpdate(() => {
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			worker.postMessage({ type: 'sw.skipWaiting' });
		});
	};
	const register = () =>
		navigator.serviceWorker
			.register('/service-worker.js')
			.then((registration) => {
				// A worker already waiting: a new version arrived while an old tab stayed open.
				if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
				registration.addEventListener('updatefound', () => {
					const installing = registration.installing;
					installing?.addEventListener('statechange', () => {
						if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
					});
				});
			})
			.catch((error) => console.error('service worker registration failed', error));
	// After the load event, so precaching never competes with the first page's own requests.
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
	return () => {
		stopped = true;
	};
}
