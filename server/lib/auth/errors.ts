/** A request refused for a reason the person can fix; `status` is the HTTP status the API answers with. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}
