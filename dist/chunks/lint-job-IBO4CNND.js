import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  notFixed,
  runLintJob
} from "./chunk-FOYX6GSL.js";
import "./chunk-KAGJCUHR.js";
import "./chunk-H6WDOAUT.js";
import "./chunk-66LKDHQR.js";
import "./chunk-YFQPPL23.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";
export {
  notFixed,
  runLintJob
};
