import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	INTERACTION_UI_GROUPS,
	LAYOUT_UI_GROUPS,
	lessonUiGroups,
	ROUTE_UI_GROUPS,
	splitUiStrings,
	UI_GROUPS,
	uiGroupOf,
	type UiGroup
} from './ui-groups';

const fr = JSON.parse(readFileSync('src/lib/i18n/locales/fr.json', 'utf8')) as Record<string, string>;
const prefixes = new Set(Object.keys(fr).map((key) => key.split('.')[0]!));

/** A source file's imports inside src/ (static and dynamic), resolved to files. */
function imports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/(?:from\s*|import\s*\(\s*)['"]([^'"]+)['"]/g)].flatMap((m) => {
		const spec = m[1]!;
		const base = spec.startsWith('$lib/') ? join('src/lib', spec.slice(5)) : spec.startsWith('.') ? join(dirname(file), spec) : null;
		if (!base) return [];
		const found = [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
		return found ? [found] : [];
	});
}

const withoutComments = (code: string) =>
	code
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|\s)\/\/.*$/gm, '$1');

/** Every file reachable from `start` by imports, and the UI key prefixes they name ("lesson.", `lab.${…}`). */
function prefixesUsed(start: string[]): Map<string, string> {
	const seen = new Set<string>();
	const queue = [...start];
	const used = new Map<string, string>();
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file) || file.endsWith('.test.ts')) continue;
		seen.add(file);
		for (const m of withoutComments(readFileSync(file, 'utf8')).matchAll(/[`'"]([A-Za-z]+)\.[A-Za-z$]/g))
			if (prefixes.has(m[1]!) && !used.has(m[1]!)) used.set(m[1]!, file);
		queue.push(...imports(file));
	}
	return used;
}

/** The prefixes whose keys the given groups carry. */
const carried = (groups: readonly UiGroup[]) => new Set([...prefixes].filter((p) => groups.includes(uiGroupOf(`${p}.x`))));

function missing(start: string[], groups: readonly UiGroup[]) {
	const have = carried([...LAYOUT_UI_GROUPS, ...groups]);
	return [...prefixesUsed(start)].filter(([prefix]) => !have.has(prefix)).map(([prefix, file]) => `${prefix}. (${file})`);
}

const ROUTES = 'src/routes';
function routeIds(dir = join(ROUTES, '[lang=lang]')): string[] {
	const here = existsSync(join(dir, '+page.svelte')) ? ['/' + relative(ROUTES, dir).split('\\').join('/')] : [];
	return [...here, ...readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? routeIds(join(dir, name)) : []))];
}
const routeFiles = (id: string) => ['+page.svelte', '+page.ts'].map((f) => join(ROUTES, id, f)).filter((f) => existsSync(f));

describe('UI string groups', () => {
	it('cut every string into exactly one group', () => {
		const groups = splitUiStrings(fr);
		expect(Object.values(groups).reduce((n, g) => n + Object.keys(g).length, 0)).toBe(Object.keys(fr).length);
		expect(Object.keys(groups).sort()).toEqual(Object.keys(UI_GROUPS).sort());
		expect(uiGroupOf('lesson.check')).toBe('lesson');
		expect(uiGroupOf('some-new-prefix.key')).toBe('common');
	});

	it('give the layout and the error page every string they show', () => {
		expect(missing(['src/routes/[lang=lang]/+layout.svelte', 'src/routes/+error.svelte'], [])).toEqual([]);
	});

	it('list every page of a language', () => {
		expect(routeIds().sort()).toEqual(Object.keys(ROUTE_UI_GROUPS).sort());
	});

	it.each(Object.keys(ROUTE_UI_GROUPS))('give %s every string its components show', (id) => {
		// The lesson page may show any interaction: together, its groups cover every one.
		const groups = id.endsWith('[lesson]') ? lessonUiGroups(Object.keys(INTERACTION_UI_GROUPS)) : ROUTE_UI_GROUPS[id]!;
		expect(missing(routeFiles(id), groups)).toEqual([]);
	});

	it('give each interaction loaded on first use the strings it shows, with the lessons that have one', () => {
		const index = 'src/lib/components/interactions/index.ts';
		const lazy = [...readFileSync(index, 'utf8').matchAll(/(\w+): \(\) => import\('\.\/(\w+\.svelte)'\)/g)];
		expect(lazy.length).toBeGreaterThan(0);
		for (const [, type, file] of lazy) expect(missing([join(dirname(index), file!)], lessonUiGroups([type!])), type).toEqual([]);
	});
});
