// Helper module (not a test program): properties added to exports.
exports.greet = (name) => `hello, ${name}`;
exports.version = "1.2.3";
exports.thisIsExports = this === exports;
exports.moduleExportsSame = module.exports === exports;
