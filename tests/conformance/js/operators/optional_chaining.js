// ?. short-circuits the whole chain; calls, indexes and delete.
const user = { name: "ann", address: { city: "Oslo" }, greet() { return `hi ${this.name}`; }, tags: ["a"] };
const none = null;
console.log(user?.address?.city, none?.address.city, none?.[0].x.y, user.missing?.deep.path);
console.log(user.greet?.(), user.nothing?.(), none?.greet(), user?.tags?.[0], user.tags?.[5]);
let count = 0;
none?.[count++];
console.log(count);
console.log(delete user?.address, user.address, delete none?.x);
const fn = null;
console.log(fn?.(1, 2), typeof (fn?.call));
try {
  user.address?.city.toFixed();
} catch (e) {
  console.log(e.name);
}
console.log((user?.greet)(), user?.["na" + "me"]);
