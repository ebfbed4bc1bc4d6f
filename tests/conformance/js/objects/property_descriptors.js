// defineProperty defaults (all false), getOwnPropertyDescriptor(s), and what each attribute forbids.
const o = {};
Object.defineProperty(o, "fixed", { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, "fixed"));
o.fixed = 2;
console.log(o.fixed, Object.keys(o), JSON.stringify(o), delete o.fixed);
try { Object.defineProperty(o, "fixed", { value: 3 }); } catch (e) { console.log(e.name); }
Object.defineProperty(o, "fixed", { value: 1 });
console.log("redefining with the same value is allowed");
o.normal = "n";
console.log(Object.getOwnPropertyDescriptor(o, "normal"));
Object.defineProperty(o, "normal", { enumerable: false });
console.log(Object.keys(o), o.normal);
Object.defineProperty(o, "computed", { get() { return this.normal + "!"; }, enumerable: true, configurable: true });
console.log(o.computed, Object.getOwnPropertyDescriptor(o, "computed").set);
try { Object.defineProperty(o, "bad", { value: 1, get() {} }); } catch (e) { console.log(e.name); }
Object.defineProperties(o, { a: { value: "A", enumerable: true }, b: { value: "B", writable: true } });
console.log(Object.entries(Object.getOwnPropertyDescriptors(o)).map(([k, d]) => `${k}:${d.writable ?? "acc"}/${d.enumerable}/${d.configurable}`).join(" "));
const arr = [1, 2, 3];
Object.defineProperty(arr, "length", { writable: false });
try { "use strict"; arr.push(4); } catch (e) { console.log(e.name); }
console.log(arr.length);
