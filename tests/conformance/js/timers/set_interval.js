// setInterval repeats until clearInterval; clearing from inside the callback stops it.
let count = 0;
const id = setInterval(() => {
  count++;
  console.log("tick", count);
  if (count === 4) {
    clearInterval(id);
    setTimeout(() => console.log("stopped at", count), 30);
  }
}, 5);
const never = setInterval(() => console.log("never runs"), 1);
clearInterval(never);
