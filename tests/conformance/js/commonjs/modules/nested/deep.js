// Helper module (not a test program): lives in a subfolder and requires upward.
const { square } = require("../math_utils");
module.exports = { deepSquare: (x) => square(square(x)), where: "nested" };
