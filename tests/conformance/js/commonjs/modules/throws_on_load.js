// Helper module (not a test program): throws while loading.
exports.partial = true;
throw new Error("module failed to initialize");
