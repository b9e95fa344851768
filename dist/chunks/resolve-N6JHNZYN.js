import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
} from "./chunk-54MUC4OU.js";
import "./chunk-53D4E2II.js";
import "./chunk-FVVFWJDN.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
};
