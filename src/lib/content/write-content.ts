import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lessonPath, outlinePath } from './bundle';
import { bundleCourse, loadCourse } from './load-content';

/** Checks modules/ and writes what the app fetches into `outDir` (static/ for the site). */
export function writeContent(modulesDir: string, outDir: string) {
	const course = loadCourse(modulesDir);
	const { outlines, lessons } = bundleCourse(course);
	rmSync(join(outDir, 'content'), { recursive: true, force: true });
	const write = (path: string, value: unknown) => {
		const file = join(outDir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(value));
	};
	for (const outline of outlines) write(outlinePath(outline.language), outline);
	for (const bundle of lessons) write(lessonPath(bundle.language, bundle.moduleId, bundle.lesson.id), bundle);
	return { course, files: outlines.length + lessons.length };
}
