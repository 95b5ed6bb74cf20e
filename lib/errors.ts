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

/** An error meant for the user: its message is safe to show; `param` names the offending input. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly param: string | undefined;
  constructor(code: ErrorCode, message: string, param?: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.param = param;
  }
  get status(): number {
    return STATUS[this.code];
  }
}
