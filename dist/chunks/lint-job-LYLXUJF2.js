import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-H4VUCRFF.js";
import "./chunk-UV7MCPU2.js";
import "./chunk-HJNQGTWG.js";
import "./chunk-YFQPPL23.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
