import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-XKOG42JI.js";
import "./chunk-UV7MCPU2.js";
import "./chunk-COPFNBTF.js";
import "./chunk-Q2CIPECO.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
