import { describe, expect, it } from 'vitest';
import { validateManifestXsd } from '../../../scripts/scorm/validate';
import { localiseLaunchPage, prepareLaunchPage } from './launch-page';
import { manifestXml, type ManifestInput } from './manifest';
import { checkPackage, launchPageLeaks } from './package-check';
import type { Standard } from './package-config';

const FILES = ['index.html', '_app/immutable/bundle.js', 'content/fr/course.json', 'lms-package.json'];
const input = (standard: Standard, overrides: Partial<ManifestInput> = {}): ManifestInput => ({
	standard,
	identifier: `datajam-course-fr-${standard}`,
	texts: [
		{ language: 'fr', title: 'DataJam contre l’exploitation', description: 'Un cours <em>hors ligne</em> & ouvert.' },
		{ language: 'en', title: 'DataJam against exploitation', description: 'An offline course.' }
	],
	passMark: 80,
	launch: 'index.html',
	files: FILES,
	...overrides
});
const packageFiles = [...FILES, 'imsmanifest.xml'];

describe.each(['scorm12', 'scorm2004'] as const)('%s manifest', (standard) => {
	it('validates against the official XSDs and passes the reference checks', () => {
		const xml = manifestXml(input(standard));
		expect(validateManifestXsd(xml, standard)).toEqual([]);
		expect(checkPackage(packageFiles, 'imsmanifest.xml', xml)).toEqual([]);
	});

	it('carries the pass mark as the LMS expects it', () => {
		const xml = manifestXml(input(standard));
		if (standard === 'scorm12') {
			expect(xml).not.toContain('masteryscore');
			const judged = manifestXml(input(standard, { lmsJudgesSuccess: true }));
			expect(judged).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
			expect(validateManifestXsd(judged, standard)).toEqual([]);
		} else expect(xml).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
		expect(manifestXml(input(standard, { passMark: null }))).not.toMatch(/masteryscore|minNormalizedMeasure/);
		if (standard === 'scorm2004') {
			expect(xml).toContain('satisfiedByMeasure="false"');
			const judged = manifestXml(input(standard, { lmsJudgesSuccess: true }));
			expect(judged).toContain('satisfiedByMeasure="true"');
			expect(validateManifestXsd(judged, standard)).toEqual([]);
		}
	});

	it('leaves the LMS its exit and abandon controls (the course sends no navigation request)', () => {
		const xml = manifestXml(input(standard));
		if (standard === 'scorm12') expect(xml).not.toContain('hideLMSUI');
		else {
			expect([...xml.matchAll(/<adlnav:hideLMSUI>(\w+)</g)].map((m) => m[1])).toEqual(['previous', 'continue']);
		}
	});

	it('names the title and description in every language of the package', () => {
		const xml = manifestXml(input(standard));
		expect(xml).toContain('xml:lang="en"'.replace('xml:lang', standard === 'scorm12' ? 'xml:lang' : 'language'));
		expect(xml).toContain('Un cours hors ligne &amp; ouvert.');
	});

	it('fails the XSDs when the SCO type is wrong', () => {
		const xml = manifestXml(input(standard)).replace(/scorm[tT]ype="sco"/, (m) => m.replace('"sco"', '"lesson"'));
		expect(validateManifestXsd(xml, standard).join('\n')).toMatch(/The value 'lesson' is not an element of the set/);
	});

	it.each([
		['a dangling identifierref', (x: string) => x.replace('identifierref="sco"', 'identifierref="nothing"'), /names no resource/],
		[
			'a file missing from the zip',
			(x: string) => x.replace('<file href="index.html"/>', '<file href="missing.html"/>'),
			/missing.html" is not in the package/
		],
		[
			'an absolute path',
			(x: string) => x.replace('<file href="index.html"/>', '<file href="https://cdn.example/x.js"/>'),
			/absolute or leaves the package/
		],
		[
			'a path leaving the package',
			(x: string) => x.replace('<file href="index.html"/>', '<file href="../secret.txt"/>'),
			/leaves the package/
		],
		['a duplicate identifier', (x: string) => x.replace('identifier="item"', 'identifier="org"'), /"org" is used 2 times/],
		['a schema version that does not match', (x: string) => x.replace(/<schemaversion>[^<]*</, '<schemaversion>CAM 1.3<'), /does not match/]
	])('the reference checks catch %s', (_name, breakIt, message) => {
		const xml = breakIt(manifestXml(input(standard)));
		expect(checkPackage(packageFiles, 'imsmanifest.xml', xml).join('\n')).toMatch(message);
	});

	it('refuses a package without its manifest at the root', () => {
		expect(checkPackage(['course/imsmanifest.xml', 'index.html'])).toEqual(['imsmanifest.xml is not at the root of the package']);
	});

	it('refuses an identifier that is not an XML ID', () => {
		expect(() => manifestXml(input(standard, { identifier: '1 course' }))).toThrow(/not a valid manifest identifier/);
	});
});

describe('the launch page', () => {
	const kitFallback = `<html lang="fr" dir="ltr"><head><meta name="description" content="An offline course." />
		<link rel="icon" href="/icon.svg" type="image/svg+xml" />
		<link rel="apple-touch-icon" href="/icon-192.png" />
		<link rel="manifest" href="/manifest.webmanifest" />
<link href="/_app/immutable/bundle.js" rel="modulepreload"><script>import("/_app/immutable/bundle.js")</script><a href="https://example.org">x</a>`;

	it('is rewritten to load everything relative to itself, without the installable website’s manifest', () => {
		const html = prepareLaunchPage(kitFallback);
		expect(html).toContain('href="./icon.svg"');
		expect(html).toContain('import("./_app/immutable/bundle.js")');
		expect(html).not.toMatch(/manifest|apple-touch-icon|icon-192/);
		expect(launchPageLeaks(html)).toEqual(['https://example.org']);
	});

	it('takes the package’s language and description', () => {
		const html = localiseLaunchPage(prepareLaunchPage(kitFallback), 'es', 'Un curso "sin conexión" & abierto');
		expect(html).toContain('<html lang="es" dir="ltr">');
		expect(html).toContain('<meta name="description" content="Un curso &quot;sin conexión&quot; &amp; abierto" />');
		expect(() => localiseLaunchPage('<html><head></head>', 'es', 'x')).toThrow(/no <html lang>/);
	});

	it('reports root-relative URLs as leaks', () => {
		expect(launchPageLeaks(kitFallback)).toEqual([
			'/icon.svg',
			'/icon-192.png',
			'/manifest.webmanifest',
			'/_app/immutable/bundle.js',
			'/_app/immutable/bundle.js',
			'https://example.org'
		]);
	});
});
