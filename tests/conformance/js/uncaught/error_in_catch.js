// A throw from inside catch, with a finally that still runs, escapes to the top level.
try {
  throw new Error("first");
} catch (e) {
  console.log("caught", e.message);
  throw new Error("second, from catch");
} finally {
  console.log("finally still runs");
}
