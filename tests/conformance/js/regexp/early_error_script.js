// A script with an invalid regular-expression literal does not run at all: nothing is printed,
// the SyntaxError (with file:line) goes to stderr and the exit code is 1.
console.log("never printed: the file does not parse");
function later() {
  return /(?:a|b/;
}
later();
