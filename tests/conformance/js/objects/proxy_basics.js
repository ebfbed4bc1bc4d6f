// Proxy traps for get/set/has/deleteProperty/ownKeys/apply, a validation and logging proxy.
const log = [];
const target = { a: 1 };
const p = new Proxy(target, {
  get(t, k, r) { log.push(`get ${String(k)}`); return k in t ? Reflect.get(t, k, r) : `default:${String(k)}`; },
  set(t, k, v) { if (typeof v !== "number") throw new TypeError(`${k} must be a number`); t[k] = v; return true; },
  has(t, k) { return k.startsWith("virtual") || k in t; },
  deleteProperty(t, k) { log.push(`delete ${k}`); return delete t[k]; },
  ownKeys(t) { return [...Reflect.ownKeys(t), "ghost"]; },
  getOwnPropertyDescriptor(t, k) { return k === "ghost" ? { value: "boo", enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k); },
});
console.log(p.a, p.missing);
p.b = 2;
try { p.c = "x"; } catch (e) { console.log(e.message); }
console.log("virtualThing" in p, "b" in p, "zzz" in p);
delete p.a;
console.log(Object.keys(p), target);
console.log(log.join(", "));
const traced = new Proxy(function add(x, y) { return x + y; }, { apply(f, thisArg, args) { return `add(${args}) = ${f(...args)}`; } });
console.log(traced(2, 3));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { proxy.x; } catch (e) { console.log(e.name); }
