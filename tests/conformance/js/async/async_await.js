// async functions return promises; await unwraps; errors become rejections; try/catch around await.
async function add(a, b) { return a + b; }
async function fails() { throw new TypeError("async failure"); }
const p = add(1, 2);
console.log(p instanceof Promise, Object.prototype.toString.call(p));
(async () => {
  console.log(await p, await 5, await add(await add(1, 1), 3));
  try { await fails(); } catch (e) { console.log("caught", e.name, e.message); }
  const results = await Promise.all([add(1, 1), add(2, 2)]);
  console.log(results);
  const arrow = async (x) => x * 2;
  class Service { async fetch(id) { return { id, ok: true }; } static async create() { return new Service(); } }
  const svc = await Service.create();
  console.log(await arrow(21), await svc.fetch(7));
  fails().catch((e) => console.log("via catch:", e.message));
})();
