// Modules are evaluated once and cached; every require returns the same exports object.
const c1 = require("./modules/counter");
c1.increment();
c1.increment();
const c2 = require("./modules/counter");
console.log(c1 === c2, c2.count, c2.increment());
const m = require("./modules/math_utils");
require("./modules/math_utils");
console.log(m.loads, globalThis.__mathUtilsLoads);
const keyCount = Object.keys(require.cache).length;
console.log(keyCount >= 3);
