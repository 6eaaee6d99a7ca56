// Serves a built site (default build/) on localhost, the way a static host would: unknown
// paths get 404.html with status 404. Usage: node scripts/serve.js [dir] [port]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const dir = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4173);
const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
const notFound = readFileSync(join(dir, '404.html'));

createServer((req, res) =>
	assets(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	})
).listen(port, '127.0.0.1', () => console.log(`Course at http://localhost:${port}/ (from ${dir})`));
