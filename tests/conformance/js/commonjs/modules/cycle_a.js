// Helper module (not a test program): half of a require cycle.
exports.name = "a";
exports.loaded = false;
const b = require("./cycle_b");
exports.sawB = `a saw b.loaded=${b.loaded}, b.sawA=${b.sawA}`;
exports.loaded = true;
