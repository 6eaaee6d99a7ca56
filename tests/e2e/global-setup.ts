import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-host.js';

/** Serves build/ on a free localhost port, as a static host would (404.html for unknown paths). */
export default async function setup(project: TestProject) {
	// dev: files are looked up per request, so a test can add a package to build/lms-preview/.
	const server = await serveStatic('build', { dev: true }).catch((error: Error) => {
		throw new Error(`${error.message} (run \`npm run build\` before the e2e tests)`);
	});
	project.provide('baseUrl', server.url);
	return server.close;
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
