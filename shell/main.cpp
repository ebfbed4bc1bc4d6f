// dualvm: the command line. Reads the program (file, -c, stdin) or starts the REPL, picks the
// language by extension or --lang, configures the VM from the switches, and hands the program to
// that language's engine entry point. Exit codes are the language's: 0, 1 on an uncaught error,
// the program's own exit status, 2 on a usage error (as python3 and node do).
#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#ifndef DUALVM_SANITIZE
#include <mimalloc-new-delete.h>  // the runtime's C++ allocations go to mimalloc (DESIGN.md)
#endif
#include "frontends/js/syntax_error.h"
#include "runtime/js/js_engine.h"
#include "runtime/python/py_engine.h"
#include "runtime/vm.h"
#include "shell/options.h"
#include "shell/repl.h"
#include "shell/stats.h"

namespace {

bool readWhole(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

bool endsWith(const std::string& s, const char* suffix) {
  size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

shell::SourceLang languageOf(const shell::ShellOptions& o) {
  if (o.lang != shell::SourceLang::Auto) return o.lang;
  if (endsWith(o.file, ".py")) return shell::SourceLang::Python;
  if (endsWith(o.file, ".js") || endsWith(o.file, ".cjs") || endsWith(o.file, ".mjs")) return shell::SourceLang::JavaScript;
  return shell::SourceLang::Auto;
}

int runJavaScript(dualvm::VM& vm, const shell::ShellOptions& o, const std::string& path,
                  const std::string& source) {
  if (o.dump == shell::DumpKind::Ast || o.dump == shell::DumpKind::Ir) {
    try {
      std::cout << (o.dump == shell::DumpKind::Ast ? dualvm::js::dumpAst(path, source)
                                                   : dualvm::js::dumpIr(path, source));
      return 0;
    } catch (const ::js::SyntaxError& e) {
      std::cerr << path << ":" << e.line << ":" << e.column << "\nSyntaxError: " << e.message << "\n";
      return 1;
    }
  }
  if (o.dump == shell::DumpKind::Trace || o.dump == shell::DumpKind::Asm) {
    std::cerr << "dualvm: --dump=trace|asm: the tracing JIT is not built yet; running without it\n";
  }
  std::vector<std::string> argv;
  argv.push_back("dualvm");
  argv.push_back(path);
  for (const std::string& a : o.scriptArgs) argv.push_back(a);
  return dualvm::js::runMainScript(vm, path, source, argv);
}

int runPython(dualvm::VM& vm, const shell::ShellOptions& o, const std::string& path, const std::string& source) {
  if (o.dump == shell::DumpKind::Ast || o.dump == shell::DumpKind::Ir) {
    std::cout << (o.dump == shell::DumpKind::Ast ? dualvm::py::dumpAst(path, source) : dualvm::py::dumpIr(path, source));
    return 0;
  }
  std::vector<std::string> argv;
  argv.push_back(o.file.empty() && !o.code ? "" : path);  // sys.argv[0] is '' for a piped program
  for (const std::string& a : o.scriptArgs) argv.push_back(a);
  return dualvm::py::runMainScript(vm, path, source, argv);
}

}  // namespace

int main(int argc, char** argv) {
  shell::ShellOptions opts;
  std::string error;
  if (!shell::parseOptions(argc, argv, &opts, &error)) {
    std::cerr << "dualvm: " << error << "\n" << shell::usageText();
    return 2;
  }
  if (opts.showHelp) { std::cout << shell::usageText(); return 0; }
  if (opts.showVersion) { std::cout << "dualvm 0.1.0\n"; return 0; }

  dualvm::VMOptions vmOptions;
  vmOptions.maxHeapBytes = opts.maxHeapBytes;
  vmOptions.jit = opts.jit;
  vmOptions.jitThreshold = opts.jitThreshold;
  dualvm::VM vm(vmOptions);
  if (opts.maxHeapBytes) vm.heap.setMaxBytes(opts.maxHeapBytes);
  if (opts.jitLog) std::cerr << "[jit] tracing JIT not built yet: no traces will be recorded\n";

  std::string path, source;
  if (opts.module) {
    std::vector<std::string> args{"-m"};
    for (const std::string& a : opts.scriptArgs) args.push_back(a);
    int status = dualvm::py::runMainModule(vm, *opts.module, args);
    std::fflush(stdout);
    return status;
  }
  if (opts.code) {
    path = opts.lang == shell::SourceLang::Python ? "<string>" : "[eval]";
    source = *opts.code;
    if (opts.lang == shell::SourceLang::Auto) opts.lang = shell::SourceLang::JavaScript;
  } else if (opts.file == "-") {
    path = opts.lang == shell::SourceLang::Python ? "<stdin>" : "[stdin]";
    readWhole(std::cin, &source);
    if (opts.lang == shell::SourceLang::Auto) opts.lang = shell::SourceLang::JavaScript;
  } else if (!opts.file.empty()) {
    path = opts.file;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "dualvm: can't open file '" << path << "': No such file or directory\n";
      return 2;
    }
    readWhole(in, &source);
  } else if (opts.lang == shell::SourceLang::Python && !isatty(0)) {
    path = "<stdin>";  // as python3: no script and stdin not a terminal runs stdin as the program
    readWhole(std::cin, &source);
  } else {
    return shell::runRepl(vm, opts);
  }
  shell::ShellOptions effective = opts;
  if (!opts.code && opts.file != "-") effective.lang = languageOf(opts);
  if (effective.lang == shell::SourceLang::Auto) effective.lang = shell::SourceLang::JavaScript;

  auto start = std::chrono::steady_clock::now();
  int status;
  if (effective.lang == shell::SourceLang::Python) {
    status = runPython(vm, effective, path, source);
  } else {
    status = runJavaScript(vm, effective, path, source);
  }
  std::cout.flush();
  std::fflush(stdout);
  if (opts.stats != shell::StatsFormat::None) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << shell::formatStats(vm, opts.stats, secs);
  }
  return status;
}
