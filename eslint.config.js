import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layer rule of the architecture, enforced here so it holds by itself:
 * course/ is pure TypeScript; components never touch storage or an LMS; routes wire things.
 */
const restrict = (patterns, message) => ({
	'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }]
});

export default ts.config(
	{ ignores: ['build/', 'build-package/', 'dist/', '.svelte-kit/', 'static/content/', 'node_modules/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Course text is Markdown rendered and sanitised at build time (src/lib/content/markdown.ts).
			'svelte/no-at-html-tags': 'off',
			// Links are plain paths built from the language in the URL; the site has no base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		files: ['src/lib/course/**'],
		rules: restrict(
			[
				[
					'svelte',
					'svelte/*',
					'xstate',
					'dexie',
					'i18next',
					'$app/*',
					'$lib/components/*',
					'$lib/progress/*',
					'$lib/tracking/*',
					'$lib/lesson/*',
					'node:*'
				]
			],
			'course/ is the pure domain: plain TypeScript that runs anywhere, with no framework, storage or I/O.'
		)
	},
	{
		files: ['src/lib/components/**'],
		rules: restrict(
			[['dexie', '$lib/progress/*', '$lib/tracking/*', '**/progress/*', '**/tracking/*', 'scorm-again', 'scorm-again/*']],
			'Components stay free of storage and LMS code: routes wire them.'
		)
	}
);
