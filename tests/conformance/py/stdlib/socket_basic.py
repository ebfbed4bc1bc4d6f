# socket over the native _socket: socketpair, a TCP server on 127.0.0.1 with a client in one
# process, makefile, timeouts, errors (CPython's exception types and errno names).
import errno
import socket


def ename(e):
    return errno.errorcode.get(e.errno, e.errno)


# socketpair
a, b = socket.socketpair()
print(a.family, a.type, b.family == socket.AF_UNIX, a.proto)
a.sendall(b"hello")
print(b.recv(100))
b.send(b"x" * 10)
buf = bytearray(4)
print(a.recv_into(buf), buf)
print(a.recv_into(memoryview(buf)[1:3]), buf)
print(a.recv(100))
print(a.gettimeout(), a.getblocking())
a.close()
print(b.recv(10))  # EOF
b.close()
print(a.fileno(), a._closed)

# TCP server and client in one process: the connection completes in the kernel's backlog
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)
cli = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
print(type(conn).__name__, conn.family.name, conn.type.name)
cli.sendall(b"line one\nline two\npartial")
cli.shutdown(socket.SHUT_WR)
f = conn.makefile("rb")
print(f.readline())
print(f.readline())
print(f.read())
f.close()
w = conn.makefile("w", encoding="utf-8")
w.write("text reply\nsecond\n")
w.flush()
w.close()
conn.shutdown(socket.SHUT_WR)
r = cli.makefile("r", encoding="utf-8")
print(list(r))
r.close()
conn.close()
cli.close()

# timeouts
a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, e.errno, socket.timeout is TimeoutError)
a.setblocking(False)
print(a.gettimeout())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, ename(e))
try:
    a.settimeout(-1)
except ValueError as e:
    print("ValueError", e)
a.close()
b.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
s.close()
socket.setdefaulttimeout(None)

# errors
s = socket.socket()
s.bind(("127.0.0.1", 0))
closed_port = s.getsockname()[1]
s.close()
try:
    socket.create_connection(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, ename(e), e)
c = socket.socket()
print(errno.errorcode[c.connect_ex(("127.0.0.1", closed_port))])
c.close()
try:
    socket.getaddrinfo("no.such.host.invalid", 80)
except socket.gaierror as e:
    print(type(e).__name__, isinstance(e, OSError), e.errno in (socket.EAI_NONAME, socket.EAI_AGAIN, socket.EAI_NODATA))
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, ename(e))
try:
    socket.socket().connect(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError", e)
try:
    socket.socket().connect("127.0.0.1")
except TypeError as e:
    print("TypeError", e)

# module functions
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
try:
    socket.inet_aton("1.2.3.4.5")
except OSError as e:
    print("OSError", e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
info = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print(info)
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname("http", "tcp"), socket.getprotobyname("tcp"))
print(isinstance(socket.gethostname(), str))
print(socket.AF_INET, socket.SOCK_DGRAM, socket.SOMAXCONN > 0, socket.has_ipv6)

# UDP on localhost
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"datagram", u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm[1] == u2.getsockname()[1])
u1.close()
u2.close()

# AF_UNIX in the abstract namespace, and the context manager
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as us:
    us.bind(b"\x00dualvm-socket-basic-test")
    print(us.getsockname())
print(us._closed)

# dup and fromfd
a, b = socket.socketpair()
d = a.dup()
d.sendall(b"via dup")
print(b.recv(100))
for s in (a, b, d):
    s.close()
