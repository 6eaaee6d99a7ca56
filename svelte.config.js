import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Two build profiles from one source (see README): the website/PWA (default) and the LMS
// package app (BUILD_PROFILE=package), which needs a hash router, relative paths and no service
// worker. The package app is built once; each package's options travel in its lms-package.json.
const isPackage = process.env.BUILD_PROFILE === 'package';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({
			pages: isPackage ? 'build-package' : 'build',
			assets: isPackage ? 'build-package' : 'build',
			fallback: isPackage ? undefined : '404.html',
			precompress: false,
			strict: true
		}),
		router: { type: isPackage ? 'hash' : 'pathname' },
		paths: { relative: true },
		alias: { '$page-options': isPackage ? 'src/lib/page-options/package.ts' : 'src/lib/page-options/web.ts' },
		serviceWorker: { register: false },
		output: { bundleStrategy: isPackage ? 'single' : 'split' },
		// A page's stylesheets go in its HTML: a lesson page linked 14 small ones, each a
		// render-blocking request that delayed its first paint on a slow phone (npm run bench).
		inlineStyleThreshold: isPackage ? 0 : 6144,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*']
		},
		// No service worker inside an LMS package: the LMS serves it, and a worker would outlive it.
		// The package's client hooks read its config (lms-package.json) before the app starts.
		files: isPackage ? { serviceWorker: 'src/no-service-worker', hooks: { client: 'src/package.hooks.client' } } : {}
	}
};

export default config;
