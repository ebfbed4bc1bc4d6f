#!/bin/bash
# fake_dualvm.sh: a stand-in for build/dualvm that misbehaves on purpose, so the harness self-test
# can check how each kind of failure is classified. It runs the real program on python3 or node
# and prints a --stats JSON object like the shell's, except:
#   richards  -> dies with SIGSEGV             (expect "crashed with signal 11")
#   deltablue -> prints one iteration line only (expect "printed 1 of N iteration lines")
#   sieve     -> hangs                          (expect "timed out")
#   queens    -> runs with an unsupported size  (expect the program's own verification message)
args=(); stats=0
for a in "$@"; do
  case $a in
    --no-jit) ;;
    --stats=json) stats=1 ;;
    --version) echo "fake dualvm for the harness self-test"; exit 0 ;;
    *) args+=("$a") ;;
  esac
done
file=${args[0]}
case $file in
  *richards*) kill -SEGV $$ ;;
  *deltablue*) echo "iteration 1: 5 us"; exit 0 ;;
  *sieve*) exec sleep 600 ;;
  *queens*) args[2]=3 ;;
esac
if [[ $file == *.py ]]; then python3 "${args[@]}"; rc=$?; else node "${args[@]}"; rc=$?; fi
if [ $stats = 1 ]; then
  printf '{\n  "gc": {"collections": 3, "peak_live_bytes": 4242424},\n  "jit": {"enabled": false, "note": "fake"}\n}\n' >&2
fi
exit $rc
