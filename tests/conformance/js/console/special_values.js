// Dates, errors inside objects, boxed primitives, array holes and extra array properties.
console.log([new Date(0)], { when: new Date(Date.UTC(2020, 0, 2)) });
console.log([, 1, , , 2, ,]);
const withProps = [1, 2];
withProps.extra = "x";
console.log(withProps);
console.log([new Number(3), new String("str"), new Boolean(true)]);
console.log({ re: /ab+c/gi, nan: NaN, negZero: -0, big: 123n, undef: undefined });
console.log([null, undefined], { n: null, u: undefined });
console.log(new Date(Date.UTC(2001, 1, 3, 4, 5, 6)));
