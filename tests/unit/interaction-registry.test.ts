import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interactionAuthoring } from '../../src/lib/course/interactions/authoring';
import { interactionSpecs } from '../../src/lib/course/interactions';

/** Generic code: it asks an interaction's spec and never names a type, so a new type touches none of it. */
const GENERIC = [
	'src/lib/tracking',
	'src/lib/lesson',
	...[
		'lesson-state',
		'classify',
		'quiz',
		'progress',
		'myths',
		'course-result',
		'course-progress',
		'lesson-graph',
		'text-keys',
		'random',
		'shuffle'
	].map((name) => `src/lib/course/${name}.ts`)
];

function sources(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path).flatMap((name) => sources(join(path, name)));
}

const types = Object.keys(interactionSpecs);

/** A type named as a string ('matching'), or as a bare word when it cannot be English ("kAnonymityLab"). */
const naming = (type: string) => new RegExp(`(['"\`])${type}\\1${/[A-Z]/.test(type) ? `|\\b${type}\\b` : ''}`);

describe('the interaction registry', () => {
	it('has a run-time spec and an authoring spec for every type', () => {
		expect(Object.keys(interactionAuthoring).sort()).toEqual([...types].sort());
	});

	const files = GENERIC.flatMap(sources).filter((file) => /\.(ts|svelte)$/.test(file) && !file.endsWith('.test.ts'));

	it('looks at real files', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(types)('no generic file names the type "%s"', (type) => {
		const found = files.filter((file) => naming(type).test(readFileSync(file, 'utf8'))).map((file) => relative('.', file));
		expect(found).toEqual([]);
	});

	it('would notice a type named in generic code', () => {
		expect(naming('kAnonymityLab').test("if (i.type === 'kAnonymityLab')")).toBe(true);
		expect(naming('kAnonymityLab').test('// kAnonymityLab rows')).toBe(true);
		expect(naming('end').test("interaction.type === 'end'")).toBe(true);
		expect(naming('continue').test("{ type: 'step.continue' }")).toBe(false);
	});
});
