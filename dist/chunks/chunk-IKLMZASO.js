import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  escapeRegExp,
  nameKey,
  stripInlineMarks,
  trimEndOf
} from "./chunk-Q2CIPECO.js";

// src/core/engine/fix.ts
function lineFix(source, lineStart, edits) {
  const first = edits[0];
  const last = edits[edits.length - 1];
  let text2 = "";
  let at = first.start;
  for (const edit of edits) {
    text2 += source.slice(lineStart + at, lineStart + edit.start) + edit.text;
    at = edit.end;
  }
  return { start: lineStart + first.start, end: lineStart + last.end, text: text2 };
}
function applyFixes(source, fixes) {
  const ordered = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let at = 0;
  let applied = 0;
  let previous = null;
  for (const fix of ordered) {
    if (previous && fix.start === previous.start && fix.end === previous.end && fix.text === previous.text) continue;
    if (fix.start < at) continue;
    output += source.slice(at, fix.start) + fix.text;
    at = fix.end;
    applied++;
    previous = fix;
  }
  return { output: output + source.slice(at), applied };
}
function fixText(text2, first, lint) {
  const bom = text2.startsWith("\uFEFF") ? "\uFEFF" : "";
  let body = bom ? text2.slice(1) : text2;
  let outcome = first;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = outcome.messages.flatMap((m) => m.fix ? [m.fix] : []);
    if (fixes.length === 0) break;
    const next = applyFixes(body, fixes).output;
    if (next === body) break;
    body = next;
    outcome = lint(bom + body);
  }
  return { output: bom + body, outcome };
}

// src/core/text/wording.ts
function listing(items, conjunction = "and") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function partial(Class, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function extend2(schema, shape) {
  return extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function partial2(schema, mask) {
  const def = schema._zod.def;
  if (def.type !== "tuple")
    return partial(ZodMiniOptional, schema, mask);
  if (def.checks?.length)
    throw new Error(".partial() cannot be used on tuple schemas containing refinements");
  return clone(schema, {
    ...def,
    items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item }))
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;

// src/core/text/lines.ts
function splitLines(source) {
  const text2 = [];
  const starts = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      text2.push(source.slice(start, i));
      starts.push(start);
      if (ch === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  text2.push(source.slice(start));
  starts.push(start);
  return { text: text2, starts };
}
function lineContent(line) {
  const prefix = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\]\*?[ \t]+)?)?/.exec(line)[0];
  const content = line.slice(prefix.length).trimEnd();
  return { content, offset: prefix.length };
}

// src/core/text/inline.ts
var CODE_SPAN = /`([^`\n]+)`/g;
function withoutHtmlComments(text2) {
  let out = "";
  let at = 0;
  for (let open = text2.indexOf("<!--"); open >= 0; open = text2.indexOf("<!--", at)) {
    out += text2.slice(at, open);
    const close = text2.indexOf("-->", open + 4);
    at = close < 0 ? text2.length : close + 3;
  }
  return out + text2.slice(at);
}

// src/core/ledger/commit-refs.ts
var SHA_SHAPE = /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/i;
var HASH_LIKE = /^(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{4,80}$/i;
var BARE_SHA = /(?<![\w./-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\w/-])/gi;
var TASK = /\b(?:sub)?task[ \t]+(\d+(?:\.\d+)+)\b/gi;
var PRD = /\bPRD[ \t_-]?0*(\d+)\b/gi;
var SEPARATOR_CELL = /^:?-{2,}:?$/;
var MESSAGE_HEADER = /message|subject|description|summary|title|change|commit message/i;
function commitRefsIn(lines, lineNumbers) {
  const refs = [];
  let messageColumn = null;
  for (const lineNo of lineNumbers) {
    const text2 = lines[lineNo - 1];
    if (text2 === void 0) continue;
    if (!/^\s*\|/.test(text2)) messageColumn = null;
    else if (isTableSeparator(lines[lineNo] ?? "")) {
      const index = cellsOf(text2).findIndex((c) => MESSAGE_HEADER.test(c.text));
      messageColumn = index >= 0 ? index : null;
      continue;
    }
    refs.push(...refsOnLine(text2, lineNo, messageColumn));
  }
  return refs;
}
function refsOnLine(text2, line, messageColumn) {
  const tasks = [...text2.matchAll(TASK)].map((m) => m[1]);
  const prds = [...text2.matchAll(PRD)].map((m) => m[1]);
  const make = (raw, index, message2) => ({
    raw,
    sha: SHA_SHAPE.test(raw) ? raw.toLowerCase() : null,
    message: cleanMessage(message2),
    tasks,
    prds,
    line,
    column: index + 1,
    endColumn: index + 1 + raw.length
  });
  if (/^\s*\|/.test(text2)) return tableRow(text2, messageColumn, make);
  const tokens = [];
  for (const span of text2.matchAll(CODE_SPAN)) {
    const content = span[1];
    const index = span.index + 1 + (content.length - content.trimStart().length);
    const [token = "", ...rest] = content.trim().split(/\s+/);
    const end = span.index + span[0].length;
    if (rest.length > 0) {
      if (SHA_SHAPE.test(token)) tokens.push({ raw: token, index, start: span.index, end, message: rest.join(" ") });
    } else if (SHA_SHAPE.test(token) || HASH_LIKE.test(token)) {
      tokens.push({ raw: token, index, start: span.index, end });
    }
  }
  if (tokens.length === 0) {
    for (const bare of text2.matchAll(BARE_SHA)) tokens.push({ raw: bare[0], index: bare.index, start: bare.index, end: bare.index + bare[0].length });
  }
  if (tokens.length === 0) return [];
  const message = messageAround(text2, tokens[0].start, tokens[tokens.length - 1].end);
  return tokens.map((t) => make(t.raw, t.index, t.message ?? message));
}
function messageAround(text2, start, end) {
  const before = trimEndOf(lineContent(text2.slice(0, start)).content, " 	([:,;\u2013\u2014-`");
  const after = text2.slice(end).replace(/^[\s)\]:,;–—`-]+/, "");
  const opens = !/[\p{L}\p{N}]/u.test(before);
  const closes = !/[\p{L}\p{N}]/u.test(withoutHtmlComments(after).replace(/\[[^\][]*\]|\([^()]*\)/g, ""));
  if (opens) return after;
  return closes ? before : "";
}
function cellsOf(text2) {
  const cells = [];
  let from = text2.indexOf("|") + 1;
  for (; ; ) {
    const next = text2.indexOf("|", from);
    if (next < 0) break;
    cells.push({ text: text2.slice(from, next), start: from });
    from = next + 1;
  }
  return cells;
}
function tableRow(text2, messageColumn, make) {
  if (isTableSeparator(text2)) return [];
  const cells = cellsOf(text2);
  const shaCell = cells.findIndex((c) => {
    const token2 = c.text.trim().replace(/^`|`$/g, "");
    return SHA_SHAPE.test(token2) || c.text.includes("`") && HASH_LIKE.test(token2);
  });
  if (shaCell < 0) return [];
  const cell = cells[shaCell];
  const token = cell.text.trim().replace(/^`|`$/g, "");
  const index = cell.start + cell.text.indexOf(token);
  const others = cells.filter((c, i) => i !== shaCell && !/^\s*`?(?:sub)?task\b/i.test(c.text) && new RegExp("\\p{L}{2}", "u").test(c.text));
  const message = messageColumn !== null && messageColumn !== shaCell ? cells[messageColumn]?.text ?? "" : others.sort((a, b) => b.text.trim().length - a.text.trim().length)[0]?.text ?? "";
  return [make(token, index, message)];
}
function cleanMessage(message) {
  const cleaned = withoutHtmlComments(message).replace(/\[[^\][]*\]/g, " ").replace(/\([^()]*\)/g, (group) => /\b(?:task|prd)\b/i.test(group) ? " " : group).replace(/\(\s*\d{4}-\d{2}-\d{2}[^()]*\)/g, " ").replace(/[`*]+/g, "").replace(/[✓✔✅]/gu, " ").replace(/\s+/g, " ").trim().replace(/^(?:(?:sub)?task[ \t]+\d+(?:\.\d+)+|PRD[ \t_-]?\d+)[ \t]*[:–—-]?[ \t]*/i, "");
  return trimEndOf(cleaned, " \u2013\u2014-");
}
function isTableSeparator(line) {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").every((cell) => SEPARATOR_CELL.test(cell.trim()));
}

