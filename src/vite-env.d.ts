/// <reference types="vite/client" />

interface ImportMetaEnv {
	/** "web" (the site and PWA) or "package" (an LMS package): set by vite.config.ts. */
	readonly VITE_BUILD_PROFILE: 'web' | 'package';
}
