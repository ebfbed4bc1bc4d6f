// The main module: __filename and __dirname are absolute, module.loaded turns true once the
// module's body has run, and require.main is the module itself.
const path = require("path");
console.log(path.isAbsolute(__filename), path.isAbsolute(__dirname));
console.log(__filename === module.filename, __dirname === path.dirname(__filename));
console.log(path.basename(__filename), path.basename(__dirname), path.basename(path.dirname(__dirname)));
console.log(__filename === path.resolve(process.argv[1]));
console.log(require.main === module, module.id, module.parent, module.loaded);
console.log(require.main.filename === __filename, require.resolve("./modules/counter.js") === path.join(__dirname, "modules", "counter.js"));
const counter = require("./modules/counter.js");
console.log(typeof counter, module.children.length, module.children[0].loaded, module.children[0].filename === path.join(__dirname, "modules", "counter.js"));
setTimeout(() => console.log("after the body:", module.loaded, require.main === module), 0);
Promise.resolve().then(() => console.log("microtask:", module.loaded));
console.log("end of body:", module.loaded);
