// Well-known coercion results, each checked against the spec.
console.log([] + [], [] - [], {} + [], [0] == false, [1] == true, [2] == true);
console.log("3" * "4", "3" + 4, 3 + 4 + "5", "5" + 3 + 4, "10" / "4", "a" * 1);
console.log(true + true, true + "1", null + 1, undefined + 1, null + "x");
console.log("b" + "a" + +"a" + "a");
console.log(1 < 2 < 3, 3 > 2 > 1, "10" < "9", 10 < "9", "abc" < "abd");
console.log(null >= 0, null > 0, null == 0, undefined == 0, NaN != NaN);
console.log([] == ![], "" == 0, "0" == false, " \n" == 0);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(parseInt(0.0000005), parseInt("08"), ["1", "2", "3"].map(parseInt));
