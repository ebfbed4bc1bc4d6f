// Sequential awaits in for/for-of vs parallel with Promise.all; for await over async iterables.
const wait = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const log = [];
async function sequential() {
  for (const [ms, v] of [[20, "a"], [5, "b"], [10, "c"]]) log.push("seq " + (await wait(ms, v)));
}
async function parallel() {
  const ps = [[300, "x"], [0, "y"], [150, "z"]].map(([ms, v]) => wait(ms, v).then((r) => { log.push("done " + r); return r; }));
  return Promise.all(ps);
}
async function* ticker(n) { for (let i = 0; i < n; i++) { await wait(1); yield i; } }
(async () => {
  await sequential();
  const res = await parallel();
  console.log(log.join(", "));
  console.log(res);
  const ticks = [];
  for await (const t of ticker(4)) ticks.push(t);
  for await (const v of [Promise.resolve("p1"), "plain", wait(3, "p2")]) ticks.push(v);
  console.log(ticks);
  let total = 0;
  let i = 0;
  while (i < 5) { total += await Promise.resolve(i); i++; }
  console.log(total);
})();
