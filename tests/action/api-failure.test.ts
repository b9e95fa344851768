import { describe, expect, it } from 'vitest';
import { apiFailure } from '../../src/action/api-failure.js';

const URL = 'https://api.github.com';
/** As octokit throws them: a status, a message, and the response with its headers (none when nothing answered). */
const answered = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

describe('why the REST API did not answer', () => {
  it('names a network failure with its code', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4'), {
      status: 500,
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    expect(apiFailure(refused, URL).cause).toBe(`could not be reached at ${URL} (connect ECONNREFUSED 127.0.0.1:4)`);
    const failed = Object.assign(new Error('fetch failed'), {
      status: 500,
      cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }),
    });
    expect(apiFailure(failed, URL).cause).toBe(`could not be reached at ${URL} (fetch failed: ENOTFOUND)`);
  });

  it('tells a rate limit from a refused token, by status and headers', () => {
    expect(apiFailure(answered(429, 'Too Many Requests'), URL)).toEqual({
      cause: 'refused the request: rate limit exceeded (HTTP 429)',
      fix: expect.stringMatching(/or run the job again later\.$/),
    });
    expect(
      apiFailure(answered(403, 'You have exceeded a secondary rate limit', { 'retry-after': '60' }), URL).cause,
    ).toBe('refused the request: rate limit exceeded (HTTP 403) (retry after 60 s)');
    expect(
      apiFailure(
        answered(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' }),
        URL,
      ).cause,
    ).toBe('refused the request: rate limit exceeded (HTTP 403) (it resets at 2030-01-01T00:00:00.000Z)');
    expect(
      apiFailure(answered(403, 'Resource not accessible by integration', { 'x-ratelimit-remaining': '4999' }), URL),
    ).toEqual({
      cause: 'refused the token (HTTP 403: Resource not accessible by integration)',
      fix: 'Use actions/checkout with fetch-depth: 0, so that neither origin nor the API is needed, or give the job `permissions: contents: read` and `pull-requests: read`.',
    });
  });

  it('says what 401, 404 and other answers mean', () => {
    expect(apiFailure(answered(401, 'Bad credentials'), URL).cause).toBe(
      'refused the token (HTTP 401: Bad credentials)',
    );
    expect(apiFailure(answered(404, 'Not Found'), URL)).toEqual({
      cause: 'found no such pull request or repository (HTTP 404: Not Found)',
      fix: expect.stringMatching(/permissions: contents: read/),
    });
    expect(apiFailure(answered(502, 'Bad Gateway'), URL).cause).toBe('failed (HTTP 502: Bad Gateway)');
  });
});
