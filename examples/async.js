// Promises, async/await and timers run on the event loop until no work is left, as in node.
const sleep = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

async function main() {
  const results = await Promise.all([sleep(30, 'slow'), sleep(10, 'fast'), 'now']);
  console.log('all:', results);
  const first = await Promise.race([sleep(20, 'tortoise'), sleep(5, 'hare')]);
  console.log('race won by', first);
  for await (const n of (async function* () { for (let i = 1; i <= 3; i++) yield sleep(1, i * i); })()) {
    console.log('squared', n);
  }
}

main().then(() => console.log('done'));
console.log('main() started; this line prints first');
