// for (let/const x of/in EXPR): EXPR runs in a scope where the head's names are in their TDZ.
const x = [1, 2];
try { for (let x of x) console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const [a, b] of [[a, 1]]) console.log(a, b); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (let k in { k }) console.log(k); } catch (e) { console.log(e.constructor.name, e.message); }
try { for (let f of [() => f]) console.log(f()); } catch (e) { console.log(e.constructor.name, e.message); }
for (let y of x) console.log("outer x visible:", y);
for (let z of ((x) => x)([3])) console.log("shadowed param:", z);
for (var v of x) {}
console.log("var head:", v);
