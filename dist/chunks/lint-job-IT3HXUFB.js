import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  notFixed,
  runLintJob
} from "./chunk-LLV5TFJ3.js";
import "./chunk-3OGS43ZW.js";
import "./chunk-YFQPPL23.js";
import "./chunk-UUJ5SKQA.js";
export {
  notFixed,
  runLintJob
};
