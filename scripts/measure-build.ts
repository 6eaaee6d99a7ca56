import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Language } from '../src/lib/course/types';
import { precacheList } from '../src/lib/pwa/precache';

/** The web build's Vite manifest, copied by build-site.ts (package builds overwrite .svelte-kit's). */
export const WEB_MANIFEST = 'dist/web-build-manifest.json';

/**
 * The Vite manifest of the site in `buildDir`: the copy `npm run build` keeps, or `vite build`'s
 * own; whichever names files that are in `buildDir` (a package build overwrites the latter).
 */
export function webManifest(buildDir = 'build'): Record<string, { file: string; imports?: string[]; css?: string[] }> {
	for (const file of [WEB_MANIFEST, '.svelte-kit/output/client/.vite/manifest.json']) {
		if (!existsSync(file)) continue;
		const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
		const entry = Object.values(manifest).find((e) => e.isEntry);
		if (entry && existsSync(join(buildDir, entry.file))) return manifest;
	}
	throw new Error(`no Vite manifest matches ${buildDir}/: run \`npm run build\` or \`npx vite build\``);
}

export interface Size {
	raw: number;
	gzip: number;
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function sizeOf(file: string): Size {
	const bytes = readFileSync(file);
	return { raw: bytes.length, gzip: gz(bytes) };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** The JS files a prerendered page loads: its module preloads and inline imports, then their static imports. */
export function scriptsOfPage(buildDir: string, htmlFile: string): string[] {
	const html = readFileSync(htmlFile, 'utf8');
	const pageDir = posix.dirname('/' + relative(buildDir, htmlFile).split('\\').join('/'));
	const urls = [
		...[...html.matchAll(/<link[^>]*>/g)].filter((m) => m[0].includes('rel="modulepreload"')).map((m) => /href="([^"]+)"/.exec(m[0])![1]!),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!)
	];
	return staticClosure(
		buildDir,
		urls.map((u) => posix.normalize(u.startsWith('/') ? u : posix.join(pageDir, u)))
	);
}

/** The given scripts and everything they import statically (dynamic imports load later, on use). */
function staticClosure(buildDir: string, start: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...start];
	while (queue.length) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		const file = join(buildDir, url);
		if (!existsSync(file)) continue;
		seen.add(url);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
			queue.push(posix.normalize(posix.join(posix.dirname(url), m[1]!)));
	}
	return [...seen].map((url) => join(buildDir, url));
}

/** The JS a page needs: what its HTML preloads and what that imports, fetched with the page. `paths` as the site serves them. */
export function measurePage(buildDir: string, route: string): Size & { files: number; paths: string[] } {
	const html = route.endsWith('.html') ? join(buildDir, route) : join(buildDir, route, 'index.html');
	const scripts = scriptsOfPage(buildDir, html);
	const paths = scripts.map((file) => '/' + relative(buildDir, file).split('\\').join('/'));
	return { ...scripts.map(sizeOf).reduce(add, ZERO), files: scripts.length, paths };
}

/** What the service worker precaches: the static site (the trainers' package downloads excluded). */
export function measureSite(buildDir: string, include: (path: string) => boolean = () => true): Size & { files: number } {
	const files = walk(buildDir).filter(include);
	return { ...files.map(sizeOf).reduce(add, ZERO), files: files.length };
}

/**
 * What the service worker stores on a first visit in `lang`, from the files in `buildDir` sorted the
 * way `$service-worker` lists them (app files, static files, prerendered pages), plus the 404 shell.
 */
export function firstVisitCache(buildDir: string, lang: Language): Size & { files: number } {
	const site = { build: [] as string[], files: [] as string[], prerendered: [] as string[] };
	for (const file of walk(buildDir)) {
		const path = '/' + relative(buildDir, file).split('\\').join('/');
		if (/^\/(packages|package-parts|lms-preview)\//.test(path) || path === '/404.html' || path === '/service-worker.js') continue;
		if (path.startsWith('/_app/')) site.build.push(path);
		else if (path.endsWith('.html')) site.prerendered.push(path.replace(/index\.html$/, '').replace(/\.html$/, ''));
		else site.files.push(path);
	}
	const paths = [...precacheList(site, [lang]), '/404.html'];
	const files = paths.map((p) => join(buildDir, p.endsWith('/') ? p + 'index.html' : p)).filter((f) => existsSync(f));
	return { ...files.map(sizeOf).reduce(add, ZERO), files: files.length };
}

/**
 * What a part loaded on first use (a lab, the capstone, a chart) adds to a page: its chunk, its
 * CSS and the chunks it imports that the page has not loaded already. `source` is its path in src/.
 */
export function measureOnFirstUse(buildDir: string, manifestFile: string, source: string, route: string): Size {
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string; css?: string[] }>;
	const entry = manifest[source];
	if (!entry) throw new Error(`${source} is not a chunk of its own in ${manifestFile}`);
	const loaded = new Set(scriptsOfPage(buildDir, join(buildDir, route, 'index.html')));
	const added = staticClosure(buildDir, ['/' + entry.file])
		.map((f) => f)
		.filter((f) => !loaded.has(f));
	const css = (entry.css ?? []).map((c) => join(buildDir, c));
	return [...added, ...css].map(sizeOf).reduce(add, ZERO);
}
