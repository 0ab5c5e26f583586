export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly problem: string;
}
export declare const brokenLinks: (dist: string) => BrokenLink[];
