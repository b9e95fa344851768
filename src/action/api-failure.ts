/**
 * Why the REST API did not say which files changed, in words a user can act on:
 * unreachable, rate-limited, or the token refused; and what fixes it. A clone with
 * the full history (fetch-depth: 0) needs the API not at all.
 */

interface ApiError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
  cause?: unknown;
}

const FULL_HISTORY = 'Use actions/checkout with fetch-depth: 0, so that neither origin nor the API is needed';
const PERMISSIONS = 'give the job `permissions: contents: read` and `pull-requests: read`';

export function apiFailure(error: unknown, apiUrl: string): { cause: string; fix: string } {
  const { status, message = String(error), response, cause } = (error ?? {}) as ApiError;
  if (!response) {
    // No answer at all: the request failed on the way (octokit gives it status 500, and the network error as its cause).
    const code = (cause as { code?: unknown } | undefined)?.code;
    const said = typeof code === 'string' && !message.includes(code) ? `${message}: ${code}` : message;
    return { cause: `could not be reached at ${apiUrl} (${said})`, fix: `${FULL_HISTORY}.` };
  }
  const header = (name: string) => {
    const value = response.headers?.[name];
    return value === undefined ? undefined : String(value);
  };
  const retryAfter = header('retry-after');
  if (status === 429 || (status === 403 && (header('x-ratelimit-remaining') === '0' || retryAfter !== undefined))) {
    const reset = Number(header('x-ratelimit-reset'));
    const when =
      retryAfter !== undefined
        ? ` (retry after ${retryAfter} s)`
        : Number.isFinite(reset) && reset > 0
          ? ` (it resets at ${new Date(reset * 1000).toISOString()})`
          : '';
    return {
      cause: `refused the request: rate limit exceeded (HTTP ${status})${when}`,
      fix: `${FULL_HISTORY}, or run the job again later.`,
    };
  }
  if (status === 401)
    return { cause: `refused the token (HTTP 401: ${message})`, fix: `${FULL_HISTORY}, or pass a valid token.` };
  if (status === 403)
    return { cause: `refused the token (HTTP 403: ${message})`, fix: `${FULL_HISTORY}, or ${PERMISSIONS}.` };
  // GitHub answers 404, not 403, when a token may not see a private repository.
  if (status === 404)
    return {
      cause: `found no such pull request or repository (HTTP 404: ${message})`,
      fix: `${FULL_HISTORY}, or ${PERMISSIONS}.`,
    };
  return { cause: `failed (HTTP ${status ?? '?'}: ${message})`, fix: `${FULL_HISTORY}.` };
}
