// require of a .json file parses it; a missing module and a throwing module raise errors.
const data = require("./modules/data.json");
console.log(data.name, data.values, data.nested.on, data === require("./modules/data.json"));
try { require("./modules/does_not_exist"); } catch (e) { console.log(e.code, e instanceof Error); }
try { require("./modules/throws_on_load"); } catch (e) { console.log("load error:", e.message); }
try { require("./modules/throws_on_load"); } catch (e) { console.log("retried, throws again:", e.message); }
