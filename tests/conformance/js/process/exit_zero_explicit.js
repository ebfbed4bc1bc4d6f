// process.exit() with no argument and exitCode unset exits 0 even with pending timers.
setTimeout(() => console.log("never"), 100);
console.log("exiting cleanly");
process.exit();
