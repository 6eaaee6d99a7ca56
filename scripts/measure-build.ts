import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

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
	const seen = new Set<string>();
	const queue = urls.map((u) => posix.normalize(u.startsWith('/') ? u : posix.join(pageDir, u)));
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

export function measurePage(buildDir: string, route: string): Size & { files: number } {
	const html = route.endsWith('.html') ? join(buildDir, route) : join(buildDir, route, 'index.html');
	const scripts = scriptsOfPage(buildDir, html);
	return { ...scripts.map(sizeOf).reduce(add, ZERO), files: scripts.length };
}

/** What the service worker precaches: the static site (the trainers' package downloads excluded). */
export function measureSite(buildDir: string, include: (path: string) => boolean = () => true): Size & { files: number } {
	const files = walk(buildDir).filter(include);
	return { ...files.map(sizeOf).reduce(add, ZERO), files: files.length };
}
