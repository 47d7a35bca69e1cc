/**
 * pdf.js's legacy build (the one for Node 20 and older browsers) carries core-js polyfills that replace built-ins
 * the host already has when they miss some detail of the latest specification: Array.prototype.push, JSON.parse,
 * JSON.stringify and Function.prototype.toString among them on Node 20. Replaced globally, they would slow every
 * push and every JSON output of the run that read a PDF (Array.prototype.push in JavaScript was a third of reading
 * one). The built-ins are recorded before pdf.js loads and put back after; what it adds that the host lacks
 * (Promise.withResolvers, Uint8Array.prototype.toHex, iterator helpers…) stays, as pdf.js needs it.
 */

function guardedObjects(): object[] {
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object
  return [
    globalThis,
    Array,
    Array.prototype,
    ArrayBuffer,
    ArrayBuffer.prototype,
    Function.prototype,
    JSON,
    Map,
    Map.prototype,
    Math,
    Number,
    Number.prototype,
    Object,
    Object.prototype,
    Promise,
    Promise.prototype,
    RegExp,
    RegExp.prototype,
    Set,
    Set.prototype,
    String,
    String.prototype,
    Symbol,
    Uint8Array,
    Uint8Array.prototype,
    typedArrayPrototype,
    iteratorPrototype,
    WeakMap.prototype,
    Error,
    Error.prototype,
  ]
}

/** Records the built-ins' own properties now; the function returned puts back any that were replaced since. */
export function guardBuiltins(): () => void {
  const recorded = guardedObjects().map((target) => ({
    target,
    descriptors: new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)!])),
  }))
  return () => {
    for (const {target, descriptors} of recorded) {
      for (const [key, before] of descriptors) {
        const now = Object.getOwnPropertyDescriptor(target, key)
        if (!now || Object.is(now.value, before.value) && now.get === before.get && now.set === before.set) continue
        try {
          Object.defineProperty(target, key, before)
        } catch {
          // A property made non-configurable meanwhile stays as it is.
        }
      }
    }
  }
}
