import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
} from "./chunk-AINNKO5B.js";
import "./chunk-3OGS43ZW.js";
import "./chunk-YFQPPL23.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  describeIssue,
  prepareConfig
};
