import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site (build/), served on localhost, in Debian's Chromium.
export default defineConfig({
	test: {
		environment: 'node',
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
		// A browser needs more than vitest's default second to settle after a click.
		expect: { poll: { timeout: 15_000, interval: 100 } },
		pool: 'forks'
	}
});
