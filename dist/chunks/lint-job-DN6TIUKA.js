import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-MGUMXGKU.js";
import "./chunk-UV7MCPU2.js";
import "./chunk-D2F6TLL3.js";
import "./chunk-Q2CIPECO.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
