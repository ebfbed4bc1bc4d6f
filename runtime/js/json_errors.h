// runtime/js/json_errors.h — the pure text pieces of JSON (json_builtins.cpp), unit-tested without
// a VM: V8's (node 20's) "Unexpected token" SyntaxError message with its context window, and
// JSON.stringify's string quoting (QuoteJSONString with well-formed escapes of lone surrogates).
#pragma once
#include <string>
#include <string_view>

namespace dualvm::js {

// The message for an unexpected character at `pos` of `source` (pos == size: end of input).
std::string jsonUnexpectedTokenMessage(std::u16string_view source, size_t pos);
std::u16string jsonQuote(std::u16string_view s);

}  // namespace dualvm::js
