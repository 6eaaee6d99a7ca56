/**
 * Checks modules/ (or COURSE_DIR) and writes what the app fetches into static/content/.
 * Run by the Vite config before every build and dev start; a content error stops the build
 * with the file and field of every problem.
 */
import { resolve } from 'node:path';
import { ContentError } from '../src/lib/content/load-content';
import { writeContent } from '../src/lib/content/write-content';

const modulesDir = resolve(process.env.COURSE_DIR ?? 'modules');
const outDir = resolve(process.argv[2] ?? 'static');
try {
	// The whole course, for the website and the package app alike: a package carries only its
	// languages and modules, chosen when it is made (src/lib/packaging/).
	// The facilitator's guide is for trainers on the website: no package carries it.
	const { course, files } = writeContent(modulesDir, outDir, { guide: process.env.BUILD_PROFILE !== 'package' });
	console.log(`course content: ${course.modules.length} modules checked, ${files} files written (version ${course.version})`);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
