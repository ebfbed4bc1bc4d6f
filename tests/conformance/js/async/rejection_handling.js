// Rejections: catch placement, rethrow in catch, finally passthrough, rejection with non-errors.
Promise.reject("plain string").catch((r) => console.log("reason:", typeof r, r));
Promise.reject(new Error("a"))
  .catch((e) => { throw new Error(e.message + "b"); })
  .catch((e) => console.log("rethrown:", e.message));
Promise.resolve("kept")
  .finally(() => "ignored return")
  .then((v) => console.log("finally keeps:", v));
Promise.resolve()
  .finally(() => { throw new Error("finally error"); })
  .catch((e) => console.log("finally throws:", e.message));
const p = Promise.reject(new Error("handled in the same tick"));
p.catch((e) => console.log("attached synchronously:", e.message));
async function chain() {
  try { await Promise.reject(new RangeError("in async")); }
  catch (e) { return `recovered from ${e.name}`; }
}
chain().then(console.log);
new Promise(() => { throw new Error("executor throws"); }).catch((e) => console.log("executor:", e.message));
