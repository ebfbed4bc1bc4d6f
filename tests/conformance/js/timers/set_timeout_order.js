// setTimeout callbacks fire by delay, ties in scheduling order; extra args are passed through.
const out = [];
setTimeout(() => out.push("30ms"), 30);
setTimeout(() => out.push("10ms-a"), 10);
setTimeout((x, y) => out.push(`10ms-b ${x} ${y}`), 10, "arg1", "arg2");
setTimeout(() => out.push("0ms"), 0);
setTimeout(() => out.push("negative -> 0"), -5);
const cancelled = setTimeout(() => out.push("cancelled!"), 5);
clearTimeout(cancelled);
setTimeout(() => {
  out.push("nested scheduler");
  setTimeout(() => { out.push("nested child"); console.log(out.join("\n")); }, 40);
}, 20);
