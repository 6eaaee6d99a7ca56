/**
 * The command-line door to the package builder: the same core as the Trainers page
 * (src/lib/packaging/assemble-package.ts), reading the parts from disk, with the official XSDs
 * checked on top (xmllint), then the zips written to a folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/lib/course/types';
import { assemblePackage, type AssembledPackage } from '../../src/lib/packaging/assemble-package';
import type { Standard } from '../../src/lib/packaging/package-config';
import type { PackageOptions } from '../../src/lib/packaging/package-options';
import type { PartsIndex } from '../../src/lib/packaging/parts';
import type { Reporting } from '../../src/lib/course/reporting';
import { buildPackageParts, readPartsIndex } from './package-app';
import { validateManifestXsd } from './validate';

export interface ExportOptions {
	standards: Standard[];
	/** Each entry is one package's languages: ['fr'], or ['fr', 'en', 'es'] for a multilingual one. */
	languageSets: Language[][];
	/** Default: every module. */
	modules?: number[];
	passMark: number;
	reporting: Reporting;
	/** Default: the course's own identifier. */
	courseId?: string;
	title?: string;
	quickExitUrl?: string;
	outDir: string;
	/**
	 * A parts folder built already (build/package-parts/ after `npm run build`, or build-package/).
	 * Default: build the package app now.
	 */
	parts?: string;
	log?: (line: string) => void;
}

export interface ExportedPackage {
	file: string;
	bytes: number;
	standard: Standard;
	languages: Language[];
	modules: number[];
	manifest: string;
}

/** Every package asked for: one package per standard and language set. Throws if any would be broken. */
export function exportPackages(options: ExportOptions): ExportedPackage[] {
	const log = options.log ?? (() => {});
	const dir = options.parts ?? buildPackageParts(log);
	const index = readPartsIndex(dir);
	mkdirSync(options.outDir, { recursive: true });
	const out: ExportedPackage[] = [];
	for (const languages of options.languageSets) {
		for (const standard of options.standards) {
			const pkg = packageFromParts(
				{
					standard,
					languages,
					modules: options.modules ?? index.modules.map((m) => m.number),
					passMark: options.passMark,
					reporting: options.reporting,
					courseId: options.courseId ?? index.courseId,
					title: options.title,
					quickExitUrl: options.quickExitUrl
				},
				dir,
				index
			);
			const file = join(options.outDir, pkg.fileName);
			writeFileSync(file, pkg.zip);
			out.push({
				file,
				bytes: pkg.zip.length,
				standard,
				languages: pkg.options.languages,
				modules: pkg.options.modules,
				manifest: pkg.manifest
			});
			log(`  ${file}  ${(pkg.zip.length / 1024).toFixed(1)} KB`);
		}
	}
	return out;
}

/** One package from a parts folder, its manifest checked against the official XSDs. */
export function packageFromParts(options: PackageOptions, dir: string, index: PartsIndex = readPartsIndex(dir)): AssembledPackage {
	const pkg = assemblePackage(options, index, (path) => readFileSync(join(dir, path)));
	const invalid = validateManifestXsd(pkg.manifest, options.standard);
	if (invalid.length) throw new Error(`${pkg.identifier}: the manifest does not pass the official XSDs:\n  ${invalid.join('\n  ')}`);
	return pkg;
}
