/**
 * Checks modules/ (or COURSE_DIR) and writes what the app fetches into static/content/.
 * Run by the Vite config before every build and dev start; a content error stops the build
 * with the file and field of every problem.
 */
import { resolve } from 'node:path';
import { ContentError } from '../src/lib/content/load-content';
import { writeContent } from '../src/lib/content/write-content';
import type { Language } from '../src/lib/course/types';

const modulesDir = resolve(process.env.COURSE_DIR ?? 'modules');
const outDir = resolve(process.argv[2] ?? 'static');
try {
	// An LMS package build names its languages and modules (see scripts/export.ts).
	const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : undefined);
	const { course, files } = writeContent(modulesDir, outDir, {
		languages: list(process.env.PACKAGE_LANGS) as Language[] | undefined,
		modules: list(process.env.PACKAGE_MODULES)?.map(Number)
	});
	console.log(`course content: ${course.modules.length} modules checked, ${files} files written (version ${course.version})`);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
