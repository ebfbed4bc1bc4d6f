// break/continue interacting with try/finally inside loops.
const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    if (i === 2) break;
    log.push("body" + i);
  } finally {
    log.push("finally" + i);
  }
}
console.log(log.join(" "));
function f() {
  for (const x of [1, 2, 3]) {
    try {
      return x;
    } finally {
      log.push("cleanup" + x);
    }
  }
}
console.log(f(), log[log.length - 1]);
let count = 0;
while (true) {
  try {
    count++;
    throw new Error("boom");
  } catch (e) {
    if (count < 3) continue;
    break;
  } finally {
    log.push("f" + count);
  }
}
console.log(count, log.slice(-3).join(" "));
