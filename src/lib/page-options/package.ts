// LMS package build: SvelteKit's hash router renders one page client-side and refuses page
// options, so there are none.
export {};
