import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
} from "./chunk-3CQWFIP6.js";
import "./chunk-YIOWJW26.js";
import "./chunk-TDDHNJB5.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
};
