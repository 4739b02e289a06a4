import { z } from 'zod';

/** Kinds of failure a user can meet; the message is always a Chinese sentence saying what to do. */
export const errorCodeSchema = z.enum([
  'VALIDATION',
  'NOT_FOUND',
  'DUPLICATE',
  'STALE',
  'FINAL',
  'STORAGE',
  'EXPORT',
  'IMPORT',
  'FORBIDDEN',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Machine-readable extras, e.g. `{ existingId }` for DUPLICATE, `{ revision }` for STALE. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown by services; the IPC wrapper turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}
