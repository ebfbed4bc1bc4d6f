// Exact interleaving of awaits across two async functions and plain then chains.
const log = (m) => console.log(m);
async function a() { log("a1"); await undefined; log("a2"); await undefined; log("a3"); }
async function b() { log("b1"); await Promise.resolve(); log("b2"); }
a();
b();
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3"));
log("sync end");
async function returnsPromise() { return Promise.resolve("r"); }
returnsPromise().then((v) => log("returned promise resolved: " + v));
Promise.resolve().then(() => log("u1")).then(() => log("u2")).then(() => log("u3")).then(() => log("u4"));
