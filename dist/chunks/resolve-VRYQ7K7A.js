import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
} from "./chunk-AUANDEXP.js";
import "./chunk-KYUNXNA2.js";
import "./chunk-YFQPPL23.js";
import "./chunk-YQBLEYAD.js";
export {
  ConfigError,
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  prepareConfig
};
