// globalThis holds the built-ins; properties added to it become global bindings.
console.log(typeof globalThis, globalThis.globalThis === globalThis);
for (const name of ["Object", "Array", "JSON", "Math", "Promise", "Map", "Symbol", "parseInt", "setTimeout", "console"]) {
  console.log(name, typeof globalThis[name]);
}
globalThis.sharedConfig = { debug: true };
console.log(sharedConfig.debug);
function readGlobal() { return typeof sharedConfig; }
console.log(readGlobal());
delete globalThis.sharedConfig;
console.log(typeof sharedConfig);
console.log(globalThis.Infinity, globalThis.undefined, Object.getOwnPropertyDescriptor(globalThis, "NaN").writable);
console.log(Object.getOwnPropertyDescriptor(globalThis, "Math").enumerable, "parseFloat" in globalThis);
