// Helper module (not a test program): exports a class as module.exports.
class Stack {
  constructor() { this.items = []; }
  push(x) { this.items.push(x); return this; }
  pop() { return this.items.pop(); }
  get size() { return this.items.length; }
}
module.exports = Stack;
module.exports.create = () => new Stack();
