// runtime/python/modules/errno.cpp — the native `errno` module (pymisc): the platform's error
// codes as module constants and `errorcode` (code -> name), as CPython's errnomodule.c builds them
// on Linux. errorcode keeps CPython's insertion order; aliases (EWOULDBLOCK, EDEADLOCK/EDEADLK,
// ENOTSUP/EOPNOTSUPP) are constants only, errorcode naming the same code as CPython does.
#include <cerrno>
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

namespace {
struct ErrnoName { const char* name; int code; bool inErrorcode; };
#define E(n) {#n, n, true},
#define A(n) {#n, n, false},
const ErrnoName kErrnoNames[] = {
    E(ENODEV) E(ENOCSI) E(EHOSTUNREACH) E(ENOMSG) E(EUCLEAN) E(EL2NSYNC) E(EL2HLT) E(ENODATA)
    E(ENOTBLK) E(ENOSYS) E(EPIPE) E(EINVAL) E(EOVERFLOW) E(EADV) E(EINTR) E(EUSERS) E(ENOTEMPTY)
    E(ENOBUFS) E(EPROTO) E(EREMOTE) E(ENAVAIL) E(ECHILD) E(ELOOP) E(EXDEV) E(E2BIG) E(ESRCH)
    E(EMSGSIZE) E(EAFNOSUPPORT) E(EBADR) E(EHOSTDOWN) E(EPFNOSUPPORT) E(ENOPROTOOPT) E(EBUSY)
    E(EAGAIN) E(EBADFD) E(EDOTDOT) E(EISCONN) E(ENOANO) E(ESHUTDOWN) E(ECHRNG) E(ELIBBAD) E(ENONET)
    E(EBADE) E(EBADF) E(EMULTIHOP) E(EIO) E(EUNATCH) E(EPROTOTYPE) E(ENOSPC) E(ENOEXEC) E(EALREADY)
    E(ENETDOWN) E(ENOTNAM) E(EACCES) E(ELNRNG) E(EILSEQ) E(ENOTDIR) E(ENOTUNIQ) E(EPERM) E(EDOM)
    E(EXFULL) E(ECONNREFUSED) E(EISDIR) E(EPROTONOSUPPORT) E(EROFS) E(EADDRNOTAVAIL) E(EIDRM)
    E(ECOMM) E(ESRMNT) E(EREMOTEIO) E(EL3RST) E(EBADMSG) E(ENFILE) E(ELIBMAX) E(ESPIPE) E(ENOLINK)
    E(ENETRESET) E(ETIMEDOUT) E(ENOENT) E(EEXIST) E(EDQUOT) E(ENOSTR) E(EBADSLT) E(EBADRQC)
    E(ELIBACC) E(EFAULT) E(EFBIG) E(EDEADLOCK) E(ENOTCONN) E(EDESTADDRREQ) E(ELIBSCN) E(ENOLCK)
    E(EISNAM) E(ECONNABORTED) E(ENETUNREACH) E(ESTALE) E(ENOSR) E(ENOMEM) E(ENOTSOCK) E(ESTRPIPE)
    E(EMLINK) E(ERANGE) E(ELIBEXEC) E(EL3HLT) E(ECONNRESET) E(EADDRINUSE) E(ENOTSUP) E(EREMCHG)
    E(ENAMETOOLONG) E(ENOTTY) E(ERESTART) E(ESOCKTNOSUPPORT) E(ETIME) E(EBFONT) E(ETOOMANYREFS)
    E(EMFILE) E(ETXTBSY) E(EINPROGRESS) E(ENXIO) E(ENOPKG) E(ENOMEDIUM) E(EMEDIUMTYPE) E(ECANCELED)
    E(ENOKEY) E(EKEYEXPIRED) E(EKEYREVOKED) E(EKEYREJECTED) E(EOWNERDEAD) E(ENOTRECOVERABLE)
    E(ERFKILL)
    A(EDEADLK) A(EOPNOTSUPP) A(EWOULDBLOCK)
};
#undef E
#undef A
}  // namespace

void initErrno(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Rooted codes(vm, P.newDict());
  for (const ErrnoName& e : kErrnoNames) {
    m->putDirect(vm, P.s(e.name), Value::integer(e.code));
    if (!e.inErrorcode) continue;
    Value name = P.newStr(e.name);
    P.dictSet(asDict(codes), Value::integer(e.code), name);
  }
  m->putDirect(vm, P.s("errorcode"), codes);
}

}  // namespace dualvm::py
