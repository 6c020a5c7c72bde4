/**
 * What the background asks of the page converter in a tab (scripting.executeScript calls
 * `run(command)` on the isolated world's `__qingduConvert`), and what it answers. Plain JSON: it
 * crosses the boundary between the service worker and the tab.
 */
import type { ConfigName } from '../core/convert/converter';
import type { Script } from '../core/convert/detect';
import type { ConvertTarget, TraditionalRegion } from '../core/convert/types';

export type PageCommand =
  /** Convert to `target`. auto: only when detection says the page needs it (automatic mode). */
  | { action: 'convert'; target: ConvertTarget; auto?: boolean }
  /** Show original. */
  | { action: 'restore' }
  /** Convert when showing the original, show the original when converted. */
  | { action: 'toggle'; target: ConvertTarget }
  | { action: 'status' };

export interface PageStatus {
  /** converted: conversion is on; original: the page shows its own text. */
  state: 'converted' | 'original';
  /** Why a convert command left the page alone. */
  skipped?: 'japanese' | 'same-script' | 'not-chinese';
  target: ConvertTarget | null;
  config: ConfigName | null;
  /** What detection saw (on the original text). */
  detected: Script | null;
  /** Which traditional the page uses (converting to simplified only). */
  region: TraditionalRegion | null;
  /** Time from the command to the end of the first slice (visible part converted), ms. */
  firstMs?: number;
  /** Text nodes and attributes changed so far. */
  texts?: number;
  attributes?: number;
}

/** What a tab command answers: the page's status, or why the page could not be reached. */
export type TabConvertResult = PageStatus | { state: 'failed'; error: string };
