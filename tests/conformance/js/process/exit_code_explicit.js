// process.exit(3) stops immediately with that code; later code and pending timers never run.
console.log("before exit");
setTimeout(() => console.log("timer never fires"), 0);
Promise.resolve().then(() => console.log("microtask never runs"));
process.exit(3);
console.log("after exit");
