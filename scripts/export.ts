/**
 * `npm run export -- [options]`: SCORM packages from the same source as the website, made by the
 * same builder as the Trainers page (src/lib/packaging/). Messages about the options come in the
 * language of the terminal (LANG=fr_CA.UTF-8 → French), else English.
 *
 *   --standard scorm12|scorm2004|all      default all
 *   --lang fr|en|es|all|each|fr,es        one language, several in one package (the learner picks
 *                                         inside; the choice is remembered), or each separately;
 *                                         default: each, plus all
 *   --modules 1,2,3                       default all
 *   --pass 80                             pass mark in percent, a whole number, default 80
 *   --reporting passed-incomplete|passed-failed|completed-incomplete   default passed-incomplete
 *   --id datajam-course                   course identifier
 *   --title "…"                           course title in the LMS (default: the course's own, per language)
 *   --quick-exit https://…                where the quick exit leads inside an LMS
 *   --out dist                            output folder
 *   --prebuilt build/package-parts        use package parts built already (after `npm run build`)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCourse } from '../src/lib/content/load-content';
import { LANGUAGES, type Language } from '../src/lib/course/types';
import { builderTranslator, problemMessage } from '../src/lib/packaging/builder-text';
import { STANDARDS, type Standard } from '../src/lib/packaging/package-config';
import {
	checkOptions,
	DEFAULT_PASS_MARK,
	DEFAULT_REPORTING,
	DEFAULT_COURSE_ID,
	type OptionField,
	type OptionProblem
} from '../src/lib/packaging/package-options';
import type { Reporting } from '../src/lib/course/reporting';
import { exportPackages } from './scorm/build-package';

const KNOWN = ['standard', 'lang', 'modules', 'pass', 'reporting', 'id', 'title', 'quick-exit', 'out', 'prebuilt'];
const FLAG: Record<OptionField, string> = {
	standard: '--standard',
	languages: '--lang',
	modules: '--modules',
	passMark: '--pass',
	reporting: '--reporting',
	courseId: '--id',
	title: '--title',
	quickExitUrl: '--quick-exit'
};

const args = process.argv.slice(2);
function option(name: string): string | undefined {
	const i = args.indexOf(`--${name}`);
	if (i !== -1) return args[i + 1];
	return args
		.find((a) => a.startsWith(`--${name}=`))
		?.split('=')
		.slice(1)
		.join('=');
}

const terminalLanguage = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').slice(0, 2).toLowerCase();
const uiLanguage: Language = (LANGUAGES as readonly string[]).includes(terminalLanguage) ? (terminalLanguage as Language) : 'en';
const t = builderTranslator(uiLanguage, JSON.parse(readFileSync(resolve(`src/lib/packaging/locales/${uiLanguage}.json`), 'utf8')));

function fail(lines: string[]): never {
	for (const line of lines) console.error(`export: ${line}`);
	process.exit(2);
}

const unknown = args.filter((a) => a.startsWith('--') && !KNOWN.includes(a.slice(2).split('=')[0]!));
if (unknown.length) fail(unknown.map((a) => t('builder.problem.unknownOption', { value: a })));

const standardArg = option('standard') ?? 'all';
const standards = (standardArg === 'all' ? [...STANDARDS] : [standardArg]) as Standard[];

const langArg = option('lang');
const each = LANGUAGES.map((l) => [l]);
const languageSets: Language[][] =
	langArg === undefined
		? [...each, [...LANGUAGES]]
		: langArg === 'all'
			? [[...LANGUAGES]]
			: langArg === 'each'
				? each
				: [langArg.split(',').filter(Boolean) as Language[]];

// Checked before the package app is built (half a minute): a typo fails at once.
const course = loadCourse(resolve('modules'));
const facts = { languages: course.definition.languages, modules: course.modules.map((m) => m.definition.number) };
const modulesArg = option('modules');
const moduleArgs = modulesArg?.split(',').filter(Boolean) ?? facts.modules.map(String);
const modules = moduleArgs.filter((m) => /^\d+$/.test(m)).map(Number);
const passArg = option('pass');
const passMark = passArg === undefined ? DEFAULT_PASS_MARK : /^\s*\d+\s*$/.test(passArg) ? Number(passArg) : NaN;
const reporting = (option('reporting') ?? DEFAULT_REPORTING) as Reporting;
const courseId = option('id') ?? DEFAULT_COURSE_ID;
const common = { modules, passMark, reporting, courseId, title: option('title'), quickExitUrl: option('quick-exit') };

// The same problem for several packages is said once; values are shown as typed.
const problems = new Map<string, OptionProblem>();
for (const m of moduleArgs.filter((m) => !/^\d+$/.test(m)))
	problems.set(`module:${m}`, { field: 'modules', code: 'unknownModule', values: { value: m, known: facts.modules.join(', ') } });
for (const standard of standards)
	for (const languages of languageSets)
		for (const p of checkOptions({ standard, languages, ...common }, facts)) {
			if (p.code === 'noModule' && problems.size) continue;
			const typed = p.code === 'passMark' ? { ...p, values: { value: passArg ?? '' } } : p;
			problems.set(`${p.field}:${p.code}:${JSON.stringify(typed.values)}`, typed);
		}
if (problems.size) fail([...problems.values()].map((p) => `${FLAG[p.field]}: ${problemMessage(p, t)}`));

try {
	const prebuilt = option('prebuilt');
	const packages = exportPackages({
		standards,
		languageSets,
		...common,
		outDir: resolve(option('out') ?? 'dist'),
		...(prebuilt ? { parts: resolve(prebuilt) } : {}),
		log: (line) => console.log(line)
	});
	console.log(`\n${packages.length} package(s):`);
	for (const p of packages)
		console.log(
			`  ${p.file}  ${p.bytes.toLocaleString('en')} bytes  (${p.standard}, ${p.languages.join('+')}, modules ${p.modules.join(',')})`
		);
} catch (error) {
	fail([(error as Error).message]);
}
