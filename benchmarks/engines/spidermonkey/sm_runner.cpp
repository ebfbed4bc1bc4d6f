// sm_runner.cpp: runs one JavaScript file on SpiderMonkey (libmozjs-102) for dualvm-bench.
// Provides the little a benchmark needs: print / console.log / console.error, a monotonic clock
// as performance.now() (milliseconds), and a node-like process.argv ([runner, script, ...args])
// with process.exit(code). An uncaught exception is printed with its stack to stderr and the
// runner exits 1. `sm-runner --version` prints the engine version. At exit it prints one stderr
// line "dualvm-bench-heap: {json}" with the tenured GC heap (JSGC_BYTES) sampled at every GC start
// and at exit, so dualvm-bench can show SpiderMonkey's own heap figure beside the OS's RSS.
#include <js/Array.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Conversions.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/GlobalObject.h>
#include <js/Initialization.h>
#include <js/PropertyAndElement.h>
#include <js/PropertySpec.h>
#include <js/Realm.h>
#include <js/SourceText.h>
#include <js/Stack.h>
#include <js/String.h>
#include <jsapi.h>
#include <jsfriendapi.h>

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS, &JS::DefaultGlobalClassOps};
const auto kStart = std::chrono::steady_clock::now();
int g_exit_code = 0;
uint32_t g_peak_gc_bytes = 0;
unsigned g_collections = 0;

void sample_heap(JSContext* cx) {
  uint32_t bytes = JS_GetGCParameter(cx, JSGC_BYTES);
  if (bytes > g_peak_gc_bytes) g_peak_gc_bytes = bytes;
}

void on_gc(JSContext* cx, JSGCStatus status, JS::GCReason, void*) {
  if (status == JSGC_BEGIN) {
    g_collections++;
    sample_heap(cx);
  }
}

void print_heap_line(JSContext* cx) {
  sample_heap(cx);
  std::fprintf(stderr,
               "dualvm-bench-heap: {\"peak_used_heap_bytes\": %u, \"gc_bytes_at_exit\": %u, \"major_gc_count\": %u, "
               "\"source\": \"sm-runner: JSGC_BYTES (tenured heap, nursery excluded) at each GC start\"}\n",
               g_peak_gc_bytes, JS_GetGCParameter(cx, JSGC_BYTES), g_collections);
}
bool g_exit_requested = false;

bool write_values(JSContext* cx, const JS::CallArgs& args, FILE* out) {
  for (unsigned i = 0; i < args.length(); i++) {
    JS::RootedString text(cx, JS::ToString(cx, args[i]));
    if (!text) return false;
    JS::UniqueChars chars = JS_EncodeStringToUTF8(cx, text);
    if (!chars) return false;
    if (i > 0) std::fputc(' ', out);
    std::fputs(chars.get(), out);
  }
  std::fputc('\n', out);
  args.rval().setUndefined();
  return true;
}

bool print_stdout(JSContext* cx, unsigned argc, JS::Value* vp) {
  return write_values(cx, JS::CallArgsFromVp(argc, vp), stdout);
}

bool print_stderr(JSContext* cx, unsigned argc, JS::Value* vp) {
  return write_values(cx, JS::CallArgsFromVp(argc, vp), stderr);
}

bool performance_now(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - kStart).count();
  args.rval().setDouble(ms);
  return true;
}

// process.exit(code): unwinds the script with an uncatchable error; main() then exits with code.
bool process_exit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t code = 0;
  if (args.length() > 0 && !JS::ToInt32(cx, args[0], &code)) return false;
  g_exit_code = code;
  g_exit_requested = true;
  return false;
}

bool define_globals(JSContext* cx, JS::HandleObject global, const std::vector<std::string>& argv) {
  if (!JS_DefineFunction(cx, global, "print", print_stdout, 0, 0)) return false;

  JS::RootedObject console(cx, JS_NewPlainObject(cx));
  if (!console || !JS_DefineFunction(cx, console, "log", print_stdout, 0, 0) ||
      !JS_DefineFunction(cx, console, "info", print_stdout, 0, 0) ||
      !JS_DefineFunction(cx, console, "error", print_stderr, 0, 0) ||
      !JS_DefineFunction(cx, console, "warn", print_stderr, 0, 0) ||
      !JS_DefineProperty(cx, global, "console", console, JSPROP_ENUMERATE)) {
    return false;
  }

  JS::RootedObject performance(cx, JS_NewPlainObject(cx));
  if (!performance || !JS_DefineFunction(cx, performance, "now", performance_now, 0, 0) ||
      !JS_DefineProperty(cx, global, "performance", performance, JSPROP_ENUMERATE)) {
    return false;
  }

  JS::RootedObject process(cx, JS_NewPlainObject(cx));
  JS::RootedObject args(cx, JS::NewArrayObject(cx, argv.size()));
  if (!process || !args) return false;
  for (size_t i = 0; i < argv.size(); i++) {
    JS::RootedString s(cx, JS_NewStringCopyZ(cx, argv[i].c_str()));
    if (!s || !JS_SetElement(cx, args, static_cast<uint32_t>(i), s)) return false;
  }
  return JS_DefineProperty(cx, process, "argv", args, JSPROP_ENUMERATE) &&
         JS_DefineFunction(cx, process, "exit", process_exit, 1, 0) &&
         JS_DefineProperty(cx, global, "process", process, JSPROP_ENUMERATE);
}

