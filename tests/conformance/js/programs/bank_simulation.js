// A small object-oriented workload: accounts, transfers with validation, interest, statements.
class InsufficientFunds extends Error { constructor(id, amt) { super(`account ${id} cannot pay ${amt}`); this.name = "InsufficientFunds"; } }
class Account {
  static nextId = 1;
  constructor(owner, balance = 0) { this.id = Account.nextId++; this.owner = owner; this.balanceCents = Math.round(balance * 100); this.history = []; }
  deposit(amount, memo = "deposit") { const c = Math.round(amount * 100); this.balanceCents += c; this.history.push([memo, c]); }
  withdraw(amount, memo = "withdraw") {
    const c = Math.round(amount * 100);
    if (c > this.balanceCents) throw new InsufficientFunds(this.id, amount.toFixed(2));
    this.balanceCents -= c;
    this.history.push([memo, -c]);
  }
  get balance() { return (this.balanceCents / 100).toFixed(2); }
}
class Bank {
  accounts = new Map();
  open(owner, initial) { const a = new Account(owner, initial); this.accounts.set(a.id, a); return a; }
  transfer(from, to, amount) {
    try { from.withdraw(amount, `to ${to.owner}`); to.deposit(amount, `from ${from.owner}`); return true; }
    catch (e) { if (e instanceof InsufficientFunds) { console.log("rejected:", e.message); return false; } throw e; }
  }
  applyInterest(rate) { for (const a of this.accounts.values()) if (a.balanceCents > 0) a.deposit(Math.floor(a.balanceCents * rate) / 100, "interest"); }
}
const bank = new Bank();
const alice = bank.open("alice", 100), bob = bank.open("bob", 20.5), carol = bank.open("carol");
bank.transfer(alice, bob, 30.25);
bank.transfer(bob, carol, 60);
bank.transfer(bob, carol, 50.75);
bank.applyInterest(0.015);
for (const a of bank.accounts.values()) {
  console.log(a.id, a.owner.padEnd(6), a.balance.padStart(8), a.history.map(([m, c]) => `${m}:${(c / 100).toFixed(2)}`).join(", "));
}
const total = [...bank.accounts.values()].reduce((s, a) => s + a.balanceCents, 0);
console.log("total", (total / 100).toFixed(2));
