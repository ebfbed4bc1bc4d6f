// Command-line parsing for the dualvm shell. Options come before the script; everything after
// the script path (or -c CODE) belongs to the script (process.argv / sys.argv).
#include "shell/options.h"
#include <cstdlib>
#include <cstring>

namespace shell {

const char* usageText() {
  return
      "usage: dualvm [options] [file.js | file.py | -c CODE | -m MODULE | -] [args...]\n"
      "\n"
      "  With no file, starts a REPL. The language comes from the file extension.\n"
      "\n"
      "options:\n"
      "  --lang=js|py          language of the program (overrides the extension)\n"
      "  -c CODE               run CODE\n"
      "  -m MODULE             run a Python library module as a script (as python3 -m)\n"
      "  -                     read the program from standard input\n"
      "  --no-jit              interpreter only\n"
      "  --jit-threshold=N     loop/function hotness before tracing (default 1000)\n"
      "  --jit-log             log traces started, compiled, aborted, side exits\n"
      "  --dump=ast|ir|trace|asm  print the program's AST / bytecode / traces / machine code\n"
      "  --stats[=text|json]   print GC and JIT counters to stderr at exit\n"
      "  --max-heap=SIZE       heap limit (bytes; suffix K, M or G)\n"
      "  --version             print the version\n"
      "  -h, --help            this text\n";
}

static bool parseSize(const std::string& s, size_t* out) {
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || v < 0) return false;
  std::string suffix(end);
  double mult = 1;
  if (suffix == "" || suffix == "b" || suffix == "B") mult = 1;
  else if (suffix == "k" || suffix == "K" || suffix == "KB") mult = 1024;
  else if (suffix == "m" || suffix == "M" || suffix == "MB") mult = 1024.0 * 1024;
  else if (suffix == "g" || suffix == "G" || suffix == "GB") mult = 1024.0 * 1024 * 1024;
  else return false;
  *out = size_t(v * mult);
  return true;
}

bool parseOptions(int argc, char** argv, ShellOptions* o, std::string* error) {
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    auto value = [&](const char* name, std::string* v) {
      size_t n = std::strlen(name);
      if (a.compare(0, n, name) == 0 && a.size() > n && a[n] == '=') { *v = a.substr(n + 1); return true; }
      return false;
    };
    std::string v;
    if (a == "-h" || a == "--help") { o->showHelp = true; return true; }
    if (a == "--version" || a == "-V") { o->showVersion = true; return true; }
    if (a == "--no-jit") { o->jit = false; continue; }
    if (a == "--jit") { o->jit = true; continue; }
    if (a == "--jit-log") { o->jitLog = true; continue; }
    if (a == "--stats") { o->stats = StatsFormat::Text; continue; }
    if (value("--stats", &v)) {
      if (v == "text") o->stats = StatsFormat::Text;
      else if (v == "json") o->stats = StatsFormat::Json;
      else { *error = "--stats takes text or json"; return false; }
      continue;
    }
    if (value("--jit-threshold", &v)) {
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end || n < 1) { *error = "--jit-threshold takes a positive integer"; return false; }
      o->jitThreshold = uint32_t(n);
      continue;
    }
    if (value("--lang", &v)) {
      if (v == "js" || v == "javascript") o->lang = SourceLang::JavaScript;
      else if (v == "py" || v == "python") o->lang = SourceLang::Python;
      else { *error = "--lang takes js or py"; return false; }
      continue;
    }
    if (value("--dump", &v)) {
      if (v == "ast") o->dump = DumpKind::Ast;
      else if (v == "ir") o->dump = DumpKind::Ir;
      else if (v == "trace") o->dump = DumpKind::Trace;
      else if (v == "asm") o->dump = DumpKind::Asm;
      else { *error = "--dump takes ast, ir, trace or asm"; return false; }
      continue;
    }
    if (value("--max-heap", &v)) {
      if (!parseSize(v, &o->maxHeapBytes) || o->maxHeapBytes == 0) {
        *error = "--max-heap takes a size such as 64M";
        return false;
      }
      continue;
    }
    if (a == "-c") {
      if (i + 1 >= argc) { *error = "-c needs an argument"; return false; }
      o->code = argv[++i];
      i++;
      break;
    }
    if (a == "-m" || (a.size() > 2 && a.compare(0, 2, "-m") == 0)) {
      if (a == "-m" && i + 1 >= argc) { *error = "-m needs an argument"; return false; }
      o->module = a == "-m" ? argv[++i] : a.substr(2);
      o->lang = SourceLang::Python;
      i++;
      break;
    }
    if (a == "-") { o->file = "-"; i++; break; }
    if (a.size() > 1 && a[0] == '-') { *error = "unknown option: " + a; return false; }
    o->file = a;
    i++;
    break;
  }
  for (; i < argc; i++) o->scriptArgs.push_back(argv[i]);
  return true;
}

}  // namespace shell
