// Objects wider than 72 characters break over lines with two-space indentation.
console.log({ alpha: 1, beta: 2, gamma: 3 });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd", e: 1 });
console.log({ user: { name: "Ada Lovelace", email: "ada@example.org", roles: ["admin", "editor"] }, active: true });
console.log([{ id: 1, name: "first item" }, { id: 2, name: "second item" }, { id: 3, name: "third item" }]);
console.log({ short: [1, 2, 3], longer: ["some text here", "more text there", "and yet more text"] });
