// process.exitCode sets the code used when the program ends normally, after pending work.
process.exitCode = 4;
console.log("exitCode set");
setTimeout(() => console.log("timer still runs; exitCode is", process.exitCode), 5);
