// Helper module (not a test program): module-level state shared through the cache.
let count = 0;
module.exports = {
  increment() { return ++count; },
  get count() { return count; },
};
