// Edit distance by dynamic programming, plus a closest-word spelling suggestion.
function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
const pairs = [["kitten", "sitting"], ["flaw", "lawn"], ["", "abc"], ["same", "same"], ["intention", "execution"]];
for (const [a, b] of pairs) console.log(`${a} -> ${b}: ${levenshtein(a, b)}`);
const dictionary = ["function", "return", "const", "class", "import", "export", "default", "switch"];
const suggest = (w) => dictionary.map((d) => [levenshtein(w, d), d]).sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1))[0];
console.log(["fucntion", "retrun", "clas", "swich", "defualt"].map((w) => `${w}=>${suggest(w)[1]}`).join(" "));
