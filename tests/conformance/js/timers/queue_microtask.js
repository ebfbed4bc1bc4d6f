// queueMicrotask runs before any timer, and microtasks queued by microtasks also run first.
setTimeout(() => console.log("timer"), 0);
queueMicrotask(() => {
  console.log("micro A");
  queueMicrotask(() => console.log("micro A.1 (queued from micro A)"));
});
queueMicrotask(() => console.log("micro B"));
Promise.resolve().then(() => console.log("promise job"));
try { queueMicrotask("not a function"); } catch (e) { console.log(e.name); }
console.log("sync");
