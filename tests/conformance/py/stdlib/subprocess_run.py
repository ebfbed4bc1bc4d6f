# subprocess on the native _posixsubprocess (fork_exec), select (poll: communicate with both
# pipes), fcntl and the posix pipe/wait functions: run, check_output, check_call, Popen, input,
# cwd, env, errors (CalledProcessError, FileNotFoundError from the child's error pipe).
import subprocess, sys
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r)
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.check_output("echo $((1+2))", shell=True, text=True))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e)
r = subprocess.run(["cat"], input=b"fed via stdin", capture_output=True)
print(r.stdout)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"line\n")
print(out, p.returncode)
print(subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}, capture_output=True).stdout)
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 2"))
import select, os
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)], os.read(r, 1))
p.unregister(r)
try:
    p.unregister(r)
except KeyError as e:
    print("KeyError", e.args == (r,))
os.close(r); os.close(w)
import fcntl
r, w = os.pipe()
print(bool(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC), os.get_inheritable(r))
os.set_inheritable(r, True)
print(os.get_inheritable(r), os.get_blocking(r))
os.close(r); os.close(w)
pid = os.fork()
if pid == 0:
    os._exit(7)
_, status = os.waitpid(pid, 0)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
