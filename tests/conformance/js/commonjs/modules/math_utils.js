// Helper module (not a test program): module.exports replaced by an object.
let loads = (globalThis.__mathUtilsLoads || 0) + 1;
globalThis.__mathUtilsLoads = loads;
function square(x) { return x * x; }
function cube(x) { return x * x * x; }
module.exports = { square, cube, PI_ISH: 3.14, loads };
