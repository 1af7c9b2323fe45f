/**
 * The tooltip's script, run by the background in a frame the first time it needs a tooltip
 * (see ./tooltip-bridge.ts): the drugs' summaries, the rendering and floating-ui are parsed only
 * in frames where someone points at, clicks or steps to a mention.
 */
import { BUNDLED_DRUGS } from '../src/drugs';
import { startTooltips } from './tooltip';
import { getBridge } from './tooltip-bridge';

getBridge()?.ready((context) => startTooltips({ ...context, drugs: BUNDLED_DRUGS }));
