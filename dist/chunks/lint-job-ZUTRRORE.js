import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-DJ5GUEBE.js";
import "./chunk-UV7MCPU2.js";
import "./chunk-YIOWJW26.js";
import "./chunk-TDDHNJB5.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
