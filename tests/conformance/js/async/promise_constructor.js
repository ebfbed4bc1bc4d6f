// The Promise constructor: executor args, resolving with a promise, states observed via then.
let resolveLater;
const pending = new Promise((res) => { resolveLater = res; });
pending.then((v) => console.log("resolved later with", v));
console.log("before resolve");
resolveLater("value");
const selfResolved = new Promise((res) => setTimeout(() => res(selfResolved), 0));
selfResolved.catch((e) => console.log("self resolution:", e.name));
const inner = new Promise((res) => setTimeout(() => res("inner done"), 200));
new Promise((res) => res(inner)).then((v) => console.log("adopted:", v));
const { promise, resolve } = (() => { let r; const p = new Promise((x) => (r = x)); return { promise: p, resolve: r }; })();
promise.then((v) => console.log("deferred:", v));
resolve(42);
try { new Promise(); } catch (e) { console.log(e.name); }
try { Promise.resolve().then.call({}, () => {}); } catch (e) { console.log(e.name); }
