// A generator as a traffic-light state machine and as a cooperative round-robin scheduler.
function* trafficLight() {
  while (true) {
    yield "green";
    yield "yellow";
    const emergency = yield "red";
    if (emergency) yield "flashing";
  }
}
const light = trafficLight();
const seq = [];
for (let i = 0; i < 4; i++) seq.push(light.next().value);
seq.push(light.next(true).value, light.next().value, light.next().value);
console.log(seq.join(" -> "));
function* worker(name, steps) { for (let i = 1; i <= steps; i++) yield `${name}${i}`; return `${name} done`; }
function roundRobin(...tasks) {
  const out = [];
  const queue = [...tasks];
  while (queue.length) {
    const t = queue.shift();
    const { value, done } = t.next();
    out.push(value);
    if (!done) queue.push(t);
  }
  return out;
}
console.log(roundRobin(worker("a", 3), worker("b", 1), worker("c", 2)).join(" "));
