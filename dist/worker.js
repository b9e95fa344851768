import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  prepareConfig
} from "./chunks/chunk-AUANDEXP.js";
import {
  runLintJob
} from "./chunks/chunk-AO3WEPZQ.js";
import "./chunks/chunk-C6RB4SED.js";
import "./chunks/chunk-KYUNXNA2.js";
import "./chunks/chunk-YFQPPL23.js";
import "./chunks/chunk-YQBLEYAD.js";

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
    answer = { id: message.id, error: error instanceof Error ? error.message : String(error), ...error instanceof Error && error.stack ? { stack: error.stack } : {} };
  }
  process.send(answer);
});
process.on("disconnect", () => process.exit(0));
