// runtime/js/regexp_translate.cpp — JS regexp syntax -> PCRE2 syntax (see regexp_translate.h).
#define PCRE2_CODE_UNIT_WIDTH 16
#include "runtime/js/regexp_translate.h"
#include <pcre2.h>
#include <algorithm>
#include <cstdint>

namespace dualvm::js {

using U16 = std::u16string;

bool parseRegExpFlags(const U16& text, RegExpFlags* out) {
  RegExpFlags f;
  for (char16_t c : text) {
    bool* slot = nullptr;
    switch (c) {
      case 'g': slot = &f.global; break;
      case 'i': slot = &f.ignoreCase; break;
      case 'm': slot = &f.multiline; break;
      case 's': slot = &f.dotAll; break;
      case 'u': slot = &f.unicode; break;
      case 'y': slot = &f.sticky; break;
      case 'd': slot = &f.hasIndices; break;
      case 'v': slot = &f.unicodeSets; break;
      default: return false;
    }
    if (*slot) return false;
    *slot = true;
  }
  if (f.unicode && f.unicodeSets) return false;
  *out = f;
  return true;
}

namespace {

const char16_t* kWhiteSpace =
    u"\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
const char16_t* kWordClass = u"A-Za-z0-9_";

int hexDigit(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool isIdentChar(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c > 0x7F;
}

void appendHex(U16& out, uint32_t cp) {
  static const char* hex = "0123456789abcdef";
  out += u"\\x{";
  bool started = false;
  for (int sh = 20; sh >= 0; sh -= 4) {
    int d = (cp >> sh) & 0xF;
    if (d || started || sh == 0) { out.push_back(char16_t(hex[d])); started = true; }
  }
  out.push_back('}');
}

struct Translator {
  const U16& s;
  RegExpFlags flags;
  TranslatedRegExp result;
  size_t i = 0;
  bool ucp = false;

  bool fail(const std::string& m) {
    if (result.error.empty()) result.error = m;
    return false;
  }

  // Pre-pass: capture groups and their names.
  void scanGroups() {
    bool inClass = false;
    for (size_t k = 0; k < s.size(); k++) {
      char16_t c = s[k];
      if (c == '\\') { k++; continue; }
      if (inClass) { if (c == ']') inClass = false; continue; }
      if (c == '[') { inClass = true; continue; }
      if (c != '(') continue;
      if (k + 1 < s.size() && s[k + 1] == '?') {
        if (k + 2 < s.size() && s[k + 2] == '<' && k + 3 < s.size() && s[k + 3] != '=' && s[k + 3] != '!') {
          size_t close = s.find('>', k + 3);
          U16 name = close == U16::npos ? U16() : s.substr(k + 3, close - k - 3);
          result.groupNames.push_back(name);
          result.hasNamedGroups = true;
        }
        continue;
      }
      result.groupNames.push_back(U16());
    }
    result.captureCount = uint32_t(result.groupNames.size());
  }

  // Pre-pass 2: the group tree, each group's quantifier, and the PCRE2 numbering (see
  // RegExpRepeat in the header).
  struct GroupNode {
    int parent = -1;
    bool capture = false, lookaround = false, plainNonCapture = false, hasAlt = false, containsCapture = false;
    uint32_t min = 1, max = 1;  // the quantifier after the group
    uint32_t pcre = 0;          // capture: its PCRE2 number; non-capturing repeat: its hidden group's
    int repeat = -1;            // index into result.repeats when this group is a repeat
    size_t bodyStart = 0;       // output offset of the body (main pass)
  };
  std::vector<GroupNode> nodes;     // in the order of their '('
  std::vector<int> open;            // main pass: the groups open at i
  size_t opened = 0;                // main pass: groups opened so far

  static bool quantifierAt(const U16& s, size_t k, uint32_t* min, uint32_t* max) {
    if (k >= s.size()) return false;
    switch (s[k]) {
      case '*': *min = 0; *max = UINT32_MAX; return true;
      case '+': *min = 1; *max = UINT32_MAX; return true;
      case '?': *min = 0; *max = 1; return true;
      case '{': break;
      default: return false;
    }
    auto number = [&](size_t& j, uint64_t* v) {
      int n = 0;
      *v = 0;
      for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; j++, n++) *v = std::min<uint64_t>(*v * 10 + (s[j] - '0'), UINT32_MAX);
      return n > 0;
    };
    size_t j = k + 1;
    uint64_t a, b;
    if (!number(j, &a)) return false;
    b = a;
    if (j < s.size() && s[j] == ',') {
      j++;
      if (!number(j, &b)) b = UINT32_MAX;
    }
    if (j >= s.size() || s[j] != '}') return false;
    *min = uint32_t(a);
    *max = uint32_t(b);
    return true;
  }

  void scanStructure() {
    std::vector<int> stack;
    bool inClass = false;
    for (size_t k = 0; k < s.size(); k++) {
      char16_t c = s[k];
      if (c == '\\') { k++; continue; }
      if (inClass) { if (c == ']') inClass = false; continue; }
      if (c == '[') { inClass = true; continue; }
      if (c == '|') {
        if (!stack.empty()) nodes[size_t(stack.back())].hasAlt = true;
        continue;
      }
      if (c == '(') {
        GroupNode n;
        n.parent = stack.empty() ? -1 : stack.back();
        if (k + 1 < s.size() && s[k + 1] == '?') {
          char16_t d = k + 2 < s.size() ? s[k + 2] : 0;
          if (d == '=' || d == '!') n.lookaround = true;
          else if (d == '<') {
            char16_t e = k + 3 < s.size() ? s[k + 3] : 0;
            if (e == '=' || e == '!') n.lookaround = true;
            else n.capture = true;
          } else if (d == ':') n.plainNonCapture = true;
        } else {
          n.capture = true;
        }
        stack.push_back(int(nodes.size()));
        nodes.push_back(n);
        continue;
      }
      if (c == ')' && !stack.empty()) {
        GroupNode& n = nodes[size_t(stack.back())];
        stack.pop_back();
        quantifierAt(s, k + 1, &n.min, &n.max);
        if (n.parent >= 0 && (n.capture || n.containsCapture)) nodes[size_t(n.parent)].containsCapture = true;
      }
    }
    // Numbering in the order of '(' (a hidden group opens right after its group's '(').
    uint32_t next = 1;
    result.pcreGroup.assign(1, 0);
    for (GroupNode& n : nodes) {
      bool repeat = n.max > 1 && n.containsCapture && (n.capture || n.plainNonCapture);
      if (n.capture || repeat) n.pcre = next++;
      if (n.capture) result.pcreGroup.push_back(n.pcre);
      if (repeat) {
        n.repeat = int(result.repeats.size());
        RegExpRepeat r;
        r.group = n.pcre;
        r.bodyFirst = n.pcre + 1;
        r.min = n.min;
        result.repeats.push_back(r);
      }
    }
    result.pcreCaptureCount = next - 1;
    // A group's descendants follow it in '(' order, so one backward sweep finds each body's last group.
    std::vector<uint32_t> last(nodes.size(), 0);
    for (size_t k = nodes.size(); k-- > 0;) {
      last[k] = std::max(last[k], nodes[k].pcre);
      if (nodes[k].parent >= 0) last[size_t(nodes[k].parent)] = std::max(last[size_t(nodes[k].parent)], last[k]);
      if (nodes[k].repeat >= 0) result.repeats[size_t(nodes[k].repeat)].bodyLast = last[k];
    }
    result.groupFix.assign(result.pcreCaptureCount + 1, RegExpGroupFix());
    for (const GroupNode& n : nodes) {
      if (!n.pcre) continue;
      bool look = false, mandatory = n.min >= 1;
      int m = n.parent;
      for (; m >= 0 && nodes[size_t(m)].repeat < 0; m = nodes[size_t(m)].parent) {
        const GroupNode& g = nodes[size_t(m)];
        if (g.lookaround) look = true;
        if (g.hasAlt || g.min < 1) mandatory = false;
      }
      if (m < 0) continue;
      RegExpGroupFix& fix = result.groupFix[n.pcre];
      fix.repeat = nodes[size_t(m)].repeat;
      fix.lookaround = look;
      fix.mandatory = mandatory && !look && !nodes[size_t(m)].hasAlt;
    }
  }

  // A backreference to JS group n: its PCRE2 number; a body referring outside itself cannot be
  // re-matched alone.
  uint32_t backref(uint32_t n) {
    uint32_t p = result.pcreGroup[n];
    for (int g : open) {
      const GroupNode& node = nodes[size_t(g)];
      if (node.repeat < 0) continue;
      RegExpRepeat& r = result.repeats[size_t(node.repeat)];
      if (p < r.bodyFirst || p > r.bodyLast) r.outerBackref = true;
    }
    return p;
  }

  // \uXXXX or \u{...} at s[i] == 'u' (after the backslash). Returns false if not a valid escape.
  bool unicodeEscape(uint32_t* cp) {
    size_t k = i + 1;
    if (flags.unicode && k < s.size() && s[k] == '{') {
      uint32_t v = 0;
      size_t j = k + 1;
      int n = 0;
      while (j < s.size() && hexDigit(s[j]) >= 0) { v = v * 16 + uint32_t(hexDigit(s[j])); j++; n++; if (v > 0x10FFFF) return false; }
      if (n == 0 || j >= s.size() || s[j] != '}') return false;
      *cp = v;
      i = j;
      return true;
    }
    if (k + 4 > s.size()) return false;
    uint32_t v = 0;
    for (size_t j = k; j < k + 4; j++) {
      int d = hexDigit(s[j]);
      if (d < 0) return false;
      v = v * 16 + uint32_t(d);
    }
    i = k + 3;
    // u mode: an escaped surrogate pair is one code point.
    if (flags.unicode && v >= 0xD800 && v <= 0xDBFF && i + 2 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
      uint32_t lo = 0;
      bool ok = i + 7 <= s.size();
      for (size_t j = i + 3; ok && j < i + 7; j++) {
        int d = j < s.size() ? hexDigit(s[j]) : -1;
        if (d < 0) ok = false;
        else lo = lo * 16 + uint32_t(d);
      }
      if (ok && lo >= 0xDC00 && lo <= 0xDFFF) {
        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
      }
    }
    *cp = v;
    return true;
  }

  bool propertyEscape(U16& out, bool negated) {
    // s[i] is 'p' or 'P'; expects {...}.
    size_t open = i + 1;
    if (open >= s.size() || s[open] != '{') return fail("Invalid property name");
    size_t close = s.find('}', open);
    if (close == U16::npos) return fail("Invalid property name");
    U16 body = s.substr(open + 1, close - open - 1);
    size_t eq = body.find('=');
    U16 value = body;
    if (eq != U16::npos) {
      U16 key = body.substr(0, eq);
      value = body.substr(eq + 1);
      if (key == u"Script" || key == u"sc") value = u"sc:" + value;
      else if (key == u"Script_Extensions" || key == u"scx") value = u"scx:" + value;
      else if (key != u"General_Category" && key != u"gc") return fail("Invalid property name");
    }
    out += negated ? u"\\P{" : u"\\p{";
    out += value;
    out.push_back('}');
    i = close;
    return true;
  }

  // A decimal escape \N outside a class: a backreference when N names a group, else a legacy
  // octal escape (Annex B) or the digit itself.
  void decimalEscape(U16& out) {
    size_t j = i;
    uint32_t n = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9' && n < 100000) { n = n * 10 + uint32_t(s[j] - '0'); j++; }
    if (n >= 1 && n <= result.captureCount) {
      std::string num = std::to_string(backref(n));
      out += u"(?:\\g{" + U16(num.begin(), num.end()) + u"})";
      i = j - 1;
      return;
    }
    octalEscape(out);
  }

  void octalEscape(U16& out) {
    if (s[i] >= '8') { out.push_back(s[i]); return; }
    uint32_t v = 0;
    size_t j = i;
    while (j < s.size() && j < i + 3 && s[j] >= '0' && s[j] <= '7' && v * 8 + uint32_t(s[j] - '0') <= 0377) {
      v = v * 8 + uint32_t(s[j] - '0');
      j++;
    }
    appendHex(out, v);
    i = j - 1;
  }

  // An escape at s[i] (the char after '\'), in or out of a class.
  bool escape(U16& out, bool inClass) {
    if (i >= s.size()) return fail("\\ at end of pattern");
    char16_t c = s[i];
    switch (c) {
      case 'd': out += inClass ? u"0-9" : u"[0-9]"; return true;
      case 'D': out += inClass ? u"\\D" : u"[^0-9]"; return true;
      case 'w': out += inClass ? U16(kWordClass) : u"[" + U16(kWordClass) + u"]"; return true;
      case 'W': out += inClass ? u"\\W" : u"[^" + U16(kWordClass) + u"]"; return true;
      case 's': out += inClass ? U16(kWhiteSpace) : u"[" + U16(kWhiteSpace) + u"]"; return true;
      case 'S': out += inClass ? u"\\S" : u"[^" + U16(kWhiteSpace) + u"]"; return true;
      case 'b':
        if (inClass) { out += u"\\x{8}"; return true; }
        if (ucp) out += u"(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
        else out += u"\\b";
        return true;
      case 'B':
        if (inClass) { out.push_back('B'); return true; }
        if (ucp) out += u"(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))";
        else out += u"\\B";
        return true;
      case 'f': case 'n': case 'r': case 't':
        out.push_back('\\');
        out.push_back(c);
        return true;
      case 'v': out += u"\\x{b}"; return true;
      case '0':
        if (i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
          if (flags.unicode) return fail("Invalid decimal escape");
          octalEscape(out);
          return true;
        }
        out += u"\\x{0}";
        return true;
      case 'k':
        if (result.hasNamedGroups || flags.unicode) {
          if (i + 1 >= s.size() || s[i + 1] != '<') return fail("Invalid named reference");
          size_t close = s.find('>', i + 2);
          if (close == U16::npos) return fail("Invalid named reference");
          U16 name = s.substr(i + 2, close - i - 2);
          for (size_t g = 0; g < result.groupNames.size(); g++) {
            if (result.groupNames[g] == name) {
              std::string num = std::to_string(backref(uint32_t(g + 1)));
              out += u"(?:\\g{" + U16(num.begin(), num.end()) + u"})";
              i = close;
              return true;
            }
          }
          return fail("Invalid named capture referenced");
        }
        out.push_back('k');
        return true;
      case 'u': {
        uint32_t cp;
        size_t save = i;
        if (unicodeEscape(&cp)) { appendHex(out, cp); return true; }
        if (flags.unicode) return fail("Invalid Unicode escape");
        i = save;
        out.push_back('u');
        return true;
      }
      case 'x':
        if (i + 2 < s.size() && hexDigit(s[i + 1]) >= 0 && hexDigit(s[i + 2]) >= 0) {
          appendHex(out, uint32_t(hexDigit(s[i + 1]) * 16 + hexDigit(s[i + 2])));
          i += 2;
          return true;
        }
        if (flags.unicode) return fail("Invalid escape");
        out.push_back('x');
        return true;
      case 'c':
        if (i + 1 < s.size() && ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
                                 (inClass && ((s[i + 1] >= '0' && s[i + 1] <= '9') || s[i + 1] == '_')))) {
          appendHex(out, uint32_t(s[i + 1]) % 32);
          i++;
          return true;
        }
        if (flags.unicode) return fail("Invalid unicode escape");
        out += u"\\\\c";
        return true;
      case 'p': case 'P':
        if (flags.unicode || flags.unicodeSets) return propertyEscape(out, c == 'P');
        out.push_back(c);
        return true;
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      if (inClass) {
        if (flags.unicode) return fail("Invalid class escape");
        octalEscape(out);
      } else {
        decimalEscape(out);
      }
      return true;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      if (flags.unicode) return fail("Invalid escape");
      out.push_back(c);  // identity escape (Annex B)
      return true;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      out.push_back(c);
      return true;
    }
    // Punctuation stays escaped (PCRE2 treats an escaped non-alphanumeric as itself).
    out.push_back('\\');
    out.push_back(c);
    return true;
  }

