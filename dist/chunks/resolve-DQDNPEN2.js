import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
} from "./chunk-6XGXHZ22.js";
import "./chunk-D5AKJOSN.js";
import "./chunk-T3SKNPOK.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
};
