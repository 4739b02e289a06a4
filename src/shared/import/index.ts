export { importReportFromText } from './importReport';
export { ImportError } from './types';
export type {
  ImportOptions,
  ImportResult,
  ImportReview,
  SourceDocument,
  SourceLine,
} from './types';
