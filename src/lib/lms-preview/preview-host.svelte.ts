import { asset } from '$app/paths';
import { newLearnerCmi, returningLearnerCmi, type LaunchMode } from './resume-data';

type Json = Record<string, unknown>;
type Version = '1.2' | '2004';

/** What the LMS holds, as the panel shows it. */
export interface LmsView {
	status: string;
	score: string;
	location: string;
	suspendDataLength: number;
	interactions: { id: string; type: string; response: string; result: string }[];
	commits: number;
	rejected: string[];
	finished: boolean;
}

interface ScormApi {
	loadFromJSON(json: Json, element: string): void;
	renderCMIToJSONObject(): Json;
	on(event: string, callback: (...args: unknown[]) => void): void;
	[call: string]: unknown;
}

const STRICT_SUSPEND_LIMIT = 4096;
/** Optional SCORM 1.2 groups a strict LMS (Moodle's standard mode, Kolibri's shim) may not implement. */
const STRICT_UNSUPPORTED = ['cmi.student_preference', 'cmi.objectives'];

const emptyView = (): LmsView => ({
	status: '',
	score: '',
	location: '',
	suspendDataLength: 0,
	interactions: [],
	commits: 0,
	rejected: [],
	finished: false
});

/**
 * A real SCORM runtime (scorm-again) standing in for the LMS, for trainers to see what a package
 * reports and for the tests: it can behave like a strict LMS (SCORM 1.2's 4,096-character
 * suspend_data, no optional elements) and can refuse saves or fail commits on demand.
 */
export class PreviewHost {
	view = $state<LmsView>(emptyView());
	launchCount = $state(0);
	faults = $state({ refuseSaves: false, failCommit: false });
	private api: ScormApi | undefined;
	private committed: Json | null = null;

	constructor(
		readonly version: Version,
		readonly strict: boolean,
		readonly launchMode: LaunchMode = 'normal'
	) {}

