// An uncaught Error ends the program with exit code 1; stdout printed before the throw is kept.
console.log("line before the throw");
function deep() { throw new TypeError("uncaught type error"); }
deep();
console.log("never printed");
