// Word wrapping, word frequencies and a simple Markdown-ish table renderer.
const text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.";
function wrap(s, width) {
  const lines = [];
  let line = "";
  for (const word of s.split(/\s+/)) {
    if (line && (line + " " + word).length > width) { lines.push(line); line = word; }
    else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}
for (const l of wrap(text, 40)) console.log("|" + l.padEnd(40) + "|");
const freq = {};
for (const w of text.toLowerCase().match(/[a-z]+/g)) freq[w] = (freq[w] ?? 0) + 1;
const top = Object.entries(freq).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
const widths = [Math.max(4, ...top.map(([w]) => w.length)), 5];
console.log(`| ${"word".padEnd(widths[0])} | ${"count".padStart(widths[1])} |`);
console.log(`|${"-".repeat(widths[0] + 2)}|${"-".repeat(widths[1] + 2)}|`);
for (const [w, c] of top) console.log(`| ${w.padEnd(widths[0])} | ${String(c).padStart(widths[1])} |`);
