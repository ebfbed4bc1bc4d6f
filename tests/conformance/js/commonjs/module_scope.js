// Each module has its own scope: top-level var/let/function do not leak into globalThis,
// and top-level this is module.exports.
var moduleVar = 1;
let moduleLet = 2;
function moduleFn() {}
console.log(typeof globalThis.moduleVar, typeof globalThis.moduleLet, typeof globalThis.moduleFn);
console.log(this === module.exports, JSON.stringify(this));
exports.answer = 42;
console.log(this.answer, module.exports.answer);
console.log(require.main === module, typeof module.exports);
