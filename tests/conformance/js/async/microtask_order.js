// Ordering: synchronous code, then microtasks (promise jobs, queueMicrotask) FIFO, then timers.
console.log("script start");
setTimeout(() => console.log("timeout 0"), 0);
Promise.resolve().then(() => console.log("micro 1")).then(() => console.log("micro 3"));
queueMicrotask(() => console.log("micro 2"));
(async () => {
  console.log("async fn body runs synchronously");
  await null;
  console.log("after await");
})();
new Promise((resolve) => { console.log("executor runs synchronously"); resolve(); }).then(() => console.log("micro 4"));
setTimeout(() => {
  console.log("timeout 1");
  Promise.resolve().then(() => console.log("micro inside timeout"));
}, 0);
setTimeout(() => console.log("timeout 2"), 0);
console.log("script end");
