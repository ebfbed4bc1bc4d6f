// toJSON is called with the key; Date has a toJSON; nested and inherited toJSON.
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON(key) { return `${key || "root"}=$${(this.cents / 100).toFixed(2)}`; }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
console.log(JSON.stringify(new Money(100)));
console.log(JSON.stringify({ when: new Date(Date.UTC(2020, 1, 29, 12, 30)) }));
console.log(JSON.stringify({ t: { toJSON() { return undefined; } }, u: 1 }));
console.log(JSON.stringify({ nested: { toJSON() { return { replaced: [1, { toJSON: () => "deep" }] }; } } }));
