// String(number) for the boundary values of the shortest-representation algorithm.
const vals = [1e-6, 1e-7, 1.5e-7, 123e-9, 1e20, 1e21, 1.2345e21, 999999999999999900000, 1e15 + 0.3, 0.1 ** 10,
  2 ** 31, 2 ** 32, -(2 ** 31), 4294967295.5, 1 / 3e10, 6.02214076e23, 1.602176634e-19, 299792458, 5e-7, 0.00001,
  123456789.123456789, 1.7976931348623157e308 / 2, Number.MIN_VALUE * 3, 0.1 + 0.7, 1.0000000000000002];
for (const v of vals) console.log(v);
console.log([1e21, 1e-7].map(String), JSON.stringify([1e21, 1e-7, -0]));
