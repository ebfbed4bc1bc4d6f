// A dependency-injection container: registration, singletons vs transients, cycles detected.
class Container {
  #defs = new Map();
  #singletons = new Map();
  register(name, deps, factory, { singleton = true } = {}) { this.#defs.set(name, { deps, factory, singleton }); return this; }
  resolve(name, path = []) {
    if (path.includes(name)) throw new Error(`cycle: ${[...path, name].join(" -> ")}`);
    const def = this.#defs.get(name);
    if (!def) throw new Error(`unknown service: ${name}`);
    if (def.singleton && this.#singletons.has(name)) return this.#singletons.get(name);
    const instance = def.factory(...def.deps.map((d) => this.resolve(d, [...path, name])));
    if (def.singleton) this.#singletons.set(name, instance);
    return instance;
  }
}
let created = 0;
const c = new Container()
  .register("config", [], () => ({ dbUrl: "mem://test", created: ++created }))
  .register("db", ["config"], (cfg) => ({ url: cfg.dbUrl, query: (q) => `result of ${q}` }))
  .register("repo", ["db"], (db) => ({ find: (id) => db.query(`SELECT ${id}`) }))
  .register("request", ["repo", "config"], (repo, cfg) => ({ id: ++created, handle: () => repo.find(7) }), { singleton: false })
  .register("a", ["b"], () => 1).register("b", ["a"], () => 2);
const r1 = c.resolve("request"), r2 = c.resolve("request");
console.log(r1.handle(), r1 === r2, r1.id, r2.id, c.resolve("config").created, c.resolve("db") === c.resolve("db"));
for (const name of ["a", "missing"]) { try { c.resolve(name); } catch (e) { console.log(e.message); } }
