/** Closed set of application error codes, each mapped to an HTTP status. */
const STATUS = {
  bad_request: 400,
  not_found: 404,
  not_acceptable: 406,
  payload_too_large: 413,
  unavailable: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof STATUS;

// Next bundles this module once per layer (pages, route handlers); the CPU pool and the data cache
// live on globalThis and hand one copy's errors to code holding another. `instanceof AppError`
// recognises every copy's errors by this brand.
const BRAND = Symbol.for("scaling-laws.AppError");

/** An error meant for the user: its message is safe to show; `param` names the offending input. */
export class AppError extends Error {
  static [Symbol.hasInstance](v: unknown): v is AppError {
    return typeof v === "object" && v !== null && (v as { [BRAND]?: unknown })[BRAND] === true;
  }
  private readonly [BRAND] = true;
  readonly code: ErrorCode;
  readonly param: string | undefined;
  /** Seconds after which a retry may succeed (a `Retry-After` header on 503s). */
  readonly retryAfter: number | undefined;
  constructor(code: ErrorCode, message: string, param?: string, opts: { retryAfter?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.param = param;
    this.retryAfter = opts.retryAfter;
  }
  get status(): number {
    return STATUS[this.code];
  }
}
