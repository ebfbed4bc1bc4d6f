// Exceptions thrown and caught inside hot loops, at varying depths, with finally blocks.
function mayThrow(i) { if (i % 7 === 0) throw new RangeError("multiple of 7: " + i); return i; }
let caught = 0, sum = 0, finals = 0;
for (let i = 0; i < 200; i++) {
  try { sum += mayThrow(i); } catch (e) { caught++; } finally { finals++; }
}
console.log(caught, sum, finals);
function deep(n, i) { return n === 0 ? mayThrow(i) : deep(n - 1, i) + 1; }
let deepCaught = 0, deepSum = 0;
for (let i = 1; i < 100; i++) { try { deepSum += deep(i % 10, i); } catch { deepCaught++; } }
console.log(deepCaught, deepSum);
let lastMessage;
for (let i = 0; i < 50; i++) { try { null[i]; } catch (e) { lastMessage = e.constructor.name; } }
console.log(lastMessage);
const parsed = ["1", "x", "{}", "[1,2]", "nul", "3.5"].map((s) => { try { return JSON.parse(s); } catch { return "bad"; } });
console.log(parsed);
