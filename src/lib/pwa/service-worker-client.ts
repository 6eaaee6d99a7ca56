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

/**
 * Asks the service worker to keep `lang` offline: it answers whether the whole language is
 * already on the device, and if not, starts fetching it. Undefined when no worker controls the
 * page (no service worker, first load before it took over) or it does not answer in time.
 */
export async function keepLanguageOffline(lang: string, timeoutMs = 3000): Promise<boolean | undefined> {
	const worker = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
	if (!worker) return undefined;
	const channel = new MessageChannel();
	const answer = new Promise<boolean>((resolve) => {
		channel.port1.onmessage = (event: MessageEvent<{ held: boolean }>) => resolve(event.data.held);
	});
	worker.postMessage({ type: 'sw.keepLanguage', lang }, [channel.port2]);
	const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
	const held = await Promise.race([answer, timeout]);
	channel.port1.close();
	return held;
}
