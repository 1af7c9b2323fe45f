/** The matcher's data, built from the bundled drugs at build time (vite.config.ts `define`). */
declare const __MEDGLANCE_MATCHER_DATA__: import('../src/matcher/run').MatcherData;
