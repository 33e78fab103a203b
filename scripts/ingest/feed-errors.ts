/** Why a feed could not be fetched: a stable code for tests and logs. */
export type FeedErrorCode =
  | 'network'
  | 'dns'
  | 'tls'
  | 'timeout'
  | 'incomplete'
  | 'http-status'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'bad-redirect'
  | 'too-large'
  | 'unusable-content'
  | 'unreadable-file';

/** What a FeedError is built from. */
export interface FeedErrorDetails {
  sourceId: string;
  url: string;
  code: FeedErrorCode;
  httpStatus?: number | null;
  /** Technical detail for the administrator (error code, cause, headers); one line. */
  detail?: string | null;
  /** Pause the server asked for before trying again (`Retry-After`, ms), when it did. */
  retryAfterMs?: number | null;
}

/**
 * A feed that could not be fetched or read. `message` is one line of plain French for the partner;
 * `detail` is the technical cause for the administrator, completed with the attempts made.
 */
export class FeedError extends Error {
  readonly sourceId: string;
  readonly url: string;
  readonly code: FeedErrorCode;
  /** HTTP status of the last response, when there was one. */
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;
  detail: string;
  constructor(details: FeedErrorDetails, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FeedError';
    this.sourceId = details.sourceId;
    this.url = details.url;
    this.code = details.code;
    this.httpStatus = details.httpStatus ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.detail = details.detail ?? `${details.code}${this.httpStatus === null ? '' : ` HTTP ${this.httpStatus}`}`;
  }
}

/** No answer: DNS, refused connection, reset, TLS, a body cut short, or the time limit. */
export class FeedNetworkError extends FeedError {
  override readonly name = 'FeedNetworkError';
}

/** The server answered with an error status (4xx, 5xx). */
export class FeedHttpError extends FeedError {
  override readonly name = 'FeedHttpError';
}

/** Too many redirects, a redirect back to an address already visited, or to something that is not http(s). */
export class FeedRedirectError extends FeedError {
  override readonly name = 'FeedRedirectError';
}

/** The body is larger than the size cap (after decompression). */
export class FeedTooLargeError extends FeedError {
  override readonly name = 'FeedTooLargeError';
}

/** The body is not a feed: empty, a web page, or binary data. */
export class FeedContentError extends FeedError {
  override readonly name = 'FeedContentError';
}
