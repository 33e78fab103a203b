/** Why a feed could not be fetched: a stable code for tests and logs. */
export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'too-large'
  | 'unusable-content'
  | 'unreadable-file';

/** A feed that could not be fetched or read. The message is plain French for the partner. */
export class FeedError extends Error {
  readonly sourceId: string;
  readonly url: string;
  readonly code: FeedErrorCode;
  /** HTTP status of the last response, when there was one. */
  readonly httpStatus: number | null;
  constructor(
    details: { sourceId: string; url: string; code: FeedErrorCode; httpStatus?: number | null },
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'FeedError';
    this.sourceId = details.sourceId;
    this.url = details.url;
    this.code = details.code;
    this.httpStatus = details.httpStatus ?? null;
  }
}

/** No answer: DNS, refused connection, reset, or the time limit. */
export class FeedNetworkError extends FeedError {
  override readonly name = 'FeedNetworkError';
}

/** The server answered with an error status (4xx, 5xx). */
export class FeedHttpError extends FeedError {
  override readonly name = 'FeedHttpError';
}

/** Too many redirects, or a redirect back to an address already visited. */
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
