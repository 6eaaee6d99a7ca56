// A built site served on localhost the way a static host would serve it: files by path (with
// .html added), and 404.html with status 404 for anything else. Used by `npm start`, the e2e
// tests and `npm run screenshots`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * Starts serving `dir` on 127.0.0.1; port 0 picks a free one.
 * `dev`: files are looked up per request (a test may add files to the folder while it runs).
 * @param {string} dir
 * @param {{ port?: number, dev?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(dir, { port = 0, dev = false } = {}) {
	const root = resolve(dir);
	if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: build the site first (npx vite build)`);
	const assets = sirv(root, { dev, etag: true, extensions: ['html'] });
	const notFound = readFileSync(join(root, '404.html'));
	const server = createServer((req, res) =>
		assets(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound);
		})
	);
	await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://localhost:${actual}`,
		close: () => new Promise((done) => server.close(() => done(undefined)))
	};
}
