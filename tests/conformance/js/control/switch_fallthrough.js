// switch uses ===, falls through until break, and default may sit anywhere.
function classify(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    default:
      out.push("default");
    case "3":
      out.push("string three");
      break;
    case 3:
      out.push("number three");
  }
  return out.join(",");
}
for (const v of [1, 2, 3, "3", "1", 4]) console.log(JSON.stringify(v), classify(v));
const order = [];
const probe = (v) => { order.push(v); return v; };
switch (probe(2)) {
  case probe(1):
  case probe(2):
  case probe(3):
    order.push("matched");
}
console.log(order.join(" "));
switch (NaN) { case NaN: console.log("nan matched"); break; default: console.log("NaN never matches"); }
switch (true) {
  case 5 > 10: console.log("no"); break;
  case 5 > 1: console.log("yes, switch(true) idiom"); break;
}
{
  let kind = "b";
  switch (kind) {
    case "a": { const msg = "block a"; console.log(msg); break; }
    case "b": { const msg = "block b"; console.log(msg); break; }
  }
}