// src/core/ledger/key-file-refs.ts
var PATH = /^([^\s:`'"<>|]+)(?::(\d{1,9})(?:-(\d{1,9}))?)?$/;
var EXTENSION = /\.[A-Za-z0-9]{1,12}$/;
function keyFileRefsIn(lines, lineNumbers) {
  const refs = [];
  for (const lineNo of lineNumbers) {
    const text2 = lines[lineNo - 1];
    if (text2 === void 0) continue;
    let first = true;
    for (const span of text2.matchAll(CODE_SPAN)) {
      const leading = first;
      first = false;
      const raw = span[1].trim();
      const match = PATH.exec(raw);
      if (!match || !looksLikePath(match[1], leading)) continue;
      const path = match[1].replace(/^(?:\.\/)+/, "");
      const start = match[2] === void 0 ? null : Number(match[2]);
      const lineRange = start === null ? null : { start, end: match[3] === void 0 ? start : Number(match[3]) };
      const column = span.index + 2;
      refs.push({ path, outside: leavesRepository(path), lines: lineRange, raw, line: lineNo, column, endColumn: column + span[1].length });
    }
  }
  return refs;
}
function looksLikePath(path, leading) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes("(") || path.startsWith("-")) return false;
  return path.includes("/") || leading && EXTENSION.test(path) && !/\.\d+$/.test(path);
}
function leavesRepository(path) {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return true;
  let depth = 0;
  for (const part of path.split("/")) {
    if (part === "..") depth--;
    else if (part !== "." && part !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}

// src/core/profiles/compile.ts
var cache = /* @__PURE__ */ new WeakMap();
function compileProfile(spec) {
  const cached2 = cache.get(spec);
  if (cached2) return cached2;
  const states = /* @__PURE__ */ new Map();
  for (const state of spec.status.states) {
    const compiled2 = { name: state.name, done: state.done === true };
    for (const name of [state.name, ...state.aliases ?? []]) states.set(statusKey(name), compiled2);
  }
  const fields = /* @__PURE__ */ new Map();
  for (const field of spec.fields) for (const name of [field.name, ...field.aliases ?? []]) if (!fields.has(nameKey(name))) fields.set(nameKey(name), field);
  const compiled = {
    spec,
    name: spec.name,
    titlePattern: spec.title ? new RegExp(spec.title.pattern, "iu") : null,
    phasePattern: spec.tasks ? new RegExp(spec.tasks.phase, "iu") : null,
    sessionEntry: spec.sessions ? new RegExp(spec.sessions.entry, "iu") : null,
    placeholders: spec.placeholders.map(
      (p) => typeof p === "string" ? { regex: new RegExp(escapeRegExp(p), "gu"), label: p, anchored: false } : { regex: new RegExp(p.pattern, "gu"), label: p.label ?? p.pattern, anchored: p.pattern.startsWith("^") }
    ),
    states,
    fields
  };
  cache.set(spec, compiled);
  return compiled;
}
function statusKey(value) {
  const cut = value.split(/\s[-–—|]\s|[(:]/u)[0] ?? value;
  return nameKey(cut);
}
function lookupStatus(profile, value) {
  return profile.states.get(statusKey(value));
}
var keysOfSpec = /* @__PURE__ */ new WeakMap();
function sectionKeys(spec) {
  let keys = keysOfSpec.get(spec);
  if (!keys) keysOfSpec.set(spec, keys = [spec.name, ...spec.aliases ?? []].map(nameKey));
  return keys;
}

// src/core/ledger/fields.ts
function findField(ledger, profile, name) {
  const spec = profile.fields.get(nameKey(name));
  const keys = new Set(spec ? [spec.name, ...spec.aliases ?? []].map(nameKey) : [nameKey(name)]);
  return ledger.fields.find((f) => f.source === "header" && keys.has(f.key)) ?? ledger.fields.find((f) => keys.has(f.key));
}

// src/core/ledger/sections.ts
function specFor(profile, name) {
  const key = nameKey(name);
  const stack = [...profile.spec.sections];
  while (stack.length > 0) {
    const spec = stack.pop();
    if (sectionKeys(spec).includes(key)) return spec;
    stack.push(...spec.children ?? []);
  }
  return void 0;
}
function sectionMatches(spec, section) {
  if ((spec.kind ?? "heading") === "heading" && section.kind !== "heading") return false;
  return sectionKeys(spec).includes(section.key);
}
function findSection(ledger, profile, path) {
  let scope = ledger.sections;
  let found;
  for (const name of path.split(">").map((n) => n.trim())) {
    const spec = specFor(profile, name) ?? { name };
    found = firstInOrder(scope, (s) => sectionMatches(spec, s));
    if (!found) return void 0;
    scope = found.children;
  }
  return found;
}
function firstInOrder(scope, test) {
  let level = scope;
  while (level.length > 0) {
    const found = level.find(test);
    if (found) return found;
    level = level.flatMap((s) => s.children);
  }
  return void 0;
}
function itemsIn(ledger, section) {
  return ledger.items.filter((i) => i.line > section.line && i.line <= section.endLine);
}
function checkboxesIn(ledger, section) {
  return itemsIn(ledger, section).filter((i) => i.checkbox !== null);
}

// src/core/ledger/refs.ts
function proseLinesOf(ledger, path, profile) {
  const section = path ? findSection(ledger, profile, path) : void 0;
  if (!section) return [];
  const lines = [];
  for (let l = section.line + 1; l <= section.endLine; l++) if (ledger.prose[l - 1]) lines.push(l);
  return lines;
}
var cache2 = /* @__PURE__ */ new WeakMap();
function ledgerRefs(ledger, profile) {
  const cached2 = cache2.get(ledger);
  if (cached2?.profile === profile) return cached2.refs;
  const refs = {
    commits: commitRefsIn(ledger.lines.text, proseLinesOf(ledger, profile.spec.commits?.section, profile)),
    keyFiles: keyFileRefsIn(ledger.lines.text, proseLinesOf(ledger, profile.spec.keyFiles?.section, profile))
  };
  cache2.set(ledger, { profile, refs });
  return refs;
}
function spanOf(ref) {
  return { line: ref.line, column: ref.column, endLine: ref.line, endColumn: ref.endColumn };
}
function commitRefs(ledger, profile) {
  return ledgerRefs(ledger, profile).commits;
}
function foundCommits(ledger, profile, facts) {
  const bySha = facts.commits?.bySha;
  if (!bySha) return [];
  return commitRefs(ledger, profile).flatMap((ref) => {
    const fact = ref.sha === null ? void 0 : bySha.get(ref.sha);
    return fact?.status === "found" ? [{ ref, fact }] : [];
  });
}
function keyFileRefs(ledger, profile) {
  return ledgerRefs(ledger, profile).keyFiles;
}
function scanRefs(text2, outline, profile) {
  const { commits: commits2, keyFiles: keyFiles2 } = profile.spec;
  if (!commits2 && !keyFiles2) return { commits: [], keyFiles: [] };
  const lines = splitLines(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2).text;
  const linesOf = (path) => {
    if (!path) return [];
    const name = path.split(">").pop().trim();
    const keys = new Set(sectionKeys(specFor(profile, name) ?? { name }));
    const depth = Math.min(...outline.headings.filter((h) => keys.has(h.key)).map((h) => h.depth));
    const index = outline.headings.findIndex((h) => keys.has(h.key) && h.depth === depth);
    if (index < 0) return [];
    const heading = outline.headings[index];
    const next = outline.headings.slice(index + 1).find((h) => h.depth <= heading.depth);
    const numbers = [];
    for (let l = heading.line + 1; l < (next?.line ?? lines.length + 1); l++) if (!outline.nonProse.has(l)) numbers.push(l);
    return numbers;
  };
  return { commits: commitRefsIn(lines, linesOf(commits2?.section)), keyFiles: keyFileRefsIn(lines, linesOf(keyFiles2?.section)) };
}
function ledgerPrdNumber(ledger, profile) {
  const fromTitle = ledger.title ? /\bPRD[ \t_-]?0*(\d+)\b/i.exec(ledger.title.text) : null;
  if (fromTitle) return fromTitle[1];
  const field = findField(ledger, profile, "PRD");
  const fromField = field ? /(?:^|[\s/`])(?:PRD[ \t_-]?)?0*([1-9]\d*|0)(?=[_\-.\s`]|$)/i.exec(field.value) : null;
  return fromField ? fromField[1] : null;
}

// src/core/rules/rule.ts
var DOCS_BASE = "https://github.com/ledgerlint/ledgerlint/blob/main/docs/rules/";
function defineRule(rule) {
  return { ...rule, meta: { ...rule.meta, docs: `${DOCS_BASE}${rule.meta.id}.md` } };
}

// src/core/rules/commit-duplicate.ts
var commit_duplicate_default = defineRule({
  meta: {
    id: "commit-duplicate",
    description: "No commit is listed twice in Git Commits.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const seen = [];
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha === null) continue;
      const fact = facts.commits?.bySha.get(ref.sha);
      const id = fact?.status === "found" ? fact.sha : ref.sha;
      const first = seen.find((s) => s.id === id);
      if (first) {
        report({ message: `Commit ${ref.raw} is listed twice (first at line ${first.ref.line}).`, ...spanOf(ref) });
      } else {
        seen.push({ ref, id });
      }
    }
  }
});

// src/core/ledger/placeholders.ts
var screens = /* @__PURE__ */ new WeakMap();
function screenFor(profile) {
  if (screens.has(profile)) return screens.get(profile);
  const sources = profile.placeholders.map((p) => p.anchored ? p.regex.source.replace(/^\^/, "").replace(/(?<!\\)\$$/, "") : p.regex.source);
  const joinable = sources.every((source) => !/\\[1-9k]|\(\?<[^=!]/.test(source));
  let screen = null;
  if (joinable && sources.length > 0) {
    try {
      screen = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "u");
    } catch {
      screen = null;
    }
  }
  screens.set(profile, screen);
  return screen;
}
function placeholdersIn(line, profile) {
  const screen = screenFor(profile);
  if (screen && !screen.test(line)) return [];
  const hits = [];
  const { content, offset } = lineContent(line);
  for (const { regex, label, anchored } of profile.placeholders) {
    const haystack = anchored ? content : line;
    const shift = anchored ? offset : 0;
    regex.lastIndex = 0;
    for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ start: m.index + shift, end: m.index + shift + m[0].length, text: m[0], label });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
function hasPlaceholder(text2, profile) {
  return placeholdersIn(text2, profile).length > 0;
}

// src/core/rules/commit-exists.ts
var commit_exists_default = defineRule({
  meta: {
    id: "commit-exists",
    description: "Every commit listed in Git Commits exists in the repository, and a short SHA names exactly one commit.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const commits2 = facts.commits;
    if (!commits2) return;
    let noticed = false;
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue;
      const fact = commits2.bySha.get(ref.sha);
      const at = spanOf(ref);
      if (fact?.status === "missing") {
        report({ message: `Commit ${ref.raw} does not exist in this repository.`, ...at });
      } else if (fact?.status === "ambiguous") {
        const shown = fact.candidates.slice(0, 5).map((c) => c.slice(0, Math.max(12, ref.raw.length + 2)));
        const more = fact.candidates.length > 5 ? ` and ${fact.candidates.length - 5} more` : "";
        report({ message: `Commit ${ref.raw} is ambiguous: it could be ${shown.join(", ")}${more}; write more digits.`, ...at });
      } else if (fact?.status === "unverifiable" && !noticed && commits2.shallowNotice?.sha === ref.sha) {
        noticed = true;
        const others = commits2.shallowNotice.others;
        const also = others > 0 ? ` (nor ${others} other commit${others === 1 ? "" : "s"} in this run)` : "";
        report({
          message: `Commit ${ref.raw} cannot be verified in a shallow clone${also}; fetch full history (actions/checkout: fetch-depth: 0).`,
          ...at,
          severity: "warning"
        });
      }
    }
  }
});

// src/core/rules/commit-reachable.ts
var commit_reachable_default = defineRule({
  meta: {
    id: "commit-reachable",
    description: "Every commit listed in Git Commits is on the current branch (reachable from HEAD), not left behind by a rebase.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (fact.reachable) continue;
      const hint = fact.rewrittenAs ? `; a rebase may have rewritten it: ${fact.rewrittenAs.slice(0, Math.max(7, ref.raw.length))} on this branch has the same subject` : "; a rebase may have rewritten it, or its branch was abandoned";
      report({ message: `Commit ${ref.raw} exists but is not reachable from HEAD${hint}.`, ...spanOf(ref) });
    }
  }
});

// src/core/rules/commit-sha.ts
var commit_sha_default = defineRule({
  meta: {
    id: "commit-sha",
    description: "Every commit listed in Git Commits is written as a SHA: 7 to 40 hexadecimal digits.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha !== null || hasPlaceholder(ref.raw, profile)) continue;
      const digits = ref.raw.length;
      const problem = !/^[0-9a-f]+$/i.test(ref.raw) ? "is not hexadecimal" : digits < 7 ? `has only ${digits} digits; a SHA needs at least 7 to be looked up` : `has ${digits} digits; a SHA has at most 40 (64 in a SHA-256 repository)`;
      report({ message: `"${ref.raw}" is not a commit SHA: it ${problem}.`, ...spanOf(ref) });
    }
  }
});

// src/core/rules/commit-subject.ts
var normalise = (subject) => trimEndOf(subject.toLowerCase().replace(/\s+/g, " ").trim().replace(/(?:\.\.\.|…)$/, ""), " .");
var commit_subject_default = defineRule({
  meta: {
    id: "commit-subject",
    description: "The subject written beside a commit matches the commit's real subject (a shortened prefix is fine).",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (ref.message === "") continue;
      const listed = normalise(ref.message);
      if (listed === "" || normalise(fact.subject).startsWith(listed)) continue;
      report({ message: `Commit ${ref.raw} is listed as "${ref.message}" but its subject is "${fact.subject}".`, ...spanOf(ref) });
    }
  }
});

// src/core/rules/commit-task.ts
var commit_task_default = defineRule({
  meta: {
    id: "commit-task",
    description: "The task a commit names ([PRD-07 Task 1.1]) exists in the ledger, and the PRD it names is the ledger's own.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const refs = commitRefs(ledger, profile);
    if (refs.length === 0) return;
    const tasksSection = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
    const ids = new Set(tasksSection ? checkboxesIn(ledger, tasksSection).flatMap((t) => t.id ? [t.id] : []) : []);
    const prd = ledgerPrdNumber(ledger, profile);
    const reported = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const at = { line: ref.line, column: ref.column };
      for (const task of ids.size > 0 ? ref.tasks : []) {
        if (ids.has(task) || reported.has(`${ref.line}:${task}`)) continue;
        reported.add(`${ref.line}:${task}`);
        report({ message: `Commit ${ref.raw} names Task ${task}, but ${tasksSection.title} has no Task ${task}.`, ...at });
      }
      for (const other of prd === null ? [] : ref.prds) {
        if (other === prd || reported.has(`${ref.line}:PRD${other}`)) continue;
        reported.add(`${ref.line}:PRD${other}`);
        report({ message: `Commit ${ref.raw} names PRD ${other}, but this ledger is PRD ${prd}.`, ...at, severity: "warning" });
      }
    }
  }
});

// src/core/ledger/blockers.ts
var NONE = /^(?:none|n\/a|na|nothing|no blockers?|-|—)(?:\s+(?:currently|at the moment|yet))?[.!]?$/i;
var RESOLVED = /^(?:✅\s*)?(?:resolved|closed|fixed|done|unblocked)\b/iu;
function isNoneText(text2) {
  const plain = stripInlineMarks(text2).trim();
  return plain === "" || NONE.test(plain);
}
function openBlockers(ledger, profile) {
  const path = profile.spec.completion.blockers;
  const section = path ? findSection(ledger, profile, path) : void 0;
  if (!section) return [];
  const open = [];
  if (section.inlineText && !isNoneText(section.inlineText)) {
    open.push({ text: section.inlineText, line: section.line, column: section.column });
  }
  const items = itemsIn(ledger, section).filter((i) => i.section === section);
  const outermost = items.filter((i) => !items.includes(i.parent));
  for (const item of outermost) {
    if (isNoneText(item.text) || item.struck || item.checkbox?.state === "done" || isResolved(item)) continue;
    open.push({ text: item.text, line: item.line, column: item.column });
  }
  if (items.length === 0 && !section.inlineText) {
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const text2 = ledger.lines.text[line - 1].trim();
      if (ledger.prose[line - 1] && text2 !== "" && !/^-{3,}$|^\*{3,}$/.test(text2) && !isNoneText(text2)) {
        open.push({ text: text2, line, column: 1 });
        break;
      }
    }
  }
  return open;
}
function isResolved(item) {
  if (/\(\s*(?:resolved|closed|fixed)\b/i.test(item.text) || /✅/u.test(item.text)) return true;
  return item.children.some((child) => /^status\s*:/i.test(child.text) && RESOLVED.test(stripInlineMarks(child.text.replace(/^status\s*:/i, ""))));
}

// src/core/ledger/tasks.ts
function parentTask(item) {
  for (let p = item.parent; p; p = p.parent) if (p.checkbox) return p;
  return null;
}
function subtasks(item) {
  const out = [];
  const stack = [...item.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop();
    if (child.checkbox) out.push(child);
    else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
  return out;
}
function describeItem(item) {
  if (item.id) return /^sub/i.test(item.text) ? `Subtask ${item.id}` : `Task ${item.id}`;
  const text2 = item.text.length > 60 ? `${item.text.slice(0, 57)}\u2026` : item.text;
  return `"${text2}"`;
}
function itemTextAfterId(item) {
  return item.text.replace(/^[^\p{L}\p{N}]*(?:(?:sub)?task[ \t]+)?\d+(?:\.\d+)+[ \t]*[:.)–—-]?[ \t]*/iu, "").trim();
}
function phasesOf(ledger, profile) {
  const tasks = profile.spec.tasks;
  if (!tasks || !profile.phasePattern) return { tasksSection: void 0, phases: [] };
  const tasksSection = findSection(ledger, profile, tasks.section);
  if (!tasksSection) return { tasksSection, phases: [] };
  const phases = [];
  for (const section of tasksSection.children) {
    if (section.kind !== "heading") continue;
    const match = profile.phasePattern.exec(section.title.replace(/^[^\p{L}\p{N}]+/u, ""));
    if (!match) continue;
    phases.push({ id: match.groups?.id ?? match[1] ?? String(phases.length + 1), section, tasks: checkboxesIn(ledger, section) });
  }
  return { tasksSection, phases };
}
function isExempt(item) {
  return item.struck || /\(\s*N\/A\s*\)|(?:^|\s)N\/A\s*:/i.test(item.text);
}
function isNotApplicable(item) {
  for (let i = item; i; i = parentTask(i)) if (isExempt(i)) return true;
  return false;
}
function countedTasks(tasks, policy) {
  const inScope = new Set(tasks);
  const chosen = policy === "all" ? tasks : policy === "leaves" ? tasks.filter((t) => subtasks(t).length === 0) : tasks.filter((t) => {
    const parent = parentTask(t);
    return parent === null || !inScope.has(parent);
  });
  return chosen.filter((t) => !isNotApplicable(t));
}

// src/core/ledger/progress.ts
var PHASE_LABEL = /\b(?:phase|stage)[ \t]+(\d+[a-z]?)\b/i;
var OVERALL_LABEL = /\b(?:overall|total)\b/i;
var PERCENT = /(?<![\d.])(\d{1,3})(?:\.(\d{1,2}))?[ \t]*%/;
var FRACTION = /(?<![\d./])(\d{1,6})(?:[ \t]*\/[ \t]*|[ \t]+of[ \t]+)(\d{1,6})(?![\d/])/gi;
var COUNTING = /^[ \t]*(?:\)|tasks?\b|items?\b|done\b|complete\b|finished\b)/i;
function readSummary(ledger, profile) {
  const spec = profile.spec.progress;
  const section = spec ? findSection(ledger, profile, spec.section) : void 0;
  const lines = [];
  if (!section) return { section, lines };
  for (let line = section.line + 1; line <= section.endLine; line++) {
    if (!ledger.prose[line - 1]) continue;
    const parsed = parseSummaryLine(ledger.lines.text[line - 1], line);
    if (parsed) lines.push(parsed);
  }
  return { section, lines };
}
function parseSummaryLine(text2, line) {
  const phaseMatch = PHASE_LABEL.exec(text2);
  const overallMatch = OVERALL_LABEL.exec(text2);
  const phase = phaseMatch && (!overallMatch || phaseMatch.index < overallMatch.index) ? phaseMatch : null;
  const label = phase ?? overallMatch;
  if (!label) return null;
  const from = label.index + label[0].length;
  const rest = text2.slice(from);
  const p = PERCENT.exec(rest);
  const fractions = [...rest.matchAll(FRACTION)];
  const f = fractions.find((m) => COUNTING.test(rest.slice(m.index + m[0].length))) ?? fractions[0];
  if (!p && !f) return null;
  const percent = p ? { value: Number(`${p[1]}${p[2] ? `.${p[2]}` : ""}`), decimals: p[2]?.length ?? 0, start: from + p.index, end: from + p.index + p[0].length, numberEnd: from + p.index + p[1].length + (p[2] ? p[2].length + 1 : 0) } : null;
  const fraction = f ? { done: Number(f[1]), total: Number(f[2]), start: from + f.index, end: from + f.index + f[0].length, doneEnd: from + f.index + f[1].length, totalStart: from + f.index + f[0].length - f[2].length } : null;
  return {
    line,
    phase: phase ? phase[1].toLowerCase() : null,
    idSpan: phase ? { start: phase.index + phase[0].length - phase[1].length, end: phase.index + phase[0].length } : null,
    label: phase ? `Phase ${phase[1]}` : "Overall",
    percent,
    fraction,
    presentsDone: percent?.value === 100 || /[✅✔☑]/u.test(text2)
  };
}
function tally(tasks, policy) {
  const counted = countedTasks(tasks, policy);
  return { done: counted.filter((t) => t.checkbox?.state === "done").length, total: counted.length };
}
function percentMatches(percent, { done, total }) {
  if (total === 0) return percent.value === 0;
  const exact = done / total * 100;
  const scale = 10 ** percent.decimals;
  const rounded = Math.round(exact * scale) / scale;
  const truncated = Math.floor(exact * scale + 1e-9) / scale;
  return Math.abs(percent.value - rounded) < 1e-9 || Math.abs(percent.value - truncated) < 1e-9;
}
function sumTallies(tallies) {
  return tallies.reduce((sum, t) => ({ done: sum.done + t.done, total: sum.total + t.total }), { done: 0, total: 0 });
}
function formatPercent({ done, total }, decimals = 0) {
  const value = total === 0 ? 0 : done / total * 100;
  return `${decimals === 0 ? Math.round(value) : value.toFixed(decimals)}%`;
}
function roundedPercent({ done, total }) {
  return total === 0 ? 0 : Math.round(done / total * 100);
}
function summaryLineEdits(text2, summary, target) {
  const edits = [];
  const { percent, fraction } = summary;
  if (fraction) {
    edits.push({ start: fraction.start, end: fraction.doneEnd, text: String(target.done) });
    edits.push({ start: fraction.totalStart, end: fraction.end, text: String(target.total) });
  }
  if (percent) {
    const value = target.total === 0 ? 0 : target.done / target.total * 100;
    edits.push({ start: percent.start, end: percent.numberEnd, text: percent.decimals > 0 ? value.toFixed(percent.decimals) : String(Math.round(value)) });
  }
  const changed = edits.filter((e) => text2.slice(e.start, e.end) !== e.text);
  return changed.length > 0 ? edits.sort((a, b) => a.start - b.start) : null;
}
function phaseProgress(ledger, profile, policy) {
  const { tasksSection, phases } = phasesOf(ledger, profile);
  const result = phases.map((phase) => ({ phase, actual: tally(phase.tasks, policy) }));
  const unphased = tasksSection && phases.length === 0 ? tally(checkboxesIn(ledger, tasksSection), policy) : null;
  return { phases: result, unphased };
}

// src/core/rules/placeholders.ts
var placeholders_default = defineRule({
  meta: {
    id: "placeholders",
    description: "No template text is left unfilled ([Feature Name], YYYY-MM-DD, XX, example SHAs, \u2026).",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    ledger.lines.text.forEach((line, index) => {
      if (!ledger.prose[index]) return;
      for (const hit of placeholdersIn(line, profile)) {
        const what = hit.label === hit.text ? `"${hit.text}"` : `"${hit.text}" (${hit.label})`;
        report({ message: `Template placeholder ${what} is still here; fill it in or remove it.`, line: index + 1, column: hit.start + 1, endLine: index + 1, endColumn: hit.end + 1 });
      }
    });
  }
});

// src/core/zod.ts
config(en_default());
var text = () => string2().check(_minLength(1));
var regexSource = () => text().check(
  superRefine((source, ctx) => {
    try {
      new RegExp(source, "iu");
    } catch (error2) {
      ctx.addIssue({ code: "custom", message: `not a valid regular expression (${error2.message})`, input: source });
    }
  })
);
var described = (schema, description) => schema.check(describe2(description));

// src/core/rules/progress-math.ts
var Options = strictObject({
  count: described(_default(_enum(["top-level", "all", "leaves"]), "top-level"), "Which boxes a phase counts: top-level tasks, all boxes, or leaves only.")
});
var COUNTED = { "top-level": ["top-level task", "top-level tasks"], all: ["box", "boxes"], leaves: ["leaf task", "leaf tasks"] };
var show = ({ done, total }) => `${done}/${total}`;
var pct = (t) => `${roundedPercent(t)}%`;
var progress_math_default = defineRule({
  meta: {
    id: "progress-math",
    description: "Progress Summary percentages match their fractions, fractions match the checkboxes, and Overall is the sum of the phases' boxes.",
    defaultSeverity: "error",
    fixable: true
  },
  options: Options,
  check({ ledger, profile, options, report }) {
    const { section, lines } = readSummary(ledger, profile);
    if (!section) return;
    const { phases, unphased } = phaseProgress(ledger, profile, options.count);
    const [one, counted] = COUNTED[options.count];
    const phaseSum = sumTallies(phases.map((p) => p.actual));
    const targetOf = (summary) => summary.phase === null ? unphased ?? phaseSum : phases.find((p) => p.phase.id.toLowerCase() === summary.phase)?.actual ?? null;
    const fixOf = (summary) => {
      const target = targetOf(summary);
      if (!target || summary.fraction?.total === 0 && summary.presentsDone) return void 0;
      const lineStart = ledger.lines.starts[summary.line - 1];
      const edits = summaryLineEdits(ledger.lines.text[summary.line - 1], summary, target);
      return edits ? lineFix(ledger.source, lineStart, edits) : void 0;
    };
    const at = (summary, span) => {
      const fix = fixOf(summary);
      return {
        line: summary.line,
        column: (span?.start ?? 0) + 1,
        ...span ? { endLine: summary.line, endColumn: span.end + 1 } : {},
        ...fix ? { fix } : {}
      };
    };
    for (const summary of lines) {
      const { percent, fraction } = summary;
      if (fraction && fraction.total === 0 && summary.presentsDone) {
        report({ message: `${summary.label} is presented as done with 0/0 tasks; with nothing to do nothing is done.`, ...at(summary, percent ?? fraction) });
      } else if (percent && fraction && !percentMatches(percent, fraction)) {
        report({ message: `${summary.label} says ${percent.value}% but its own ${show(fraction)} is ${formatPercent(fraction, percent.decimals)}.`, ...at(summary, percent) });
      }
      if (fraction && fraction.done > fraction.total) {
        report({ message: `${summary.label} says ${show(fraction)}: more done than there are.`, ...at(summary, fraction) });
      }
    }
    const seen = /* @__PURE__ */ new Map();
    for (const summary of lines) {
      if (summary.phase === null) continue;
      const earlier = seen.get(summary.phase);
      if (earlier) {
        report({ message: `${summary.label} is summarised twice (first at line ${earlier.line}).`, line: summary.line, column: 1, severity: "warning" });
        continue;
      }
      seen.set(summary.phase, summary);
      const match = phases.find((p) => p.phase.id.toLowerCase() === summary.phase);
      if (!match) {
        report({ message: `Progress Summary lists ${summary.label}, but Tasks has no ${summary.label}.`, line: summary.line, column: 1 });
        continue;
      }
      checkAgainstBoxes(summary, match.actual, "its checkboxes show");
    }
    for (const [index, { phase, actual }] of phases.entries()) {
      if (seen.has(phase.id.toLowerCase()) || actual.total === 0) continue;
      const fix = missingLineFix(ledger, lines, phases.slice(0, index).map((p) => p.phase.id.toLowerCase()), phase.id, actual);
      report({
        message: `Phase ${phase.id} (${plural(actual.total, one, counted)}, ${actual.done} done) has no line in the Progress Summary; expected ${pct(actual)} (${show(actual)}).`,
        line: section.line,
        column: section.column,
        ...fix ? { fix } : {}
      });
    }
    for (const summary of lines) {
      if (summary.phase !== null) continue;
      checkAgainstBoxes(summary, unphased ?? phaseSum, unphased ? "the checkboxes in Tasks show" : "the phases add up to");
    }
    function checkAgainstBoxes(summary, actual, source) {
      const { fraction, percent } = summary;
      if (fraction && (fraction.done !== actual.done || fraction.total !== actual.total)) {
        report({ message: `${summary.label} says ${show(fraction)} tasks done, but ${source} ${show(actual)} (${counted}); expected ${pct(actual)} (${show(actual)}).`, ...at(summary, fraction) });
      } else if (!fraction && percent && !percentMatches(percent, actual)) {
        report({ message: `${summary.label} says ${percent.value}%, but ${source} ${show(actual)} (${counted}), which is ${pct(actual)}.`, ...at(summary, percent) });
      }
    }
  }
});
function missingLineFix(ledger, lines, earlierIds, id, target) {
  const phaseLines = lines.filter((l) => l.phase !== null);
  const after = [...phaseLines].reverse().find((l) => earlierIds.includes(l.phase));
  const anchor = after ?? phaseLines[0] ?? lines[0];
  if (!anchor) return void 0;
  const template = phaseLines[0];
  const text2 = template ? clonedLine(ledger.lines.text[template.line - 1], template, id, target) : null;
  const indent = /^\s*/.exec(ledger.lines.text[anchor.line - 1])[0];
  const line = text2 ?? `${indent}- **Phase ${id}:** ${roundedPercent(target)}% complete (${target.done}/${target.total} tasks done)`;
  const eol = /\r\n|\r|\n/.exec(ledger.source.slice(ledger.lines.starts[anchor.line - 1] + ledger.lines.text[anchor.line - 1].length))?.[0] ?? "\n";
  if (after) {
    const end = ledger.lines.starts[after.line - 1] + ledger.lines.text[after.line - 1].length;
    return { start: end, end, text: `${eol}${line}` };
  }
  const start = ledger.lines.starts[anchor.line - 1];
  return { start, end: start, text: `${line}${eol}` };
}
function clonedLine(text2, template, id, target) {
  const span = template.idSpan;
  if (!/^[ \t]*(?:(?:\*\*|__)[ \t]*)?:/.test(text2.slice(span.end))) return null;
  const cloned = `${text2.slice(0, span.start)}${id}${text2.slice(span.end)}`.replace(/[ \t]*[✅✔☑⏳🚧]\uFE0F?/gu, "");
  const parsed = parseSummaryLine(cloned, 1);
  if (!parsed) return null;
  const edits = summaryLineEdits(cloned, parsed, target);
  return edits ? applyFixes(cloned, [lineFix(cloned, 0, edits)]).output : cloned;
}

// src/core/engine/gate.ts
var DEFAULTS = (ruleId) => ({ severity: "error", options: ruleId === progress_math_default.meta.id ? progress_math_default.options.parse({}) : {} });
function gateBlockers(ledger, profile, facts, settings = DEFAULTS) {
  const all = [
    ...openTasks(ledger, profile),
    ...uncheckedChecklists(ledger, profile),
    ...openBlockers(ledger, profile).map((b) => ({ message: `a current blocker is still open: ${b.text}`, line: b.line, column: b.column })),
    ...progress(ledger, profile, facts, settings),
    ...commits(ledger, profile, facts),
    ...keyFiles(ledger, profile, facts),
    ...testing(ledger, profile),
    ...fromRule(placeholders_default, ledger, profile, facts, settings)
  ];
  return all.filter((b) => !b.rule || settings(b.rule) !== null).sort((a, b) => a.line - b.line || a.column - b.column);
}
function unticked(item) {
  return item.checkbox !== null && item.checkbox.state !== "done" && !isNotApplicable(item);
}
function openTasks(ledger, profile) {
  const section = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
  if (!section) return [];
  return checkboxesIn(ledger, section).filter(unticked).map((item) => {
    const state = item.checkbox.state === "open" ? "open" : `marked ${item.checkbox.marker}`;
    const rest = item.id ? itemTextAfterId(item) : "";
    return { message: `${describeItem(item)} is ${state}${rest ? `: ${rest}` : ""}`, line: item.line, column: item.checkbox.column };
  });
}
function uncheckedChecklists(ledger, profile) {
  return profile.spec.completion.checklists.flatMap((path) => {
    const checklist = findSection(ledger, profile, path);
    if (!checklist) return [];
    return checkboxesIn(ledger, checklist).filter(unticked).map((item) => ({ message: `"${item.text}" in ${checklist.title} is not ticked`, line: item.line, column: item.checkbox.column }));
  });
}
function progress(ledger, profile, facts, settings) {
  const { section, lines } = readSummary(ledger, profile);
  if (!section) return [];
  if (lines.length === 0) return [{ message: `${section.title} states no progress`, line: section.line, column: section.column }];
  const incomplete = lines.flatMap((l) => {
    const done = l.fraction ? l.fraction.done >= l.fraction.total : l.percent?.value === 100;
    if (done) return [];
    const at = l.fraction ?? l.percent;
    const shown = l.fraction ? `${formatPercent(l.fraction)} (${l.fraction.done}/${l.fraction.total})` : `${l.percent.value}%`;
    return [{ message: `${l.label} is at ${shown}, not 100%`, line: l.line, column: at.start + 1 }];
  });
  return [...incomplete, ...fromRule(progress_math_default, ledger, profile, facts, settings)];
}
function commits(ledger, profile, facts) {
  const spec = profile.spec.commits;
  if (!spec) return [];
  const refs = commitRefs(ledger, profile);
  if (refs.length === 0) return [listsNothing(ledger, profile, spec.section, "commits", "commit-exists")];
  const out = [];
  for (const ref of refs) {
    const at = spanOf(ref);
    if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue;
    const fact = facts.commits?.bySha.get(ref.sha);
    if (fact?.status === "missing") out.push({ message: `commit ${ref.raw} does not exist in this repository`, ...at, rule: "commit-exists", reportedAsError: true });
    else if (fact?.status === "ambiguous") out.push({ message: `commit ${ref.raw} is ambiguous`, ...at, rule: "commit-exists", reportedAsError: true });
    else if (fact?.status === "unverifiable") out.push({ message: `commit ${ref.raw} cannot be verified in a shallow clone`, ...at, rule: "commit-exists" });
    else if (fact?.status === "found" && !fact.reachable) out.push({ message: `commit ${ref.raw} is not on this branch (not reachable from HEAD)`, ...at, rule: "commit-reachable" });
  }
  return out;
}
function keyFiles(ledger, profile, facts) {
  const spec = profile.spec.keyFiles;
  if (!spec) return [];
  const refs = keyFileRefs(ledger, profile);
  if (refs.length === 0) return [listsNothing(ledger, profile, spec.section, "files", "key-files")];
  const source = facts.paths?.source ?? "working tree";
  return refs.filter((ref) => !hasPlaceholder(ref.raw, profile) && (ref.outside || facts.paths?.byPath.get(ref.path)?.exists === false)).map((ref) => ({ message: ref.outside ? `key file ${ref.path} is outside the repository` : `key file ${ref.path} does not exist in the ${source}`, line: ref.line, column: ref.column, rule: "key-files" }));
}
function listsNothing(ledger, profile, path, what, rule) {
  const section = findSection(ledger, profile, path);
  return { message: `${section?.title ?? path} lists no ${what}`, line: section?.line ?? 1, column: 1, rule };
}
var STATUS_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?status(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
var COVERAGE_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?coverage(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(\d{1,3}(?:\.\d+)?)\s*%(?:[^(\n]*\(\s*target\s*:?\s*(\d{1,3}(?:\.\d+)?)\s*%)?/i;
var THRESHOLD = /coverage\s*(?:≥|>=|=>|of at least|at least)\s*(\d{1,3}(?:\.\d+)?)\s*%/i;
var COMPLETE = /^(?:✅\s*)?(?:complete|completed|done|passing|passed|green|n\/a)\b/i;
function testing(ledger, profile) {
  const path = profile.spec.completion.testing;
  const section = path ? findSection(ledger, profile, path) : void 0;
  if (!section) return [];
  const out = [];
  const checklistItems = profile.spec.completion.checklists.flatMap((p) => {
    const s = findSection(ledger, profile, p);
    return s ? checkboxesIn(ledger, s) : [];
  });
  const floorItem = [...checklistItems, ...checkboxesIn(ledger, section)].find((i) => THRESHOLD.test(i.text));
  const floor = floorItem ? Number(THRESHOLD.exec(floorItem.text)[1]) : null;
  for (let line = section.line + 1; line <= section.endLine; line++) {
    if (!ledger.prose[line - 1]) continue;
    const text2 = ledger.lines.text[line - 1];
    if (hasPlaceholder(text2, profile)) continue;
    const where = headingAt(ledger, section, line);
    const status = STATUS_LINE.exec(text2);
    if (status) {
      const value = stripInlineMarks(status[1]);
      if (value !== "" && !COMPLETE.test(value)) out.push({ message: `${where}: Status is ${value}, not complete`, line, column: text2.search(/\S/) + 1 });
      continue;
    }
    const coverage = COVERAGE_LINE.exec(text2);
    if (!coverage) continue;
    const stated = Number(coverage[1]);
    const target = coverage[2] === void 0 ? null : Number(coverage[2]);
    const column = text2.indexOf(coverage[1]) + 1;
    if (target !== null && stated < target) out.push({ message: `${where}: coverage ${stated}% is below its target of ${target}%`, line, column });
    else if (floor !== null && stated < floor) out.push({ message: `${where}: coverage ${stated}% is below the ${floor}% that "${floorItem.text}" asks for`, line, column });
  }
  for (const item of checkboxesIn(ledger, section).filter(unticked)) {
    out.push({ message: `"${item.text}" in ${item.section?.title ?? section.title} is not ticked`, line: item.line, column: item.checkbox.column });
  }
  return out;
}
function headingAt(ledger, section, line) {
  let found = section;
  for (const s of ledger.allSections) if (s.line > section.line && s.line <= line && line <= s.endLine && s.depth >= found.depth) found = s;
  return found.title;
}
function fromRule(rule, ledger, profile, facts, settings) {
  const setting = settings(rule.meta.id);
  if (!setting) return [];
  const out = [];
  const report = (r) => {
    if (r.severity === "warning") return;
    out.push({ message: lowerFirst(r.message.replace(/\.$/, "")), line: r.line, column: r.column ?? 1, ...r.endLine !== void 0 ? { endLine: r.endLine } : {}, ...r.endColumn !== void 0 ? { endColumn: r.endColumn } : {}, rule: rule.meta.id, reportedAsError: true });
  };
  rule.check({ ledger, profile, options: setting.options, facts, setting: settings, report });
  return out;
}
function lowerFirst(text2) {
  return /^(?:Phase|Overall|Task|Subtask)\b/.test(text2) ? text2 : text2.charAt(0).toLowerCase() + text2.slice(1);
}

// src/core/ledger/status.ts
function ledgerStatus(ledger, profile) {
  const field = findField(ledger, profile, profile.spec.status.field);
  return { field, state: field ? lookupStatus(profile, field.value) : void 0 };
}
function isDone(ledger, profile) {
  return ledgerStatus(ledger, profile).state?.done === true;
}

// src/core/rules/completion-gate.ts
var completion_gate_default = defineRule({
  meta: {
    id: "completion-gate",
    description: "A ledger in a done state has its tasks, checklists, blockers, progress, commits, key files and testing complete (what `ledgerlint gate` lists).",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, setting, report }) {
    const { field, state } = ledgerStatus(ledger, profile);
    if (!field || !state?.done) return;
    for (const blocker of gateBlockers(ledger, profile, facts, setting)) {
      if (blocker.reportedAsError && blocker.rule && setting(blocker.rule)?.severity === "error") continue;
      const { message, rule: _rule, reportedAsError: _error, ...at } = blocker;
      report({ message: `Status is ${state.name} but ${message}.`, ...at });
    }
  }
});

// src/core/text/dates.ts
var DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?(?:\s*(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\([^)]*\)))?$/;
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function parseLedgerDate(value, formats) {
  const match = DATE_VALUE.exec(value.trim());
  const expected = formats.join(" or ");
  if (!match) return { ok: false, problem: `is not a date in the form ${expected}` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== void 0;
  if (!formats.some((f) => f === "YYYY-MM-DD HH:MM" === hasTime)) return { ok: false, problem: `is not a date in the form ${expected}` };
  if (month < 1 || month > 12) return { ok: false, problem: `is not a real date (there is no month ${match[2]})` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, problem: `is not a real date (${MONTHS[month - 1]} ${year} has ${days} days)` };
  let time2 = null;
  if (hasTime) {
    const [hour, minute] = [Number(match[4]), Number(match[5])];
    if (hour > 23 || minute > 59) return { ok: false, problem: `is not a real time of day (${match[4]}:${match[5]})` };
    time2 = { hour, minute };
  }
  const sortKey = ((year * 100 + month) * 100 + day) * 1e4 + (time2 ? time2.hour * 100 + time2.minute : 0);
  return { ok: true, date: { year, month, day, time: time2, sortKey } };
}
function isBefore(a, b) {
  if (a.time && b.time) return a.sortKey < b.sortKey;
  return Math.floor(a.sortKey / 1e4) < Math.floor(b.sortKey / 1e4);
}

// src/core/rules/header-fields.ts
var header_fields_default = defineRule({
  meta: {
    id: "header-fields",
    description: "The title and header fields are present and well-formed: Status in the vocabulary, real dates in order.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const { spec } = profile;
    if (spec.title && profile.titlePattern) {
      if (!ledger.title) {
        report({ message: `Missing title; the template starts with "${spec.title.example}".`, line: 1, column: 1 });
      } else if (!profile.titlePattern.test(ledger.title.text)) {
        report({ message: `Title "# ${ledger.title.text}" does not follow "${spec.title.example}".`, line: ledger.title.line, column: ledger.title.column, severity: "warning" });
      }
    }
    if (ledger.frontMatter?.error) {
      const { message, line, column } = ledger.frontMatter.error;
      report({ message: `Front matter is not valid YAML: ${message}.`, line, column });
    }
    const dates = /* @__PURE__ */ new Map();
    let previous = null;
    for (const fieldSpec of spec.fields) {
      const field = findField(ledger, profile, fieldSpec.name);
      if (!field) {
        if (fieldSpec.required) {
          const where = previous ? ` (the template puts it after "**${previous.spec.name}:**")` : "";
          report({ message: `Missing header field "**${fieldSpec.name}:**"${where}.`, line: previous?.field.line ?? ledger.title?.line ?? 1, column: 1 });
        }
        continue;
      }
      previous = { spec: fieldSpec, field };
      reportDuplicates(fieldSpec, field);
      const at = { line: field.line, column: field.valueColumn };
      const value = stripInlineMarks(field.value);
      if (value === "") {
        if (fieldSpec.required) report({ message: `Header field "${field.name}" is empty.`, line: field.line, column: field.column });
        continue;
      }
      if (hasPlaceholder(field.value, profile)) continue;
      if ((fieldSpec.allow ?? []).some((word) => nameKey(word) === nameKey(value))) continue;
      switch (fieldSpec.type) {
        case "status": {
          if (!lookupStatus(profile, value)) {
            const states = spec.status.states.map((s) => s.name).join(", ");
            report({ message: `Status "${value}" is not one of ${states} (or their synonyms; a profile's status.states can add more).`, ...at });
          }
          break;
        }
        case "integer": {
          if (!/^\d+$/.test(value)) report({ message: `${field.name} "${value}" is not a whole number.`, ...at });
          break;
        }
        case "date": {
          const parsed = parseLedgerDate(value, fieldSpec.formats ?? ["YYYY-MM-DD"]);
          if (!parsed.ok) report({ message: `${field.name} "${value}" ${parsed.problem}.`, ...at });
          else dates.set(nameKey(fieldSpec.name), { field, date: parsed.date });
          break;
        }
        case "text":
          break;
      }
    }
    for (const fieldSpec of spec.fields) {
      if (!fieldSpec.notBefore) continue;
      const later = dates.get(nameKey(fieldSpec.name));
      const earlier = dates.get(nameKey(fieldSpec.notBefore));
      if (later && earlier && isBefore(later.date, earlier.date)) {
        report({
          message: `${later.field.name} ${stripInlineMarks(later.field.value)} is before ${earlier.field.name} ${stripInlineMarks(earlier.field.value)}.`,
          line: later.field.line,
          column: later.field.valueColumn
        });
      }
    }
    function reportDuplicates(fieldSpec, first) {
      const keys = new Set([fieldSpec.name, ...fieldSpec.aliases ?? []].map(nameKey));
      for (const other of ledger.fields) {
        if (other === first || other.source !== "header" || !keys.has(other.key)) continue;
        report({ message: `Header field "${fieldSpec.name}" is given again (first at line ${first.line}).`, line: other.line, column: other.column, severity: "warning" });
      }
    }
  }
});

