import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
} from "./chunk-YCIQQSA6.js";
import "./chunk-Y55ZAGZT.js";
import "./chunk-YFQPPL23.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-KDBPNXPL.js";
import "./chunk-UUJ5SKQA.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
};
