// An uncaught throw inside a timer callback ends the process with code 1; later timers never run.
console.log("scheduling");
setTimeout(() => { console.log("first timer"); throw new Error("in timer"); }, 1);
setTimeout(() => console.log("second timer never runs"), 50);
