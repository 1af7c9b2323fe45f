export { compileMatcher, matcherData } from './compile';
export { matcherFrom, type MatcherData } from './run';
export type { DrugMatch, InteractantMatch, Matcher, MatcherDrug } from './types';
