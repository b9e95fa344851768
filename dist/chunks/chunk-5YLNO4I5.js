import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  placeIn
} from "./chunk-G5F4TZDR.js";

// src/runner/ledger-profile.ts
function ledgerProfile(config, file, text) {
  const path = configPathOf(config, file);
  if (config.prepared.isIgnored(path) || !config.prepared.isLedgerPath(path)) return null;
  return config.prepared.pickProfile(path, text).profile;
}
function configPathOf({ baseDir }, file) {
  return placeIn(baseDir, file) ?? file.replace(/^\/+/, "");
}

export {
  ledgerProfile,
  configPathOf
};
