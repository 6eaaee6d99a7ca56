/**
 * How a trainer asks the LMS to be told, as LMSs and authoring tools name it. A module of its
 * own: the package builder needs the list without the course rule (and the quiz and lesson
 * code it brings) on the Trainers page.
 */
export const REPORTING_OPTIONS = ['passed-incomplete', 'passed-failed', 'completed-incomplete'] as const;
export type Reporting = (typeof REPORTING_OPTIONS)[number];
