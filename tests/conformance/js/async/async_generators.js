// Async generators: for await, return() closing, errors thrown inside and caught by the consumer.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* pages() {
  try {
    for (let page = 1; page <= 5; page++) { await sleep(1); yield { page, items: [page * 10, page * 10 + 1] }; }
  } finally {
    console.log("pages generator closed");
  }
}
async function* failing() { yield 1; throw new Error("stream broke"); }
(async () => {
  for await (const { page, items } of pages()) {
    console.log("page", page, items);
    if (page === 3) break;
  }
  try { for await (const v of failing()) console.log("got", v); } catch (e) { console.log("consumer caught:", e.message); }
  const gen = pages();
  console.log(await gen.next(), await gen.return("stop"), await gen.next());
  console.log(Object.prototype.toString.call(gen), typeof gen[Symbol.asyncIterator]);
})();
