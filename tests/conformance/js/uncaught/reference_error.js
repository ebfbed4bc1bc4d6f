// A ReferenceError from a typo is uncaught: exit code 1 after the earlier output.
const values = [1, 2, 3];
console.log("sum", values.reduce((a, b) => a + b));
console.log(valuse.length);
