/**
 * `npm run content:check [-- modulesDir]`: the build's content checks alone, with every problem
 * listed by file and field. Exit code 1 when there is any.
 */
import { resolve } from 'node:path';
import { ContentError, bundleCourse, loadCourse } from '../src/lib/content/load-content';

const dir = resolve(process.argv[2] ?? 'modules');
try {
	const course = loadCourse(dir);
	const { lessons } = bundleCourse(course);
	console.log(
		`content ok: ${course.modules.length} modules, ${lessons.length / course.definition.languages.length} lessons, ${course.definition.languages.join('/')} (version ${course.version})`
	);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
