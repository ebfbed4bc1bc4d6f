// require of relative files: module.exports objects, exports.x, classes, subfolders, extension optional.
const math = require("./modules/math_utils");
const mathAgain = require("./modules/math_utils.js");
const style = require("./modules/exports_style");
const Stack = require("./modules/class_export");
const deep = require("./modules/nested/deep");
console.log(math.square(4), math.cube(3), math.PI_ISH, math === mathAgain, math.loads);
console.log(style.greet("world"), style.version, style.thisIsExports, style.moduleExportsSame);
const s = new Stack().push(1).push(2);
console.log(s.pop(), s.size, Stack.create() instanceof Stack);
console.log(deep.deepSquare(3), deep.where);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
