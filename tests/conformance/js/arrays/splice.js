// splice: removal, insertion, negative start, missing deleteCount, returns the removed items.
const base = () => ["a", "b", "c", "d", "e"];
let x = base(); console.log(JSON.stringify(x.splice(1, 2)), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(-2)), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(2)), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(1, 0, "X", "Y")), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(1, 1, "only")), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(10, 1, "end")), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(-100, 1)), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice()), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(undefined)), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(0, -1, "neg count")), JSON.stringify(x));
x = base(); console.log(JSON.stringify(x.splice(1.7, 1.9)), JSON.stringify(x));
