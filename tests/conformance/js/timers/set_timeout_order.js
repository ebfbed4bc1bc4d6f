// setTimeout callbacks fire by delay, ties in scheduling order; extra args are passed through.
// The timers are scheduled from inside one callback, where node's loop time is fixed, and their
// delays differ by 100ms or more, so the order cannot depend on scheduling jitter under load.
const out = [];
function scheduleAll() {
  setTimeout(() => out.push("300ms"), 300);
  setTimeout(() => out.push("100ms-a"), 100);
  setTimeout((x, y) => out.push(`100ms-b ${x} ${y}`), 100, "arg1", "arg2");
  setTimeout(() => out.push("0ms"), 0);
  setTimeout(() => out.push("negative -> 0"), -5);
  const cancelled = setTimeout(() => out.push("cancelled!"), 5);
  clearTimeout(cancelled);
  setTimeout(() => {
    out.push("200ms nested scheduler");
    setTimeout(() => { out.push("nested child"); console.log(out.join("\n")); }, 200);
  }, 200);
}
setTimeout(scheduleAll, 0);
