import { describe, expect, it } from 'vitest';
import { parsePackageConfig, type PackageConfig } from './package-config';

const config: PackageConfig = {
	courseId: 'workshop',
	standard: 'scorm12',
	passMark: 60,
	reporting: 'passed-failed',
	languages: ['en'],
	modules: [2]
};

describe('the package config file', () => {
	it('is read as the builder wrote it', () => {
		expect(parsePackageConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
		expect(parsePackageConfig({ ...config, quickExitUrl: 'https://example.org/' }).quickExitUrl).toBe('https://example.org/');
	});

	it.each<[string, unknown, RegExp]>([
		['not an object', 'scorm12', /not a JSON object/],
		['no course id', { ...config, courseId: '' }, /courseId/],
		['an unknown standard', { ...config, standard: 'aicc' }, /standard "aicc"/],
		['a pass mark out of range', { ...config, passMark: 180 }, /passMark/],
		['an unknown reporting mode', { ...config, reporting: 'complete' }, /reporting "complete"/],
		['no language', { ...config, languages: [] }, /languages/],
		['a language the course does not have', { ...config, languages: ['de'] }, /languages/],
		['no module', { ...config, modules: [] }, /modules/],
		['modules that are not numbers', { ...config, modules: ['2'] }, /modules/]
	])('refuses %s, naming the file', (_name, value, message) => {
		expect(() => parsePackageConfig(value)).toThrow(message);
		expect(() => parsePackageConfig(value)).toThrow(/^lms-package\.json: /);
	});
});
