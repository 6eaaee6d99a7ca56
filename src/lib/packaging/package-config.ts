import { LANGUAGES, type Language } from '../course/types';
import { REPORTING_OPTIONS, type Reporting } from '../course/reporting';

export const STANDARDS = ['scorm12', 'scorm2004'] as const;
export type Standard = (typeof STANDARDS)[number];

/** The package's run-time options, in a file beside its launch page; read once when the app starts. */
export const PACKAGE_CONFIG_FILE = 'lms-package.json';

/** What a package needs at run time: the one package app reads it instead of being built per option. */
export interface PackageConfig {
	/** The course identifier the trainer chose (also names the device's copy of the progress). */
	courseId: string;
	standard: Standard;
	/** 0–100: the mark each module quiz and the course must reach. */
	passMark: number;
	reporting: Reporting;
	/** The languages the package carries, the first one the default. */
	languages: Language[];
	/** The module numbers the package carries. */
	modules: number[];
	/** Where the quick exit leads inside an LMS, when the trainer set it. */
	quickExitUrl?: string;
}

export class PackageConfigError extends Error {}

/** Reads a config file, refusing anything a builder of this version could not have written. */
export function parsePackageConfig(value: unknown): PackageConfig {
	const fail = (what: string): never => {
		throw new PackageConfigError(`${PACKAGE_CONFIG_FILE}: ${what}`);
	};
	if (typeof value !== 'object' || value === null) return fail('not a JSON object');
	const v = value as Record<string, unknown>;
	if (typeof v.courseId !== 'string' || !v.courseId) fail('courseId is missing');
	if (!STANDARDS.includes(v.standard as Standard)) fail(`standard "${String(v.standard)}" is not ${STANDARDS.join(' or ')}`);
	if (typeof v.passMark !== 'number' || !(v.passMark >= 0 && v.passMark <= 100)) fail('passMark is not a number from 0 to 100');
	if (!REPORTING_OPTIONS.includes(v.reporting as Reporting)) fail(`reporting "${String(v.reporting)}" is unknown`);
	const languages = v.languages;
	if (!Array.isArray(languages) || !languages.length || languages.some((l) => !LANGUAGES.includes(l as Language)))
		fail('languages is not a list of the course languages');
	const modules = v.modules;
	if (!Array.isArray(modules) || !modules.length || modules.some((m) => !Number.isInteger(m)))
		fail('modules is not a list of module numbers');
	if (v.quickExitUrl !== undefined && typeof v.quickExitUrl !== 'string') fail('quickExitUrl is not an address');
	return value as PackageConfig;
}
