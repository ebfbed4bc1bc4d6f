// Resolving with a promise or thenable costs extra microtask ticks; the exact order is spec-defined.
const log = [];
const p = Promise.resolve();
new Promise((resolve) => resolve(p)).then(() => log.push("resolved with promise"));
p.then(() => log.push("tick 1")).then(() => log.push("tick 2")).then(() => log.push("tick 3")).then(() => log.push("tick 4"));
Promise.resolve({ then(r) { log.push("thenable.then called"); r("x"); } }).then(() => log.push("thenable resolved"));
(async () => { await p; log.push("await promise"); })();
(async () => { return p; })().then(() => log.push("async returned promise"));
setTimeout(() => console.log(log.join("\n")), 0);
