/**
 * The one shape of a commit SHA in ledgerlint. Git names an object with 40 hex
 * digits (SHA-1) or 64 (SHA-256) and takes any unique prefix of it; ledgerlint
 * reads 7 to 40 digits (a full SHA-1, or a prefix in either format) or all 64 (a
 * full SHA-256). The git adapter looks up every SHA of this shape in both object
 * formats: a shape that is read but never looked up would let an invented SHA pass.
 */

export const SHA_DIGITS = { min: 7, sha1: 40, sha256: 64 } as const;

/** The shape, unanchored and case-sensitive as written (add the `i` flag), for patterns that find SHAs in prose. */
export const SHA_SOURCE = `(?:[0-9a-f]{${SHA_DIGITS.sha256}}|[0-9a-f]{${SHA_DIGITS.min},${SHA_DIGITS.sha1}})`;

const SHA = new RegExp(`^${SHA_SOURCE}$`, 'i');
/** The full name of an object as git prints it: lower case, 40 or 64 digits. */
const OBJECT_ID = new RegExp(`^(?:[0-9a-f]{${SHA_DIGITS.sha1}}|[0-9a-f]{${SHA_DIGITS.sha256}})$`);

/** Whether a token as written in a ledger is a SHA (any case). */
export function isSha(token: string): boolean {
  return SHA.test(token);
}

/** Whether a value is a full object name as git prints it (lower case). */
export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}
