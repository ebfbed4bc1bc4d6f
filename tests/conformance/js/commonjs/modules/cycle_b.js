// Helper module (not a test program): other half of a require cycle; sees a's partial exports.
exports.name = "b";
const a = require("./cycle_a");
exports.sawA = `name=${a.name} loaded=${a.loaded}`;
exports.loaded = true;
