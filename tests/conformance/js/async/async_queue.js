// A concurrency-limited task queue, a common async utility.
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function runLimited(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0, active = 0, maxActive = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      active++;
      maxActive = Math.max(maxActive, active);
      results[i] = await tasks[i]();
      active--;
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return { results, maxActive };
}
const tasks = [30, 10, 20, 5, 15, 25].map((ms, i) => async () => { await wait(ms); return `task${i}:${ms}`; });
runLimited(tasks, 2).then(({ results, maxActive }) => {
  console.log(results.join(" "));
  console.log("max concurrency", maxActive);
});
