import type { ClauseRef, Implementation, TestCitation } from "./scan.mjs";
export interface ClauseEntry {
  readonly source: string;
  readonly ref: string;
  readonly rule: string;
  readonly actionable: boolean;
  readonly reason?: string;
  readonly declined?: string;
  readonly pending?: string;
  readonly partial?: string;
  readonly cites?: string[];
}
export type Status =
  | "not actionable"
  | "implemented and tested"
  | "implemented, no test"
  | "declined"
  | "pending"
  | "missing";
export interface IndexedEntry extends ClauseEntry {
  readonly implementations: Array<Implementation & { file: string; level: "exact" | "article" }>;
  readonly tests: Array<TestCitation & { file: string; level: "exact" | "article" }>;
  readonly status: Status;
}
export interface Uncovered extends ClauseRef {
  readonly file: string;
  readonly line: number;
  readonly from: "code" | "test";
}
export interface ClauseIndex {
  readonly entries: IndexedEntry[];
  readonly uncovered: Uncovered[];
}
export declare const docsDir: string;
export declare const repoRoot: string;
export declare const SOURCE_TITLES: Record<string, string>;
export declare const normalize: (article: string) => string;
export declare const articleOf: (normalized: string) => string;
export declare const entryKeys: (entry: ClauseEntry) => { exact: string[]; articles: string[] };
export declare const coverage: (entry: ClauseEntry, citation: ClauseRef) => "exact" | "article" | undefined;
export declare const loadClauses: () => ClauseEntry[];
export declare const buildIndex: (root?: string, clauses?: ClauseEntry[]) => ClauseIndex;
export declare const coverageBySource: (entries: IndexedEntry[]) => Array<{
  source: string;
  clauses: number;
  actionable: number;
  implemented: number;
  tested: number;
  exact: number;
  exact: number;
  declined: number;
  missing: number;
}>;
export declare const renderIndex: (index: ClauseIndex) => string;
