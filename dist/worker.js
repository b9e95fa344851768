import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  runLintJob
} from "./chunks/chunk-7UWCSVRQ.js";
import {
  prepareConfig
} from "./chunks/chunk-QRTL36QJ.js";
import "./chunks/chunk-UUJ5SKQA.js";

// src/runner/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { config, source } = workerData;
var prepared = prepareConfig(config, source);
parentPort.on("message", (batch) => {
  parentPort.postMessage({ id: batch.id, results: batch.jobs.map((job) => runLintJob(job, prepared)) });
});
