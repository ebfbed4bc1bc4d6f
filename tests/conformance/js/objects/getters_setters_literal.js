// Accessors in object literals and defineProperty: lazy values, computed names, counters.
let reads = 0;
const lazy = {
  get expensive() {
    reads++;
    const value = [1, 2, 3].reduce((a, b) => a + b);
    Object.defineProperty(this, "expensive", { value, writable: false, enumerable: true });
    return value;
  },
};
console.log(lazy.expensive, lazy.expensive, reads);
const prefix = "dyn";
const obj = { get [prefix + "Prop"]() { return "computed getter"; } };
console.log(obj.dynProp);
const account = {
  _balance: 0,
  history: [],
  get balance() { return this._balance; },
  set balance(v) { this.history.push(v - this._balance); this._balance = v; },
};
account.balance = 100;
account.balance -= 30;
account.balance += 5;
console.log(account.balance, account.history);
const onlyGetter = { get v() { return 1; } };
onlyGetter.v = 2;
console.log(onlyGetter.v);
console.log(Object.getOwnPropertyDescriptor(account, "balance").enumerable);
