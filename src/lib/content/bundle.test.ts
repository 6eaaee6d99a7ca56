import { describe, expect, it } from 'vitest';
import { courseHeader, moduleDetails, moduleOutline } from './bundle';
import { bundleCourse, loadCourse } from './load-content';

const { outlines } = bundleCourse(loadCourse('modules'));

describe('the course header and the module files', () => {
	it.each(outlines.map((o) => [o.language, o] as const))('give back the whole outline of each module in %s', (_, outline) => {
		const header = courseHeader(outline);
		header.modules.forEach((module, i) => expect(moduleOutline(module, moduleDetails(outline.modules[i]!))).toEqual(outline.modules[i]));
	});

	it('leave the myths and the lesson summaries out of the header every page carries', () => {
		const text = JSON.stringify(courseHeader(outlines[0]!));
		expect(text).not.toContain('"misconceptions"');
		expect(text).not.toContain(outlines[0]!.modules[0]!.lessons[0]!.summary);
		expect(text.length).toBeLessThan(JSON.stringify(outlines[0]).length / 2);
	});

	it('refuse a module file that misses a lesson of the header', () => {
		const outline = outlines[0]!;
		const details = moduleDetails(outline.modules[0]!);
		const header = courseHeader(outline).modules[0]!;
		expect(() => moduleOutline(header, { ...details, lessons: details.lessons.slice(1) })).toThrow(/has no lesson/);
	});
});
