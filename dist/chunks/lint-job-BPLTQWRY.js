import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  notFixed,
  runLintJob
} from "./chunk-QSTUZWTL.js";
import "./chunk-ILLOKLBX.js";
import "./chunk-YFQPPL23.js";
import "./chunk-YQBLEYAD.js";
export {
  notFixed,
  runLintJob
};
