import { execFileSync } from 'node:child_process';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Checks and writes the course content before SvelteKit reads static/, so a content error fails
 * `vite build` and `vite dev` with the file and field named. In dev, edits to modules/ rewrite it.
 */
function courseContent(): Plugin {
	const build = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts'], { stdio: 'inherit' });
	return {
		name: 'course-content',
		// "pre", like SvelteKit's own set-up, and listed first: SvelteKit lists static/ in that hook,
		// so a content file written after it (a new lesson, a new language's guide) is missing from
		// the build's asset manifest and its page fails to prerender with a 404.
		config: {
			order: 'pre',
			handler() {
				// SvelteKit runs further Vite builds in this process (server, service worker): write once,
				// or a later pass would rewrite the files while pages are being prerendered from them.
				if (process.env.COURSE_CONTENT_WRITTEN === String(process.pid)) return;
				process.env.COURSE_CONTENT_WRITTEN = String(process.pid);
				try {
					build();
				} catch {
					throw new Error('Course content check failed: see the problems listed above.');
				}
			}
		},
		configureServer(server) {
			server.watcher.add('modules');
			server.watcher.on('change', (file) => {
				if (!file.includes('/modules/')) return;
				try {
					build();
					server.ws.send({ type: 'full-reload' });
				} catch {
					server.config.logger.error('Course content check failed: see the problems listed above.');
				}
			});
		}
	};
}

export default defineConfig(({ mode }) => ({
	// Unit tests load content themselves (and check the broken cases); only builds write it.
	// (By mode, not by the VITEST variable: a build started from inside a test must still write it.)
	plugins: [...(mode === 'test' ? [] : [courseContent()]), sveltekit()],
	build: { target: 'es2022' },
	resolve: {
		// Dexie's "import" entry wraps its ES5 UMD build (to guard against loading it twice through
		// require and import, which this app never does); its ES2018 module build is the same code,
		// leaner and shakeable: about 2 KB gzip less on every page that stores progress.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	define: {
		'import.meta.env.VITE_BUILD_PROFILE': JSON.stringify(process.env.BUILD_PROFILE ?? 'web')
	},
	test: {
		environment: 'node',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts']
	}
}));
