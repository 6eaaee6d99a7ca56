/**
 * The ready-made packages the site offers (npm run build, through the same builder as `npm run
 * export`), read as an LMS takes them: each zip passes the official XSDs and the reference checks,
 * speaks its own languages and carries nothing of the installable website (#11 item 10), and a
 * 2004 package leaves the LMS's exit and abandon controls to the learner (#11 item 8).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/course/types';
import type { Standard } from '../../src/lib/packaging/package-config';
import type { Lang } from './browser';
import { checkedZip, expectFitsItsLanguages, expectLmsExitShown } from './package-preview';

const PACKAGES = resolve('build/packages');
const offered = JSON.parse(readFileSync(resolve(PACKAGES, 'index.json'), 'utf8')) as {
	file: string;
	bytes: number;
	standard: Standard;
	languages: Lang[];
}[];

describe('the packages on the Trainers page', () => {
	it('are one per language and the multilingual one, for each SCORM version', () => {
		const sets = [...LANGUAGES.map((l) => [l]), [...LANGUAGES]].map((l) => l.join(','));
		for (const standard of ['scorm12', 'scorm2004'] as const)
			expect(offered.filter((p) => p.standard === standard).map((p) => p.languages.join(','))).toEqual(sets);
	});

	it.each(offered.map((p) => [p.file, p] as const))('%s: XSDs, its languages only, no web app parts, the LMS exit shown', (_file, p) => {
		const zip = new Uint8Array(readFileSync(resolve(PACKAGES, p.file)));
		expect(zip.length).toBe(p.bytes);
		const pkg = checkedZip(zip, p.standard);
		expectFitsItsLanguages(pkg, p.languages);
		expectLmsExitShown(pkg, p.standard);
		expect(pkg.json('lms-package.json')).toMatchObject({ standard: p.standard, languages: p.languages });
	});
});
