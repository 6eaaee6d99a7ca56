import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

/** Serves build/ on a free localhost port, as a static host would (404.html for unknown paths). */
export default async function setup(project: TestProject) {
	const dir = resolve('build');
	if (!existsSync(join(dir, 'index.html'))) throw new Error('build/ is missing: run `npm run build` before the e2e tests');
	// dev: files are looked up per request, so a test can add a package to build/lms-preview/.
	const assets = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
	const notFound = readFileSync(join(dir, '404.html'));
	const server: Server = createServer((req, res) =>
		assets(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound);
		})
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	project.provide('baseUrl', `http://localhost:${port}`);
	return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
