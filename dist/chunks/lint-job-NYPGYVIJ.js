import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  notFixed,
  runLintJob
} from "./chunk-AO3WEPZQ.js";
import "./chunk-C6RB4SED.js";
import "./chunk-KYUNXNA2.js";
import "./chunk-YFQPPL23.js";
import "./chunk-YQBLEYAD.js";
export {
  notFixed,
  runLintJob
};
