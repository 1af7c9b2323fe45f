/**
 * How the tooltip, loaded on first need, meets the content script already running in its frame.
 * The always-on script (./index.ts) leaves a bridge on its global object; the background then
 * runs the tooltip script (./tooltip-entry.ts, built as content/tooltip.js) in the same frame and
 * the same isolated world, where it finds the bridge and hands over its start function. Page
 * scripts cannot see either: they live in another world.
 */
import type { TooltipContext, TooltipHandle } from './tooltip/types';

export const TOOLTIP_BRIDGE_KEY = '__medglanceTooltipBridge';

export { TOOLTIP_SCRIPT } from '../src/messages';

export type StartTooltips = (context: Omit<TooltipContext, 'drugs'>) => TooltipHandle;

export interface TooltipBridge {
  ready(start: StartTooltips): void;
}

export function setBridge(bridge: TooltipBridge | undefined, world: object = globalThis): void {
  (world as Record<string, unknown>)[TOOLTIP_BRIDGE_KEY] = bridge;
}

export function getBridge(world: object = globalThis): TooltipBridge | undefined {
  return (world as Record<string, unknown>)[TOOLTIP_BRIDGE_KEY] as TooltipBridge | undefined;
}
