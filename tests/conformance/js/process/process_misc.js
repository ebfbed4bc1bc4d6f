// process.nextTick runs before promise microtasks; environment lookups (the runner sets TZ=UTC).
Promise.resolve().then(() => console.log("promise job"));
process.nextTick(() => console.log("nextTick"));
process.nextTick((a, b) => console.log("nextTick with args", a, b), 1, 2);
console.log("sync");
console.log(process.env.DEFINITELY_NOT_SET_12345, process.env.TZ);