  bool run() {
    scanGroups();
    scanStructure();
    for (size_t g = 0; g < result.groupNames.size(); g++) {
      const U16& n = result.groupNames[g];
      if (!result.hasNamedGroups || n.empty()) continue;
      for (char16_t c : n)
        if (!isIdentChar(c)) return fail("Invalid capture group name");
      if (n[0] >= '0' && n[0] <= '9') return fail("Invalid capture group name");
      for (size_t h = 0; h < g; h++)
        if (result.groupNames[h] == n) return fail("Duplicate capture group name");
    }
    ucp = flags.ignoreCase;
    U16& out = result.pattern;
    out.reserve(s.size() * 2);
    int depth = 0;
    for (i = 0; i < s.size(); i++) {
      char16_t c = s[i];
      if (c == '\\') {
        i++;
        if (!escape(out, false)) return false;
        continue;
      }
      if (c == '.') {
        if (flags.dotAll) out.push_back('.');
        else out += u"[^\\n\\r\\x{2028}\\x{2029}]";
        continue;
      }
      if (c == '(') {
        depth++;
        GroupNode& node = nodes[opened];
        open.push_back(int(opened++));
        if (node.repeat >= 0 && !node.capture) {
          out += u"(?:(";  // the hidden group around each iteration
          i += 2;
          node.bodyStart = out.size();
          continue;
        }
        node.bodyStart = out.size() + 1;
        if (i + 2 < s.size() && s[i + 1] == '?' && s[i + 2] == '<' && i + 3 < s.size() && s[i + 3] != '=' &&
            s[i + 3] != '!') {
          size_t close = s.find('>', i + 3);
          if (close == U16::npos) return fail("Invalid capture group name");
          out.push_back('(');
          i = close;
          continue;
        }
        out.push_back('(');
        continue;
      }
      if (c == ')') {
        if (depth == 0) return fail("Unmatched ')'");
        depth--;
        GroupNode& node = nodes[size_t(open.back())];
        open.pop_back();
        if (node.repeat >= 0) {
          result.repeats[size_t(node.repeat)].body = out.substr(node.bodyStart);
          if (!node.capture) out.push_back(')');
        }
        out.push_back(')');
        continue;
      }
      if (c == '[') {
        bool negated = i + 1 < s.size() && s[i + 1] == '^';
        size_t k = i + (negated ? 2 : 1);
        if (k < s.size() && s[k] == ']') {
          out += negated ? u"[\\s\\S]" : u"(?!)";
          i = k;
          continue;
        }
        out.push_back('[');
        if (negated) out.push_back('^');
        i = k;
        bool closed = false;
        for (; i < s.size(); i++) {
          char16_t d = s[i];
          if (d == ']') { closed = true; break; }
          if (d == '\\') {
            i++;
            if (!escape(out, true)) return false;
            continue;
          }
          if (d == '[') { out += u"\\["; continue; }
          out.push_back(d);
        }
        if (!closed) return fail("Unterminated character class");
        out.push_back(']');
        continue;
      }
      if (flags.ignoreCase && !flags.unicode && !flags.unicodeSets) {
        // Non-u case folding is JS's Canonicalize (toUpperCase, never non-ASCII -> ASCII):
        // unlike Unicode folding, U+017F (long s) and U+212A (Kelvin) do not meet s and k.
        if (c == 's' || c == 'S') { out += u"(?-i:[sS])"; continue; }
        if (c == 'k' || c == 'K') { out += u"(?-i:[kK])"; continue; }
        if (c == 0x17F || c == 0x212A) { out += u"(?-i:"; out.push_back(c); out.push_back(')'); continue; }
      }
      out.push_back(c);
    }
    if (depth > 0) return fail("Unterminated group");
    uint32_t o = PCRE2_DOLLAR_ENDONLY | PCRE2_MATCH_UNSET_BACKREF;
    if (flags.ignoreCase) o |= PCRE2_CASELESS | PCRE2_UCP;
    if (flags.multiline) o |= PCRE2_MULTILINE;
    if (flags.dotAll) o |= PCRE2_DOTALL;
    if (flags.unicode || flags.unicodeSets) o |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    result.compileOptions = o;
    return true;
  }
};

}  // namespace

TranslatedRegExp translateRegExp(const U16& source, const RegExpFlags& flags) {
  Translator t{source, flags, {}};
  t.run();
  return t.result;
}

}  // namespace dualvm::js
