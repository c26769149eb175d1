// Two kinds of errors (CONVENTIONS.md §10): an AppError carries a code whose translated message may reach the
// user, with optional field-level messages; anything else is logged with a request id and shown generically.

export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "INVALID_TRANSITION",
  "RATE_LIMITED",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Field name → message keys (translated by the form, like zod's own messages). */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  /** Key in the `errors` namespace of the message files; defaults to the code. */
  readonly messageKey: string;
  readonly values: Record<string, string | number> | undefined;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(
    code: AppErrorCode,
    options: {
      messageKey?: string;
      values?: Record<string, string | number>;
      fieldErrors?: FieldErrors;
      detail?: string;
    } = {},
  ) {
    super(options.detail ?? options.messageKey ?? code);
    this.code = code;
    this.messageKey = options.messageKey ?? code;
    this.values = options.values;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
export const conflict = () => new AppError("CONFLICT");

/** HTTP status for API routes. */
export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
};
