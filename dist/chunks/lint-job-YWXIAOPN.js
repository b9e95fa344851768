import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  notFixed,
  runLintJob
} from "./chunk-6WOTAYXH.js";
import "./chunk-3CZUC57R.js";
import "./chunk-H6WDOAUT.js";
import "./chunk-Y55ZAGZT.js";
import "./chunk-YFQPPL23.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-KDBPNXPL.js";
import "./chunk-UUJ5SKQA.js";
export {
  notFixed,
  runLintJob
};
