import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunks/chunk-FOYX6GSL.js";
import {
  prepareConfig
} from "./chunks/chunk-VOCQL7EZ.js";
import "./chunks/chunk-KAGJCUHR.js";
import "./chunks/chunk-H6WDOAUT.js";
import "./chunks/chunk-66LKDHQR.js";
import "./chunks/chunk-YFQPPL23.js";
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
