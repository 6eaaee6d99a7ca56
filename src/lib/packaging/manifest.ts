/**
 * imsmanifest.xml, written by code for both SCORM versions from one description of the package,
 * so languages, titles and mastery settings never drift between hand-kept copies.
 */

import { plainText } from './launch-page';
import type { Standard } from './package-config';

export interface ManifestInput {
	standard: Standard;
	/** An XML ID: starts with a letter; letters, digits, hyphens, dots, underscores. */
	identifier: string;
	/** Title and description per language; the first language is the package's main one. */
	texts: { language: string; title: string; description: string }[];
	/** 0–100, or null when status reporting does not use pass/fail. */
	passMark: number | null;
	/**
	 * May the LMS judge success itself from the score against the pass mark (1.2 masteryscore,
	 * 2004 satisfiedByMeasure)? The course's packages never ask it to (assemble-package.ts): the
	 * score is a mean of quizzes, and passing is every quiz passed, which no single mark expresses.
	 */
	lmsJudgesSuccess?: boolean;
	launch: string;
	files: string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plain = plainText;

export function manifestXml(input: ManifestInput): string {
	if (!/^[A-Za-z_][\w.-]*$/.test(input.identifier)) throw new Error(`"${input.identifier}" is not a valid manifest identifier`);
	return input.standard === 'scorm12' ? scorm12(input) : scorm2004(input);
}

function fileList(input: ManifestInput, indent: string) {
	return input.files.map((f) => `${indent}<file href="${escape(f)}"/>`).join('\n');
}

function scorm12(input: ManifestInput): string {
	const main = input.texts[0]!;
	const langstrings = (pick: (t: ManifestInput['texts'][number]) => string) =>
		input.texts.map((t) => `<imsmd:langstring xml:lang="${t.language}">${escape(plain(pick(t)))}</imsmd:langstring>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${input.identifier}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>${langstrings((t) => t.title)}</imsmd:title>
${input.texts.map((t) => `        <imsmd:language>${t.language}</imsmd:language>`).join('\n')}
        <imsmd:description>${langstrings((t) => t.description)}</imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escape(plain(main.title))}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${escape(plain(main.title))}</title>${input.passMark === null || !input.lmsJudgesSuccess ? '' : `\n        <adlcp:masteryscore>${input.passMark}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${escape(input.launch)}">
${fileList(input, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function scorm2004(input: ManifestInput): string {
	const main = input.texts[0]!;
	const strings = (pick: (t: ManifestInput['texts'][number]) => string) =>
		input.texts.map((t) => `<lom:string language="${t.language}">${escape(plain(pick(t)))}</lom:string>`).join('');
	// One SCO: the LMS's previous/continue buttons lead nowhere. Its exit and abandon stay: the
	// course never sends adl.nav.request, so hiding them would leave the learner no way out of
	// the activity once the course's own Exit has ended the session.
	const hidden = ['previous', 'continue'].map((v) => `            <adlnav:hideLMSUI>${v}</adlnav:hideLMSUI>`).join('\n');
	// The pass mark is always recorded; the LMS applies it itself only with passed/failed reporting.
	const objective =
		input.passMark === null
			? ''
			: `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="course-mastery" satisfiedByMeasure="${input.lmsJudgesSuccess ? 'true' : 'false'}">
              <imsss:minNormalizedMeasure>${(input.passMark / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${input.identifier}" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title>${strings((t) => t.title)}</lom:title>
${input.texts.map((t) => `        <lom:language>${t.language}</lom:language>`).join('\n')}
        <lom:description>${strings((t) => t.description)}</lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escape(plain(main.title))}</title>
      <item identifier="item" identifierref="sco">
        <title>${escape(plain(main.title))}</title>
        <imsss:sequencing>${objective}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
        <adlnav:presentation>
          <adlnav:navigationInterface>
${hidden}
          </adlnav:navigationInterface>
        </adlnav:presentation>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${escape(input.launch)}">
${fileList(input, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
