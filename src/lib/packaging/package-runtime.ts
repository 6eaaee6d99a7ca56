import type { PackageConfig } from './package-config';

/**
 * The running package's config, read once before the app starts (src/package.hooks.client.ts),
 * so code that runs synchronously (the language list, the route matcher) can rely on it.
 * Undefined on the website and in Node.
 */
let current: PackageConfig | undefined;

export function setPackageConfig(config: PackageConfig) {
	current = config;
}

export const packageConfig = (): PackageConfig | undefined => current;
