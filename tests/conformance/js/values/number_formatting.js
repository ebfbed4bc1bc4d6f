// Number to string: shortest round-trip digits and the exponent thresholds.
const values = [0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e21, 1e20, 123456789012345680000, 1e-7, 1e-6,
  0.000001234, -0, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, 100, 1.5e300, 123e-20,
  0.1, 4.35, 0.000015, 1 / 7, -1e-7, 9007199254740993, 1e100, 255 / 256];
for (const v of values) console.log(String(v));
console.log(-0, [-0], String(-0), `${-0}`, JSON.stringify(-0), (-0).toString());
console.log(Object.is(-0 + 0, 0), 1 / -0, -0 === 0);
