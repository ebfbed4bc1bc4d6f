// A syntax error anywhere in the file means nothing runs: empty stdout, exit code 1.
console.log("this never prints because the file does not parse");
function broken( {
  return 1;
}
