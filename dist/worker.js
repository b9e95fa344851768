import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunks/chunk-W7QHQUSB.js";
import {
  prepareConfig
} from "./chunks/chunk-6XGXHZ22.js";
import "./chunks/chunk-CG7R7FHO.js";
import "./chunks/chunk-H6WDOAUT.js";
import "./chunks/chunk-D5AKJOSN.js";
import "./chunks/chunk-T3SKNPOK.js";
import "./chunks/chunk-FVPJHKEF.js";
import "./chunks/chunk-SPJORHUT.js";
import "./chunks/chunk-UUJ5SKQA.js";

// src/runner/worker.ts
var prepared = null;
process.on("message", (message) => {
  if ("config" in message) {
    prepared = prepareConfig(message.config, message.source);
    return;
  }
  let answer;
  try {
    answer = { id: message.id, results: message.jobs.map((job) => runLintJob(job, prepared)) };
  } catch (error) {
    answer = {
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
      ...error instanceof Error && error.stack ? { stack: error.stack } : {}
    };
  }
  process.send(answer);
});
process.on("disconnect", () => process.exit(0));
