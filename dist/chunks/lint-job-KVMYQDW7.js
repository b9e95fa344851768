import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-25OM6GR6.js";
import "./chunk-UV7MCPU2.js";
import "./chunk-PWM73DFW.js";
import "./chunk-Q2CIPECO.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
