import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

import layerBoundaries from './eslint/layer-boundaries.js';

/**
 * The layer rule of the architecture, enforced here so it holds by itself (eslint/layer-boundaries.js
 * turns "$lib/x", "../x" and import("x") into one project path before these patterns see it):
 * course/ is pure TypeScript; the lesson machine is course/ plus xstate; components never touch
 * storage or an LMS; routes wire ports, not storage; the player never loads the authoring side
 * (parsers, content checks), which only the build runs. tests/unit/layer-boundaries.test.ts lints a
 * fixture of forbidden imports and expects each to fail.
 */
const PACKAGE = '^(?!src/|\\.)'; // a name that is not a project path: an npm package, node:*, $app/*
const TESTS = '\\.test\\.ts$';
const LAYERS = [
	{
		name: 'course/',
		files: '^src/lib/course/',
		except: TESTS,
		forbid: [PACKAGE, '^src/(?!lib/course/)'],
		message: 'course/ is the pure domain: plain TypeScript that runs anywhere, with no framework, storage, text or I/O.'
	},
	{
		name: 'the lesson machine',
		files: '^src/lib/lesson/lesson-machine',
		except: TESTS,
		forbid: ['^(?!src/|xstate$)', '^src/(?!lib/course/|lib/lesson/lesson-machine)'],
		message: 'the machine plays course/ data with xstate, and nothing else.'
	},
	{
		name: 'a component',
		files: '^src/lib/components/',
		except: TESTS,
		forbid: ['^dexie', '^scorm-again', '^xstate', '^src/lib/(progress|tracking)/', '^src/lib/lesson/lesson-(machine|session)'],
		message: 'components stay free of storage, LMS and session code: routes and the lesson run wire them.'
	},
	{
		name: 'a route',
		files: '^src/routes/',
		except: TESTS,
		forbid: [
			'^dexie',
			'^scorm-again',
			'^xstate',
			'^src/lib/progress/progress-(db|repository)',
			'^src/lib/tracking/(scorm-|lms-|local-tracker)',
			'^src/lib/lesson/lesson-machine'
		],
		message:
			'routes stay thin: they load data and wire ports (course-tracker, data-controls, lesson-run), never storage or an LMS directly.'
	},
	{
		name: 'the player',
		files: '^src/',
		except: `${TESTS}|\\.authoring\\.ts$|^src/lib/course/(interactions/authoring|lesson-schema|text-keys)\\.ts$|^src/lib/content/(load-content|write-content|facilitator-guide|suspend-data-budget)\\.ts$`,
		forbid: [
			'\\.authoring(\\.ts)?$',
			'^src/lib/course/(interactions/authoring|lesson-schema|text-keys)(\\.ts)?$',
			'^src/lib/content/load-content'
		],
		message:
			'the authoring side (parsers, content checks, text keys) runs at build time only: take what you need from the spec or the built content.'
	}
];
const GLOBALS = [
	'window',
	'document',
	'navigator',
	'location',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'fetch',
	'XMLHttpRequest',
	'setTimeout',
	'setInterval'
];

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
		plugins: { local: { rules: { 'layer-boundaries': layerBoundaries } } },
		rules: { 'local/layer-boundaries': ['error', LAYERS] }
	},
	{
		files: ['src/lib/course/**', 'src/lib/lesson/lesson-machine*'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				...GLOBALS.map((name) => ({
					name,
					message: 'course/ and the lesson machine run anywhere: the caller passes in time, storage and the page.'
				}))
			]
		}
	}
);
