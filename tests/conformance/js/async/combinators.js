// Promise.all/allSettled/race/any: results order, short-circuiting, AggregateError.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
(async () => {
  console.log(await Promise.all([delay(30, "slow"), delay(10, "fast"), 42, Promise.resolve("now")]));
  try { await Promise.all([delay(10, "ok"), delay(5, "bad", true)]); } catch (e) { console.log("all rejected:", e.message); }
  const settled = await Promise.allSettled([delay(5, "yes"), delay(1, "no", true), 7]);
  console.log(settled.map((r) => r.status + ":" + (r.value ?? r.reason.message)));
  console.log("race:", await Promise.race([delay(250, "tortoise"), delay(5, "hare")]));
  console.log("any:", await Promise.any([delay(1, "x", true), delay(10, "first success"), delay(20, "later")]));
  try { await Promise.any([delay(1, "a", true), Promise.reject(new Error("b"))]); } catch (e) {
    console.log(e.constructor.name, e.errors.map((x) => x.message));
  }
  console.log(await Promise.all([]), await Promise.allSettled([]));
})();
