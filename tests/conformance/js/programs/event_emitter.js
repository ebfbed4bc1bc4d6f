// A hand-written event emitter: on/once/off, listener order, errors, and wildcard listeners.
class Emitter {
  #listeners = new Map();
  on(name, fn) { (this.#listeners.get(name) ?? this.#listeners.set(name, []).get(name)).push(fn); return this; }
  once(name, fn) { const w = (...a) => { this.off(name, w); fn(...a); }; return this.on(name, w); }
  off(name, fn) { const l = this.#listeners.get(name); if (l) l.splice(l.indexOf(fn) >>> 0, 1); return this; }
  emit(name, ...args) {
    const list = [...(this.#listeners.get(name) ?? []), ...(this.#listeners.get("*") ?? [])];
    for (const fn of list) fn.apply(this, [...args, name]);
    return list.length > 0;
  }
}
const e = new Emitter();
const log = [];
const onData = (d) => log.push(`data:${d}`);
e.on("data", onData).once("data", (d) => log.push(`once:${d}`)).on("*", (...a) => log.push(`any:${a.join("/")}`));
e.emit("data", 1);
e.emit("data", 2);
e.off("data", onData);
e.emit("data", 3);
console.log(log.join(" "), e.emit("nothing"));
