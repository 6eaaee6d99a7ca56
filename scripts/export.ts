/**
 * `npm run export -- [options]`: SCORM packages from the same source as the website.
 *
 *   --standard scorm12|scorm2004|all      default all
 *   --lang fr|en|es|all|each              one language, all three in one package (the learner
 *                                         picks inside; the choice is remembered), or each
 *                                         separately; default: each, plus all
 *   --modules 1,2,3                       default all
 *   --pass 80                             pass mark in percent, default 80
 *   --reporting passed-incomplete|passed-failed|completed-incomplete   default passed-incomplete
 *   --id datajam-course                   course identifier (an XML ID)
 *   --title "…"                           course title in the LMS (default: the course's own, per language)
 *   --out dist                            output folder
 */
import { resolve } from 'node:path';
import { LANGUAGES, type Language } from '../src/lib/course/types';
import { REPORTING_OPTIONS, type Reporting } from '../src/lib/course/course-result';
import { exportPackages } from './scorm/build-package';
import type { Standard } from './scorm/manifest';

function option(name: string): string | undefined {
	const args = process.argv.slice(2);
	const i = args.indexOf(`--${name}`);
	if (i !== -1) return args[i + 1];
	return args
		.find((a) => a.startsWith(`--${name}=`))
		?.split('=')
		.slice(1)
		.join('=');
}

function fail(message: string): never {
	console.error(`export: ${message}`);
	process.exit(2);
}

const standardArg = option('standard') ?? 'all';
const standards: Standard[] =
	standardArg === 'all'
		? ['scorm12', 'scorm2004']
		: standardArg === 'scorm12' || standardArg === 'scorm2004'
			? [standardArg]
			: fail(`unknown standard "${standardArg}"`);

const langArg = option('lang');
const each = LANGUAGES.map((l) => [l]);
const languageSets: Language[][] =
	langArg === undefined
		? [...each, [...LANGUAGES]]
		: langArg === 'all'
			? [[...LANGUAGES]]
			: langArg === 'each'
				? each
				: [langArg.split(',').map((l) => (LANGUAGES.includes(l as Language) ? (l as Language) : fail(`unknown language "${l}"`)))];

const modulesArg = option('modules');
const modules = modulesArg?.split(',').map((m) => (/^\d+$/.test(m) ? Number(m) : fail(`"${m}" is not a module number`)));
const passMark = Number(option('pass') ?? 80);
if (!(passMark >= 0 && passMark <= 100)) fail('--pass must be a number from 0 to 100');
const reporting = (option('reporting') ?? 'passed-incomplete') as Reporting;
if (!REPORTING_OPTIONS.includes(reporting)) fail(`--reporting must be one of ${REPORTING_OPTIONS.join(', ')}`);

try {
	const packages = exportPackages({
		standards,
		languageSets,
		modules,
		passMark,
		reporting,
		courseId: option('id'),
		title: option('title'),
		outDir: resolve(option('out') ?? 'dist'),
		log: (line) => console.log(line)
	});
	console.log(`\n${packages.length} package(s):`);
	for (const p of packages) console.log(`  ${p.file}  ${p.bytes.toLocaleString('en')} bytes  (${p.standard}, ${p.languages.join('+')})`);
} catch (error) {
	fail((error as Error).message);
}
