// A require cycle: the second module sees the first one's partially filled exports.
const a = require("./modules/cycle_a");
const b = require("./modules/cycle_b");
console.log(a.name, a.loaded, a.sawB);
console.log(b.name, b.loaded, b.sawA);
