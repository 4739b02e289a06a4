import type { FormatVersion } from '../format';
import type { ReportContent } from '../model';

/** One line of source text; readers of PDFs add positions (points, origin top-left). */
export interface SourceLine {
  readonly text: string;
  readonly page?: number;
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
}

export interface SourceDocument {
  readonly lines: readonly SourceLine[];
  /** What the reader saw: 'pdf' | 'docx' | 'html' | 'txt'. */
  readonly kind?: string;
}

export interface ImportOptions {
  /** Force a format version instead of deriving it from the year and the tables. */
  readonly format?: FormatVersion;
}

export interface ImportReview {
  /** FORMAT keys of the cells not established for certain: a clerk must confirm them. */
  readonly uncertain: string[];
  /** What the importer could not place or had to guess, in Chinese. */
  readonly notes: string[];
}

export interface ImportResult {
  readonly report: ReportContent;
  readonly review: ImportReview;
  /** Per cell key: 1 = established (read unambiguously, consistent); lower = a guess. */
  readonly confidence: Record<string, number>;
  /** The cleaned text the report was read from (for showing the source beside the result). */
  readonly sourceText: string;
  /** Problems of the document itself (missing section, inconsistent table as published …). */
  readonly problems: string[];
}

/** Values found for the cells of one table, with the keys that are only a guess. */
export interface TableReading {
  readonly values: Record<string, number | string | null>;
  readonly uncertain: Set<string>;
  readonly notes: string[];
}

/** Thrown for input that is no such report: the message says what was found and what is missing. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