// Prints the pending exception like a shell: "file:line:column message" and the stack.
void report_uncaught(JSContext* cx) {
  if (!JS_IsExceptionPending(cx)) {
    std::fprintf(stderr, "sm-runner: uncatchable error (out of memory or over-recursion)\n");
    return;
  }
  JS::ExceptionStack stack(cx);
  if (!JS::StealPendingExceptionStack(cx, &stack)) {
    std::fprintf(stderr, "sm-runner: an exception was thrown and could not be retrieved\n");
    return;
  }
  JS::ErrorReportBuilder report(cx);
  if (!report.init(cx, stack, JS::ErrorReportBuilder::WithSideEffects)) {
    std::fprintf(stderr, "sm-runner: an exception was thrown and could not be described\n");
    return;
  }
  JS::PrintError(stderr, report, false);
  if (stack.stack()) {
    JS::RootedString trace(cx);
    if (JS::BuildStackString(cx, nullptr, stack.stack(), &trace, 2) && trace) {
      JS::UniqueChars chars = JS_EncodeStringToUTF8(cx, trace);
      if (chars) std::fprintf(stderr, "Stack:\n%s", chars.get());
    }
  }
}

uint32_t physical_memory_mib() {
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return 1024;
  return static_cast<uint32_t>(static_cast<unsigned long long>(pages) * page_size / (1024 * 1024));
}

int run_file(JSContext* cx, const std::string& path, const std::vector<std::string>& argv) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "sm-runner: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string code = buffer.str();

  JS::RealmOptions realm_options;
  JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, realm_options));
  if (!global) return 1;
  JSAutoRealm realm(cx, global);
  if (!JS::InitRealmStandardClasses(cx) || !define_globals(cx, global, argv)) {
    report_uncaught(cx);
    return 1;
  }
  JS::CompileOptions options(cx);
  options.setFileAndLine(path.c_str(), 1);
  JS::SourceText<mozilla::Utf8Unit> source;
  if (!source.init(cx, code.data(), code.size(), JS::SourceOwnership::Borrowed)) {
    report_uncaught(cx);
    return 1;
  }
  JS::RootedValue result(cx);
  bool ok = JS::Evaluate(cx, options, source, &result);
  if (ok) js::RunJobs(cx);  // settle any promise jobs the script queued
  std::fflush(stdout);
  if (g_exit_requested) {
    JS_ClearPendingException(cx);
    return g_exit_code;
  }
  if (!ok || JS_IsExceptionPending(cx)) {
    report_uncaught(cx);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
    std::printf("SpiderMonkey %s\n", JS_GetImplementationVersion());
    return 0;
  }
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: sm-runner FILE.js [ARGS...]   (or --version)\n");
    return 2;
  }
  if (!JS_Init()) {
    std::fprintf(stderr, "sm-runner: JS_Init failed\n");
    return 1;
  }
  int status = 1;
  {
    JSContext* cx = JS_NewContext(JS::DefaultHeapMaxBytes);
    if (!cx) {
      std::fprintf(stderr, "sm-runner: cannot create a JS context\n");
      return 1;
    }
    // Like the js shell: DefaultHeapMaxBytes only seeds the context; lift the GC heap limit so
    // allocation-heavy benchmarks are bounded by memory, not by a 32 MiB default.
    JS_SetGCParameter(cx, JSGC_MAX_BYTES, 0xffffffff);
    // ...and tune the nursery and heap growth for this machine's memory, as the js shell does.
    JS_SetGCParametersBasedOnAvailableMemory(cx, physical_memory_mib());
    JS_SetNativeStackQuota(cx, 8 * 1024 * 1024);
    if (!js::UseInternalJobQueues(cx) || !JS::InitSelfHostedCode(cx)) {
      std::fprintf(stderr, "sm-runner: cannot initialize the engine\n");
      JS_DestroyContext(cx);
      return 1;
    }
    std::vector<std::string> script_argv;
    script_argv.push_back(argv[0]);
    for (int i = 1; i < argc; i++) script_argv.push_back(argv[i]);
    JS_SetGCCallback(cx, on_gc, nullptr);
    status = run_file(cx, argv[1], script_argv);
    print_heap_line(cx);
    JS_DestroyContext(cx);
  }
  JS_ShutDown();
  return status;
}
