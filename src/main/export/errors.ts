/**
 * Export errors in a module of their own, so the services can recognise them without loading
 * Chromium's driver or the DOCX library until an export actually runs (memory at start-up).
 */
export class PdfPrintError extends Error {}
