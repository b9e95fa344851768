import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/runner/repo-place.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
function placeIn(base, path) {
  const from = (candidate) => {
    const rel = relative(base, candidate);
    return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join("/") : null;
  };
  const direct = from(path);
  if (direct !== null) return direct;
  try {
    return from(realpathSync(path));
  } catch {
    return null;
  }
}

export {
  placeIn
};
