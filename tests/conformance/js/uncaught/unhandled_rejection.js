// An unhandled promise rejection ends the program with code 1 (node's default mode) after
// the current microtasks drain.
console.log("start");
Promise.reject(new Error("nobody catches this"));
Promise.resolve().then(() => console.log("microtask still runs"));
setTimeout(() => console.log("timer does not run"), 10);
