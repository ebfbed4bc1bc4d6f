// ShellOptions: the dualvm command line, parsed (see `dualvm --help`).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace shell {

enum class SourceLang { Auto, JavaScript, Python };
enum class DumpKind { None, Ast, Ir, Trace, Asm };
enum class StatsFormat { None, Text, Json };

struct ShellOptions {
  SourceLang lang = SourceLang::Auto;
  std::string file;                 // script path; "-" = stdin; empty with no -c = REPL
  std::optional<std::string> code;  // -c CODE
  std::optional<std::string> module;  // -m MODULE (Python: run a library module as __main__)
  std::vector<std::string> scriptArgs;
  bool jit = true;
  uint32_t jitThreshold = 1000;
  bool jitLog = false;
  DumpKind dump = DumpKind::None;
  StatsFormat stats = StatsFormat::None;
  size_t maxHeapBytes = 0;
  bool showHelp = false;
  bool showVersion = false;
};

// Parses argv. On a usage error returns false with a message in *error.
bool parseOptions(int argc, char** argv, ShellOptions* out, std::string* error);
const char* usageText();

}  // namespace shell
