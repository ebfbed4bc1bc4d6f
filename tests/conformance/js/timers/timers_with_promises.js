// A promisified sleep, timeouts racing work, and a debounce built on setTimeout.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const withTimeout = (p, ms) => Promise.race([p, sleep(ms).then(() => { throw new Error(`timeout after ${ms}ms`); })]);
function debounce(fn, ms) { let t; return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); }; }
(async () => {
  console.log(await withTimeout(sleep(5).then(() => "fast work"), 50));
  try { await withTimeout(sleep(250), 10); } catch (e) { console.log(e.message); }
  const calls = [];
  const save = debounce((v) => calls.push(v), 15);
  save(1); save(2); save(3);
  await sleep(40);
  save(4);
  await sleep(40);
  console.log("debounced calls:", calls);
})();
