export { compileMatcher } from './compile';
export type { DrugMatch, InteractantMatch, Matcher, MatcherDrug } from './types';