// src/core/rules/required-sections.ts
var required_sections_default = defineRule({
  meta: {
    id: "required-sections",
    description: "The profile's sections, subsections and bold-label sections are present, not empty and not duplicated.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const done = isDone(ledger, profile);
    const severityOf = (presence) => {
      if (presence === "required") return "error";
      if (presence === "recommended") return "warning";
      if (presence === "required-when-done") return done ? "error" : "warning";
      return null;
    };
    const visit = (specs, scope, parent, parentDepth) => {
      const matches = specs.map((spec) => matchSpec(spec, scope, parentDepth));
      specs.forEach((spec, index) => {
        const presence = spec.presence ?? "required";
        const severity = severityOf(presence);
        const { found, depth } = matches[index];
        const shown = display(spec, depth);
        const [first, ...again] = found;
        if (!first) {
          if (!severity) return;
          const next = matches.slice(index + 1).find((m) => m.found[0])?.found[0];
          const line = next?.line ?? parent?.line ?? ledger.lines.text.length;
          const when = presence === "required-when-done" && done ? "(required once the status is a done state)" : "";
          const where = [when, placement(specs, index, parent)].filter(Boolean).join(" ");
          report({ message: `Missing ${parent ? "subsection" : "section"} ${shown}${where ? ` ${where}` : ""}.`, line, column: 1, severity });
          return;
        }
        const wrongLevel = first.kind === "heading" && spec.kind !== "label" && first.depth !== depth;
        if (wrongLevel && severity) {
          report({ message: `Section "${first.title}" is a level-${first.depth} heading; the template makes it ${shown}.`, line: first.line, column: first.column, severity });
        }
        for (const duplicate of again) {
          report({
            message: `${shown} appears again (first at line ${first.line}); keep one so every rule reads the same section.`,
            line: duplicate.line,
            column: duplicate.column,
            severity: presence === "required" ? "error" : "warning"
          });
        }
        if (!first.hasBody && severity && first.children.length === 0) {
          report({ message: `${first.kind === "label" ? "Label" : "Section"} ${shown} is empty.`, line: first.line, column: first.column, severity });
        }
        if (spec.children?.length) visit(spec.children, descendants(first.children), first, first.depth);
      });
    };
    visit(profile.spec.sections, descendants(ledger.sections), null, 1);
  }
});
function descendants(roots) {
  const out = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const s = stack.pop();
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]);
  }
  return out;
}
function matchSpec(spec, scope, parentDepth) {
  const kind = spec.kind ?? "heading";
  const depth = spec.level ?? parentDepth + 1;
  const candidates = scope.filter((s) => sectionMatches(spec, s));
  const atLevel = kind === "label" ? candidates : candidates.filter((s) => s.depth === depth);
  return { found: atLevel.length > 0 ? atLevel : candidates.slice(0, 1), depth };
}
function display(spec, depth) {
  return spec.kind === "label" ? `"**${spec.name}:**"` : `"${"#".repeat(depth)} ${spec.name}"`;
}
function placement(specs, index, parent) {
  const within = parent ? ` in "${parent.title}"` : "";
  const before = specs[index - 1];
  if (before) return `(the template puts it after "${before.name}"${within})`;
  const after = specs[index + 1];
  if (after) return `(the template puts it first${within}, before "${after.name}")`;
  return parent ? `(the template puts it${within})` : "";
}

