// Subclassing Array, Error and Map keeps the built-in behaviour.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
const mapped = s.map((x) => x * 2);
console.log(mapped instanceof Stack, mapped.peek());
class HttpError extends Error {
  constructor(status, message) { super(message); this.name = "HttpError"; this.status = status; }
}
const e = new HttpError(404, "not found");
console.log(e instanceof HttpError, e instanceof Error, e.name, e.message, e.status, String(e));
class DefaultMap extends Map {
  constructor(factory) { super(); this.factory = factory; }
  get(k) { if (!this.has(k)) this.set(k, this.factory()); return super.get(k); }
}
const dm = new DefaultMap(() => []);
dm.get("a").push(1);
dm.get("a").push(2);
console.log(dm.get("a"), dm.size);
