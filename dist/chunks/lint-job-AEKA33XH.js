import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunk-SLRVBKJC.js";
import "./chunk-YT5M6ZOU.js";
import "./chunk-R52EFXUK.js";
import "./chunk-MZ7RDE5B.js";
import "./chunk-UUJ5SKQA.js";
export {
  runLintJob
};
