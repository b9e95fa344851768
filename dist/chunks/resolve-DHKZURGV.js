import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
} from "./chunk-VOCQL7EZ.js";
import "./chunk-66LKDHQR.js";
import "./chunk-YFQPPL23.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
};
