// var declarations hoist to the function (value undefined); blocks do not scope them.
console.log(early);
var early = "now set";
console.log(early);
function f() {
  console.log(inner);
  if (false) { var inner = "never assigned"; }
  console.log(inner);
  for (var i = 0; i < 2; i++) { var loopVar = i; }
  return [i, loopVar];
}
console.log(f());
var dup = 1;
var dup;
console.log(dup);
function shadowing() {
  var x = "outer";
  { var x = "inner"; }
  return x;
}
console.log(shadowing());
var g = "global";
function reads() { console.log(g); var g = "local"; }
reads();
