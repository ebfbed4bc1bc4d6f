// A doubly linked list with iteration, reversal, removal and conversion; lots of small objects.
class Node { constructor(value) { this.value = value; this.prev = null; this.next = null; } }
class LinkedList {
  constructor(iterable = []) { this.head = null; this.tail = null; this.length = 0; for (const v of iterable) this.push(v); }
  push(v) { const n = new Node(v); if (this.tail) { this.tail.next = n; n.prev = this.tail; this.tail = n; } else this.head = this.tail = n; this.length++; return this; }
  unshift(v) { const n = new Node(v); if (this.head) { n.next = this.head; this.head.prev = n; this.head = n; } else this.head = this.tail = n; this.length++; return this; }
  remove(pred) {
    let removed = 0;
    for (let n = this.head; n; n = n.next) {
      if (!pred(n.value)) continue;
      if (n.prev) n.prev.next = n.next; else this.head = n.next;
      if (n.next) n.next.prev = n.prev; else this.tail = n.prev;
      this.length--; removed++;
    }
    return removed;
  }
  reverse() { for (let n = this.head; n; n = n.prev) [n.next, n.prev] = [n.prev, n.next]; [this.head, this.tail] = [this.tail, this.head]; return this; }
  *[Symbol.iterator]() { for (let n = this.head; n; n = n.next) yield n.value; }
  *backwards() { for (let n = this.tail; n; n = n.prev) yield n.value; }
  toString() { return `(${[...this].join(" <-> ")})`; }
}
const list = new LinkedList([1, 2, 3, 4, 5]).unshift(0);
console.log(String(list), list.length);
console.log(list.remove((v) => v % 2 === 0), String(list), [...list.backwards()]);
console.log(String(list.reverse()), list.head.value, list.tail.value);
const big = new LinkedList();
for (let i = 0; i < 5000; i++) big.push({ id: i, label: "n" + i });
big.remove((o) => o.id % 7 !== 0);
let total = 0;
for (const o of big) total += o.id;
console.log(big.length, total, big.tail.value.label);
