/**
 * Facts about the world outside the ledger text (the repository, the file system),
 * gathered up front by adapters and handed to the rules, which never look themselves.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Facts {}

export const NO_FACTS: Facts = {};
