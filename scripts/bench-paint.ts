/**
 * The paint half of `npm run bench`: built sites loaded in Debian's Chromium on a throttled phone
 * profile (150 ms latency, 1.6 Mbps down, 750 kbps up, CPU 4× slower), served with gzip the way a
 * static host serves them. Each load is a fresh profile (no HTTP cache, no service worker), so it
 * is a first visit. Timings are printed, never asserted: a shared machine makes them noisy, which
 * is why each figure is a median and two builds are loaded in turn rather than one after the other.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';

export const PROFILE = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };
const VIEWPORT = { width: 390, height: 844 };

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

/** A static host that gzips text (Content-Encoding: gzip), as a production host does; 404.html for unknown paths. */
async function serveGzip(dir: string): Promise<{ url: string; server: Server }> {
	const root = resolve(dir);
	const cache = new Map<string, { body: Buffer; gzip: boolean }>();
	const lookup = (pathname: string): string | undefined => {
		const path = normalize(join(root, decodeURIComponent(pathname)));
		if (!path.startsWith(root)) return undefined;
		for (const candidate of [path, join(path, 'index.html'), path + '.html'])
			if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
		return undefined;
	};
	const server = createServer((req, res) => {
		const found = lookup(new URL(req.url ?? '/', 'http://x').pathname);
		const file = found ?? join(root, '404.html');
		let entry = cache.get(file);
		if (!entry) {
			const raw = readFileSync(file);
			const gzip = COMPRESSIBLE.has(extname(file));
			entry = { body: gzip ? gzipSync(raw, { level: 9 }) : raw, gzip };
			cache.set(file, entry);
		}
		res.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
			...(entry.gzip ? { 'content-encoding': 'gzip' } : {})
		});
		res.end(entry.body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

export interface Paint {
	fcp: number;
	lcp: number;
	cls: number;
	/** What the largest paint was (tag, id or class), to tell why it comes late. */
	lcpElement: string;
}

/** Largest paint and layout shifts, watched from before the page's first byte. */
function watch() {
	const w = window as unknown as { __paint: { lcp: number; lcpElement: string; cls: number } };
	w.__paint = { lcp: 0, lcpElement: '', cls: 0 };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
			w.__paint.lcp = e.startTime;
			const el = e.element;
			w.__paint.lcpElement = el
				? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`
				: '?';
		}
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
			if (!e.hadRecentInput) w.__paint.cls += e.value;
	}).observe({ type: 'layout-shift', buffered: true });
}

async function loadOnce(browser: Browser, url: string): Promise<Paint> {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', locale: 'fr-FR' });
	try {
		const page = await context.newPage();
		await page.addInitScript(watch);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: PROFILE.latencyMs,
			downloadThroughput: (PROFILE.downKbps * 1000) / 8,
			uploadThroughput: (PROFILE.upKbps * 1000) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
		// Late shifts and paints (hydration, progress read from IndexedDB) land in this window.
		await page.waitForTimeout(1500);
		return await page.evaluate(() => {
			const w = window as unknown as { __paint: { lcp: number; lcpElement: string; cls: number } };
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			return { fcp, lcp: w.__paint.lcp, cls: w.__paint.cls, lcpElement: w.__paint.lcpElement };
		});
	} finally {
		await context.close();
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mostCommon = (values: string[]) =>
	[...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';

export interface PaintResult {
	build: string;
	route: string;
	fcp: number;
	lcp: number;
	lcpMinusFcp: number;
	cls: number;
	lcpElement: string;
	runs: number;
}

/**
 * Loads each route of each build `runs` times, alternating builds load by load (so both see the
 * same load on the machine), and returns the medians.
 */
export async function benchPaint(builds: { name: string; dir: string }[], routes: [string, string][], runs = 5): Promise<PaintResult[]> {
	const servers = await Promise.all(builds.map((b) => serveGzip(b.dir)));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS
	});
	const samples = new Map<string, Paint[]>();
	try {
		for (let run = 0; run < runs; run++)
			for (const [, route] of routes)
				for (const [i, b] of builds.entries()) {
					const key = `${b.name}\u0000${route}`;
					samples.set(key, [...(samples.get(key) ?? []), await loadOnce(browser, servers[i]!.url + route)]);
				}
	} finally {
		await browser.close();
		for (const s of servers) s.server.close();
	}
	return builds.flatMap((b) =>
		routes.map(([, route]) => {
			const list = samples.get(`${b.name}\u0000${route}`) ?? [];
			return {
				build: b.name,
				route,
				fcp: median(list.map((p) => p.fcp)),
				lcp: median(list.map((p) => p.lcp)),
				lcpMinusFcp: median(list.map((p) => p.lcp - p.fcp)),
				cls: median(list.map((p) => p.cls)),
				lcpElement: mostCommon(list.map((p) => p.lcpElement)),
				runs: list.length
			};
		})
	);
}

/** The printed table: medians per build and route, and with two builds, the ratios current / other. */
export function printPaint(results: PaintResult[], routes: [string, string][]) {
	const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
	const p = PROFILE;
	console.log(
		`First paint, throttled (${p.latencyMs} ms latency, ${p.downKbps / 1000} Mbps down, ${p.upKbps} kbps up, CPU ${p.cpuSlowdown}× slower, gzip; medians of ${results[0]?.runs ?? 0} fresh loads):`
	);
	for (const [name, route] of routes)
		for (const r of results.filter((x) => x.route === route))
			console.log(
				`  ${name.padEnd(12)} ${r.build.padEnd(10)} FCP ${ms(r.fcp)}  LCP ${ms(r.lcp)}  LCP−FCP ${ms(r.lcpMinusFcp)}  CLS ${r.cls.toFixed(3)}  LCP element ${r.lcpElement}`
			);
	const builds = [...new Set(results.map((r) => r.build))];
	if (builds.length < 2) return;
	const [current, other] = builds;
	console.log(`Ratios ${current} / ${other} (below 1: ${current} is faster):`);
	for (const [name, route] of routes) {
		const a = results.find((r) => r.build === current && r.route === route)!;
		const b = results.find((r) => r.build === other && r.route === route)!;
		const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(2) : 'n/a');
		console.log(
			`  ${name.padEnd(12)} FCP ${ratio(a.fcp, b.fcp)}  LCP ${ratio(a.lcp, b.lcp)}  LCP−FCP ${ratio(a.lcpMinusFcp, b.lcpMinusFcp)}  CLS ${b.cls.toFixed(3)} → ${a.cls.toFixed(3)}`
		);
	}
}