// src/core/ledger/sessions.ts
function sessionEntries(ledger, profile) {
  const spec = profile.spec.sessions;
  const section = spec ? findSection(ledger, profile, spec.section) : void 0;
  if (!section || !profile.sessionEntry) return { section, entries: [] };
  const pattern = profile.sessionEntry;
  const matches = (text2) => pattern.test(text2.replace(/^[^\p{L}\p{N}]+/u, ""));
  const entries = [];
  const stack = [...section.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop();
    if (matches(child.title)) entries.push({ title: child.title, line: child.line });
    else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
  if (entries.length > 0) return { section, entries };
  for (const item of ledger.items) {
    if (item.parent === null && item.line > section.line && item.line <= section.endLine && matches(item.text)) entries.push({ title: item.text, line: item.line });
  }
  return { section, entries };
}

// src/core/rules/session-count.ts
var session_count_default = defineRule({
  meta: {
    id: "session-count",
    description: "The Agent Sessions count equals the number of entries in the Session Log.",
    defaultSeverity: "error",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const spec = profile.spec.sessions;
    if (!spec) return;
    const field = findField(ledger, profile, spec.field);
    if (!field || hasPlaceholder(field.value, profile)) return;
    const value = stripInlineMarks(field.value);
    if (!/^\d+$/.test(value)) return;
    const { section, entries } = sessionEntries(ledger, profile);
    if (!section) return;
    const stated = Number(value);
    if (stated !== entries.length) {
      const where = entries.length > 1 ? ` (from line ${entries[0].line} to line ${entries[entries.length - 1].line})` : entries.length === 1 ? ` (at line ${entries[0].line})` : "";
      const lineText = ledger.lines.text[field.line - 1];
      const digits = field.source === "header" ? /\d+/.exec(lineText.slice(field.valueColumn - 1)) : null;
      const start = digits ? ledger.lines.starts[field.line - 1] + field.valueColumn - 1 + digits.index : -1;
      report({
        message: `${field.name} says ${stated} but the ${section.title} has ${plural(entries.length, "entry", "entries")}${where}.`,
        line: field.line,
        column: field.valueColumn,
        ...digits ? { fix: { start, end: start + digits[0].length, text: String(entries.length) } } : {}
      });
    }
  }
});

// src/core/rules/status-transition.ts
var status_transition_default = defineRule({
  meta: {
    id: "status-transition",
    description: "A change of Status follows the profile's state machine; leaving a done state, unticking work and dropping tasks are reported.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, parse: parse2, report }) {
    const previous = facts.previous;
    if (!previous?.text) return;
    const before = parse2(previous.text);
    if (!before) return;
    const was = ledgerStatus(before, profile);
    const now = ledgerStatus(ledger, profile);
    const where = now.field ? { line: now.field.line, column: now.field.valueColumn } : { line: 1, column: 1 };
    if (was.state && now.state && was.state.name !== now.state.name) {
      const allowed = profile.spec.status.transitions?.[was.state.name];
      if (was.state.done) {
        report({ message: `Status leaves ${was.state.name} (it was ${was.state.name} in ${previous.label}, now ${now.state.name}); reopening done work deserves a note in the ledger.`, ...where, severity: "warning" });
      } else if (allowed && !allowed.includes(now.state.name)) {
        const next = allowed.length > 0 ? `from ${was.state.name} it may move to ${allowed.join(" or ")}` : `${was.state.name} is final`;
        report({ message: `Status may not go from ${was.state.name} (in ${previous.label}) to ${now.state.name}: ${next}.`, ...where });
      }
    }
    const beforeTasks = tasksOf(before, profile);
    const afterTasks = tasksOf(ledger, profile);
    const afterByKey = new Map(afterTasks.map((t) => [taskKey(t), t]));
    for (const old of beforeTasks) {
      const current = afterByKey.get(taskKey(old));
      if (!current) {
        report({ message: `${describeItem(old)} was in ${previous.label} and is gone now: ${old.text}.`, line: tasksSectionLine(ledger, profile), column: 1, severity: "warning" });
      } else if (old.checkbox.state === "done" && current.checkbox.state !== "done") {
        report({ message: `${describeItem(current)} was ticked in ${previous.label} and is not any more.`, line: current.line, column: current.checkbox.column, severity: "warning" });
      }
    }
  }
});
function tasksOf(ledger, profile) {
  const section = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
  return section ? checkboxesIn(ledger, section) : [];
}
function tasksSectionLine(ledger, profile) {
  return profile.spec.tasks && findSection(ledger, profile, profile.spec.tasks.section)?.line || 1;
}
function taskKey(item) {
  return item.id ? `id:${item.id}` : `text:${item.text.toLowerCase()}`;
}

// src/core/rules/key-files.ts
var key_files_default = defineRule({
  meta: {
    id: "key-files",
    description: "Paths listed in Key Files exist (in --staged mode: in the index) and their line numbers are within the file.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const paths = facts.paths;
    if (!paths) return;
    for (const ref of keyFileRefs(ledger, profile)) {
      if (hasPlaceholder(ref.raw, profile)) continue;
      const at = spanOf(ref);
      if (ref.outside) {
        report({ message: `Key file ${ref.path} is outside the repository; key files are repository paths.`, ...at });
        continue;
      }
      const fact = paths.byPath.get(ref.path);
      if (!fact) continue;
      if (!fact.exists) {
        report({ message: `Key file ${ref.path} does not exist in the ${paths.source}.`, ...at });
        continue;
      }
      if (!ref.lines) continue;
      const { start, end } = ref.lines;
      if (fact.kind === "directory") {
        report({ message: `${ref.path} is a directory, so ${ref.raw} names no lines.`, ...at });
      } else if (start < 1) {
        report({ message: `${ref.raw}: lines are numbered from 1.`, ...at });
      } else if (end < start) {
        report({ message: `${ref.raw}: the line range ${start}-${end} runs backwards.`, ...at });
      } else if (fact.lines !== null && end > fact.lines) {
        report({ message: `${ref.raw} points past the end of ${ref.path}, which has ${fact.lines} line${fact.lines === 1 ? "" : "s"}.`, ...at });
      }
    }
  }
});

// src/core/rules/task-consistency.ts
var CHECK_MARK = /[✓✔✅]\uFE0F?(?=[ \t]*$)/u;
var IN_PROGRESS = /\((?:in[ _-]?progress|wip)\)|🚧|⏳/iu;
var task_consistency_default = defineRule({
  meta: {
    id: "task-consistency",
    description: "Boxes agree with their subtasks and with the \u2713 / (IN PROGRESS) markers written beside them.",
    defaultSeverity: "error",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, report }) {
    for (const item of ledger.items) {
      if (!item.checkbox) continue;
      const name = describeItem(item);
      const done = item.checkbox.state === "done";
      const at = { line: item.line, column: item.checkbox.column };
      const children = subtasks(item);
      const open = children.filter((c) => c.checkbox.state !== "done" && !isNotApplicable(c));
      if (done && open.length > 0) {
        report({ message: `${name} is ticked but ${listing(open.map(describeItem))} ${open.length === 1 ? "is" : "are"} still open.`, ...at });
      } else if (!done && !isNotApplicable(item) && open.length === 0 && children.some((c) => c.checkbox.state === "done")) {
        report({ message: `All subtasks of ${name} are done but ${name} is not ticked; tick it, or add the work that remains.`, ...at, severity: "warning" });
      }
      const lineText = sourceLine(ledger.source, item);
      const mark = CHECK_MARK.exec(lineText);
      if (!done && mark) {
        const spaced = mark.index > 0 && lineText[mark.index - 1] === " ";
        const start = item.lineStart + mark.index - (spaced ? 1 : 0);
        report({ message: `${name} carries ${mark[0]} but its box is ${item.checkbox.marker}.`, line: item.line, column: mark.index + 1, fix: { start, end: item.lineStart + mark.index + mark[0].length, text: "" } });
      }
      const progress2 = IN_PROGRESS.exec(lineText);
      if (done && progress2) {
        report({ message: `${name} is ticked but still says ${progress2[0]}.`, line: item.line, column: progress2.index + 1, severity: "warning" });
      }
    }
  }
});
function sourceLine(source, item) {
  return source.slice(item.lineStart, item.lineEnd);
}

// src/core/rules/index.ts
var RULES = [
  required_sections_default,
  header_fields_default,
  placeholders_default,
  progress_math_default,
  task_consistency_default,
  session_count_default,
  completion_gate_default,
  status_transition_default,
  commit_sha_default,
  commit_exists_default,
  commit_reachable_default,
  commit_subject_default,
  commit_task_default,
  commit_duplicate_default,
  key_files_default
];
var RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export {
  compileProfile,
  _lte,
  _gte,
  _positive,
  _minLength,
  string2 as string,
  number2 as number,
  int,
  boolean2 as boolean,
  unknown,
  array,
  strictObject,
  extend2 as extend,
  partial2 as partial,
  union,
  tuple,
  record,
  _enum,
  literal,
  optional,
  _default,
  text,
  regexSource,
  described,
  splitLines,
  scanRefs,
  hasPlaceholder,
  sumTallies,
  phaseProgress,
  fixText,
  plural,
  gateBlockers,
  ledgerStatus,
  RULES,
  RULES_BY_ID
};
