import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/config/names.ts
var CONFIG_NAMES = [
  "ledgerlint.config.js",
  "ledgerlint.config.mjs",
  "ledgerlint.config.cjs",
  "ledgerlint.config.json",
  "ledgerlint.config.yaml",
  "ledgerlint.config.yml",
  ".ledgerlintrc",
  ".ledgerlintrc.json",
  ".ledgerlintrc.yaml",
  ".ledgerlintrc.yml",
  "package.json"
];
var TYPESCRIPT_CONFIG_NAMES = [
  "ledgerlint.config.ts",
  "ledgerlint.config.mts",
  "ledgerlint.config.cts"
];
var isJavaScriptConfig = (name) => /\.[cm]?js$/.test(name);

export {
  CONFIG_NAMES,
  TYPESCRIPT_CONFIG_NAMES,
  isJavaScriptConfig
};
