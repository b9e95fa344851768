import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-7NTTLEQR.js";
import "./chunk-UV7MCPU2.js";
import "./chunk-5BOTMP65.js";
import "./chunk-Q2CIPECO.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
