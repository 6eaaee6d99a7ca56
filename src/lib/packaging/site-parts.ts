import { asset } from '$app/paths';
import type { AssembledPackage } from './assemble-package';
import type { PackageOptions } from './package-options';
import { allParts, PARTS_INDEX, partsFor, type PartsIndex } from './parts';

/**
 * The Trainers page's door to the package builder: the same parts folder as `npm run export`,
 * fetched from the site (build/package-parts/, written by `npm run build`), never sent anywhere.
 * Offline, parts come from the browser's cache: the service worker keeps what it fetches, and
 * what it did not keep is stored here (`keepOffline`).
 */
export const PARTS_FOLDER = 'package-parts';
const OWN_CACHE = 'datajam-package-parts';

const partUrl = (path: string) => asset(`/${PARTS_FOLDER}/${path}` as Parameters<typeof asset>[0]);

/** A part is neither reachable nor kept on this device. */
export class PartsUnavailableError extends Error {}

const hasCaches = () => typeof caches !== 'undefined';

async function fromCache(url: string): Promise<Response | undefined> {
	return hasCaches() ? caches.match(url) : undefined;
}

/** The network when it answers (a new version of the site brings new parts), else the cache. */
async function getPart(path: string): Promise<Response> {
	const url = partUrl(path);
	try {
		const response = await fetch(url);
		if (response.ok) return response;
	} catch {
		// offline: the cache below
	}
	const cached = await fromCache(url);
	if (cached) return cached;
	throw new PartsUnavailableError(path);
}

/** The index of the parts, or null when this copy of the site has none (a development server). */
export async function loadPartsIndex(): Promise<PartsIndex | null> {
	try {
		return (await (await getPart(PARTS_INDEX)).json()) as PartsIndex;
	} catch {
		return null;
	}
}

/**
 * Fetches the parts one package needs, then builds it with the shared core, loaded on first use
 * (the zip writer is most of the builder's code).
 */
export async function buildPackageInBrowser(options: PackageOptions, index: PartsIndex): Promise<AssembledPackage> {
	// A package never builds packages: this keeps the zip writer out of the package app's single bundle.
	if (import.meta.env.VITE_BUILD_PROFILE === 'package') throw new Error('packages are built on the website');
	const { assemblePackage } = await import('./assemble-package');
	const { app, content, schemas } = partsFor(index, options);
	const files = new Map<string, Uint8Array>();
	await Promise.all(
		[...app, ...content, ...schemas].map(async (part) => {
			files.set(part.path, new Uint8Array(await (await getPart(part.path)).arrayBuffer()));
		})
	);
	return assemblePackage(options, index, (path) => {
		const bytes = files.get(path);
		if (!bytes) throw new PartsUnavailableError(path);
		return bytes;
	});
}

export interface OfflineState {
	kept: number;
	total: number;
}

/** How many of the parts (and the index) this browser keeps for offline use. */
export async function offlineState(index: PartsIndex): Promise<OfflineState | null> {
	if (!hasCaches()) return null;
	const paths = [PARTS_INDEX, ...allParts(index).map((p) => p.path)];
	const kept = await Promise.all(paths.map(async (path) => ((await caches.match(partUrl(path))) ? 1 : 0)));
	return { kept: kept.reduce<number>((a, b) => a + b, 0), total: paths.length };
}

/**
 * Keeps every part on this device: fetched once (the service worker stores what it fetches),
 * and whatever no cache holds afterwards is stored in a cache of its own. The site's next
 * version replaces the worker's cache and removes this one, and with them these parts.
 */
export async function keepOffline(index: PartsIndex, progress: (done: number, total: number) => void): Promise<void> {
	if (!hasCaches()) throw new PartsUnavailableError('no cache storage');
	// The builder's own code too, loaded now so that the worker has it whatever it precaches.
	if (import.meta.env.VITE_BUILD_PROFILE !== 'package') await import('./assemble-package');
	const paths = [PARTS_INDEX, ...allParts(index).map((p) => p.path)];
	let done = 0;
	const missing: string[] = [];
	await Promise.all(
		paths.map(async (path) => {
			if (!(await caches.match(partUrl(path)))) {
				const response = await fetch(partUrl(path));
				if (!response.ok) throw new PartsUnavailableError(`${path} (${response.status})`);
				await response.arrayBuffer();
				missing.push(path);
			}
			progress(++done, paths.length);
		})
	);
	const own = await caches.open(OWN_CACHE);
	for (const path of missing) {
		if (await caches.match(partUrl(path))) continue;
		const response = await fetch(partUrl(path));
		if (!response.ok) throw new PartsUnavailableError(`${path} (${response.status})`);
		await own.put(partUrl(path), response);
	}
}
