// Serves a built site (default build/) on localhost, the way a static host would: unknown
// paths get 404.html with status 404. Usage: node scripts/serve.js [dir] [port]
import { resolve } from 'node:path';
import { serveStatic } from './static-host.js';

const dir = resolve(process.argv[2] ?? 'build');
const { url } = await serveStatic(dir, { port: Number(process.argv[3] ?? 4173) });
console.log(`Course at ${url}/ (from ${dir})`);
