// Symbol-keyed properties: hidden from keys/JSON/for-in, visible to ownKeys and spreads; registry keys.
const id = Symbol("id");
const meta = Symbol.for("app.meta");
class Entity {
  constructor(n) { this[id] = n; this.name = "e" + n; this[meta] = { created: n }; }
  static [Symbol.hasInstance](x) { return id in x; }
  get [Symbol.toStringTag]() { return "Entity#" + this[id]; }
}
const e = new Entity(7);
console.log(Object.keys(e), JSON.stringify(e), Reflect.ownKeys(e).map(String));
console.log(String(e), ({ [id]: 1 }) instanceof Entity, {} instanceof Entity);
const copy = { ...e };
console.log(copy[id], copy[meta] === e[meta], Object.getOwnPropertySymbols(copy).map((s) => s.description));
console.log(Symbol.keyFor(meta), Symbol.keyFor(id), meta === Symbol.for("app.meta"), meta.description);
const registry = new Map([[id, "local"], [meta, "global"]]);
console.log(registry.get(id), registry.get(Symbol.for("app.meta")), registry.get(Symbol("id")));
console.log(typeof Symbol.prototype.toString.call(id), Object(id) == id, Object(id) === id);
