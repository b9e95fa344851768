import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  notFixed,
  runLintJob
} from "./chunk-W7QHQUSB.js";
import "./chunk-CG7R7FHO.js";
import "./chunk-H6WDOAUT.js";
import "./chunk-D5AKJOSN.js";
import "./chunk-T3SKNPOK.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";
export {
  notFixed,
  runLintJob
};
