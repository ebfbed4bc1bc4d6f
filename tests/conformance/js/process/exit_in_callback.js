// process.exit from inside a timer callback ends the program with that code.
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log("tick", ticks);
  if (ticks === 3) process.exit(7);
}, 1);
process.on("exit", (code) => console.log("exit event with code", code));
