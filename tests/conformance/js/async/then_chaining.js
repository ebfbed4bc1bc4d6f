// then chains transform values, unwrap returned promises, and skip to the next handler on rejection.
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => Promise.resolve(v * 10))
  .then((v) => { console.log("value", v); throw new Error("fail"); })
  .then(() => console.log("skipped"))
  .catch((e) => { console.log("caught", e.message); return "recovered"; })
  .finally(() => console.log("finally runs, value unchanged"))
  .then((v) => console.log("after finally:", v));
new Promise((resolve, reject) => { resolve("first"); resolve("second"); reject(new Error("ignored")); })
  .then((v) => console.log("settled once:", v));
const thenable = { then(onFulfilled) { onFulfilled("from thenable"); } };
Promise.resolve(thenable).then((v) => console.log(v));
Promise.reject(new Error("r")).then(null, (e) => console.log("second arg handler:", e.message));
console.log("synchronous code finishes first");