	private get names() {
		return this.version === '1.2'
			? { set: 'LMSSetValue', get: 'LMSGetValue', commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError', global: 'API' }
			: { set: 'SetValue', get: 'GetValue', commit: 'Commit', finish: 'Terminate', error: 'GetLastError', global: 'API_1484_11' };
	}

	/** The data the LMS would keep after the last commit (or the end of the session). */
	committedData(): Json | null {
		return this.committed;
	}

	/** What the runtime holds now, committed or not: what a crash before the next commit would lose. */
	liveData(): Json | null {
		return this.api?.renderCMIToJSONObject() ?? null;
	}

	/**
	 * Starts the package as a new learner, as a returning one (what the LMS kept), or as a returning
	 * one whose saved state was damaged on the way (to see the course start cleanly and carry on).
	 */
	async launch(mode: 'new' | 'returning' | 'damaged') {
		const cmi =
			mode === 'new' ? newLearnerCmi(this.version, this.launchMode) : returningLearnerCmi(this.version, this.committed, this.launchMode);
		if (mode === 'damaged') cmi.suspend_data = '{"damaged":' + String(cmi.suspend_data ?? '').slice(0, 20);
		const api = await this.createApi();
		api.loadFromJSON(cmi, '');
		this.install(api);
		this.committed = api.renderCMIToJSONObject();
		this.view = { ...emptyView() };
		this.refresh();
		this.launchCount++;
	}

	/**
	 * scorm-again's own ESM build, copied next to the preview packages by the site build: it is not
	 * part of the app bundle, so the service worker never makes learners download an LMS runtime.
	 */
	private async createApi(): Promise<ScormApi> {
		const settings = { autocommit: false, logLevel: 5 };
		const file = this.version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js';
		// A dynamic import resolves relative to this module, not the page: make the address absolute.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off address, not state
		const url = new URL(asset(`/lms-preview/runtime/${file}` as Parameters<typeof asset>[0]), location.href).href;
		const mod = (await import(/* @vite-ignore */ url)) as {
			Scorm12API?: new (s: object) => ScormApi;
			Scorm2004API?: new (s: object) => ScormApi;
		};
		const Api = this.version === '1.2' ? mod.Scorm12API : mod.Scorm2004API;
		if (!Api) throw new Error(`${file} does not export the SCORM ${this.version} API`);
		return new Api(settings);
	}

	private install(api: ScormApi) {
		const n = this.names;
		const call = (name: string, ...args: string[]) => (api[name] as (...a: string[]) => string).apply(api, args);
		let hostError = '';
		const wrapped: Record<string, unknown> = {};
		for (const name of [
			n.set,
			n.get,
			n.commit,
			n.finish,
			n.error,
			this.version === '1.2' ? 'LMSInitialize' : 'Initialize',
			this.version === '1.2' ? 'LMSGetErrorString' : 'GetErrorString',
			this.version === '1.2' ? 'LMSGetDiagnostic' : 'GetDiagnostic'
		]) {
			wrapped[name] = (...args: string[]) => call(name, ...args);
		}
		wrapped[n.error] = () => hostError || call(n.error);
		wrapped[n.get] = (element: string) => {
			hostError = '';
			if (this.strict && STRICT_UNSUPPORTED.some((group) => element.startsWith(group))) {
				hostError = '401';
				return '';
			}
			return call(n.get, element);
		};
		wrapped[n.set] = (element: string, value: string) => {
			hostError = '';
			const refuse = (code: string) => {
				hostError = code;
				this.view = { ...this.view, rejected: [...this.view.rejected, `${element} (${code})`] };
				return 'false';
			};
			if (this.faults.refuseSaves) return refuse('101');
			if (this.strict && element === 'cmi.suspend_data' && value.length > STRICT_SUSPEND_LIMIT) return refuse('405');
			if (this.strict && STRICT_UNSUPPORTED.some((group) => element.startsWith(group))) return refuse('401');
			const result = call(n.set, element, value);
			this.refresh();
			return result;
		};
		wrapped[n.commit] = (arg: string) => {
			if (this.faults.failCommit) throw new Error('The LMS could not be reached (simulated)');
			const result = call(n.commit, arg);
			if (result === 'true') {
				this.committed = api.renderCMIToJSONObject();
				this.view = { ...this.view, commits: this.view.commits + 1 };
			}
			return result;
		};
		wrapped[n.finish] = (arg: string) => {
			const result = call(n.finish, arg);
			this.committed = api.renderCMIToJSONObject();
			this.view = { ...this.view, finished: true };
			this.refresh();
			return result;
		};
		this.api = api;
		const w = window as unknown as Record<string, unknown>;
		delete w.API;
		delete w.API_1484_11;
		w[n.global] = wrapped;
	}

	private refresh() {
		const cmi = (this.api?.renderCMIToJSONObject().cmi ?? {}) as Json;
		const interactions = Object.values((cmi.interactions ?? {}) as Record<string, Json>).map((i) => ({
			id: String(i.id ?? ''),
			type: String(i.type ?? ''),
			response: String(i.student_response ?? i.learner_response ?? ''),
			result: String(i.result ?? '')
		}));
		if (this.version === '1.2') {
			const core = (cmi.core ?? {}) as Json;
			const score = (core.score ?? {}) as Json;
			this.view = {
				...this.view,
				status: String(core.lesson_status ?? ''),
				score: String(score.raw ?? ''),
				location: String(core.lesson_location ?? ''),
				suspendDataLength: String(cmi.suspend_data ?? '').length,
				interactions
			};
		} else {
			const score = (cmi.score ?? {}) as Json;
			this.view = {
				...this.view,
				status: `${cmi.completion_status ?? ''} / ${cmi.success_status ?? ''}`,
				score: score.raw ? `${score.raw} (scaled ${score.scaled})` : '',
				location: String(cmi.location ?? ''),
				suspendDataLength: String(cmi.suspend_data ?? '').length,
				interactions
			};
		}
	}
}
