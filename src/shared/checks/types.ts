import type { ReportContent } from '../model';

export type Severity = 'error' | 'warning' | 'hint';

/** FORMAT.md §6 rule ids. */
export type RuleId =
  | 'NUM'
  | 'T3-ROW'
  | 'T3-HANDLED'
  | 'T3-BALANCE'
  | 'T4-TOTAL'
  | 'CARRY'
  | 'T2-CHAIN'
  | 'T2-REG'
  | 'FEE-UNIT'
  | 'TEXT-NUM'
  | 'LAW-NAME'
  | 'VERSION'
  | 'S5'
  | 'S6-FEE'
  | 'S6-ITEMS'
  | 'REUSE'
  | 'DEADLINE'
  | 'YEAR';

/** Wizard step the UI jumps to: basic data (title, preamble, organ kind), a text section or a table. */
export type IssueSection = 'basic' | 's1' | 't2' | 't3' | 't4' | 's5' | 's6';

/** Where a text issue sits. `paragraph` indexes `block.paragraphs`; for the preamble `block` is 0
 * and `paragraph` indexes `report.preamble`. When `heading` is true the match is in the block's
 * sub-heading (then `paragraph` is 0). */
export interface ParagraphLocation {
  section: 'preamble' | 's1' | 's5' | 's6';
  block: number;
  paragraph: number;
  heading?: boolean;
}

export interface CheckIssue {
  /** Stable: rule id + location (e.g. `T3-BALANCE:natural`); acknowledgements refer to it. */
  id: string;
  rule: RuleId;
  severity: Severity;
  section: IssueSection;
  /** FORMAT.md keys concerned, for highlight/focus; may be empty. */
  cells: string[];
  paragraph?: ParagraphLocation;
  /** Chinese, with the numbers. */
  message: string;
  /** Hash of the values the issue covers; an acknowledgement lapses when it changes. */
  fingerprint: string;
}

export interface CheckContext {
  /** Last year's report of the same body, when known (CARRY, T2-CHAIN, REUSE). */
  previous?: ReportContent | null;
  /** 'YYYY-MM-DD'; DEADLINE is only checked when given. */
  today?: string;
  /** 'MM-DD' publication deadlines; default 01-31 (department) and 03-31 (county government). */
  deadlines?: { department: string; countyGovernment: string };
  /** Checking for 定稿: blank cells become NUM errors instead of one hint per table. */
  final?: boolean;
}

/** A rule: pure function of the report and the context. */
export type Rule = (report: ReportContent, ctx: CheckContext) => CheckIssue[];
