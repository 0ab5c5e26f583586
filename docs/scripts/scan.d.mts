export interface ClauseRef {
  readonly source: string;
  readonly article: string;
}
export interface Implementation extends ClauseRef {
  readonly symbol: string;
  readonly exported: boolean;
  readonly via: "code" | "comment";
  readonly line: number;
  readonly package?: string;
  readonly file?: string;
}
export interface TestCitation {
  readonly title: string;
  readonly kind: string;
  readonly line: number;
  readonly clauses: ClauseRef[];
  readonly package?: string;
  readonly file?: string;
}
export declare const SOURCES: string[];
export declare const citationsInTitle: (title: string) => ClauseRef[];
export declare const scanSourceFile: (file: string, text?: string) => Implementation[];
export declare const scanTestFile: (file: string, text?: string) => TestCitation[];
export declare const scanRepository: (root: string) => {
  implementations: Array<Implementation & { package: string; file: string }>;
  tests: Array<TestCitation & { package: string; file: string }>;
};
