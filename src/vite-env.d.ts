/// <reference types="vite/client" />

interface ImportMetaEnv {
	/** "web" (the site and PWA) or "package" (an LMS package): set by vite.config.ts. */
	readonly VITE_BUILD_PROFILE: 'web' | 'package';
	/** Comma-separated languages this build carries. */
	readonly VITE_LANGUAGES: string;
}
