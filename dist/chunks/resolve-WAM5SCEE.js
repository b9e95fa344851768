import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
} from "./chunk-IAU3K2YX.js";
import "./chunk-D2F6TLL3.js";
import "./chunk-Q2CIPECO.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
};
