/** Types for scripts/build-opencc-dict.mjs (imported by the unit tests and the bench). */
export const OUT_DIR: string;
export const SHIPPED_CONFIGS: string[];
export const META_OFFSET: number;

export type Dict = string | [string, string][];

export interface OpenccData {
  dicts: Map<string, Dict>;
  configs: Record<string, { normalizationChain?: Dict[][]; segmentation?: Dict | Dict[]; conversionChain: Dict[][] }>;
  version: string;
}

export interface EncodedTrieData {
  root: number;
  labels: string;
  meta: string;
  values: string;
  nodes: number;
  entries: number;
}

export interface TriePlan {
  groups: Map<string, { dicts: Dict[]; map: Map<string, string>; segKeys: Set<string> | null; segId: string | null }>;
  configs: Record<string, { normalize: string[]; seg: string | null; chain: string[] }>;
}

export function loadOpencc(): Promise<OpenccData>;
export function parseDict(dict: Dict): [string, string][];
export function mergeGroup(dicts: Dict[]): Map<string, string>;
export function encodeTrie(map: Map<string, string>, segKeys?: Set<string> | null): EncodedTrieData;
export function planTries(opencc: OpenccData, configNames: string[]): TriePlan;
export function detectionSets(dicts: Map<string, Dict>): {
  simplifiedOnly: string[];
  traditionalOnly: string[];
  taiwanMarks: string[];
  hongKongMarks: string[];
  standardMarks: string[];
};
export function encodeCharSet(list: string[]): string;
export function generate(): Promise<{ files: Map<string, string>; version: string }>;
