// frontends/js/token.h — token kinds and the Token record the lexer hands the parser.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "frontends/js/ast.h"

namespace js {

enum class Tok : uint8_t {
    EndOfInput,
    Identifier,    // includes contextual words: let, static, yield, await, async, of, get, set
    PrivateName,   // #x  (ident = "#x")
    Number,        // number
    BigInt,        // bigint (digits as written, no `n`, no `_`)
    String,        // str (cooked)
    Template,      // a template chunk: see Token::templateTail
    RegExp,        // only from Lexer::rescanRegExp: str = pattern, ident = flags
    // reserved words (ident holds the spelling too)
    KwBreak, KwCase, KwCatch, KwClass, KwConst, KwContinue, KwDebugger, KwDefault, KwDelete,
    KwDo, KwElse, KwEnum, KwExport, KwExtends, KwFalse, KwFinally, KwFor, KwFunction, KwIf,
    KwImport, KwIn, KwInstanceof, KwNew, KwNull, KwReturn, KwSuper, KwSwitch, KwThis, KwThrow,
    KwTrue, KwTry, KwTypeof, KwVar, KwVoid, KwWhile, KwWith,
    // punctuators
    LBrace, RBrace, LParen, RParen, LBracket, RBracket, Dot, Ellipsis, Semicolon, Comma,
    Lt, Gt, LtEq, GtEq, Eq, NotEq, StrictEq, StrictNotEq,
    Plus, Minus, Star, Percent, StarStar, PlusPlus, MinusMinus,
    Shl, Sar, Shr, Amp, Pipe, Caret, Bang, Tilde, AmpAmp, PipePipe, QuestionQuestion,
    Question, QuestionDot, Colon, Assign,
    PlusAssign, MinusAssign, StarAssign, PercentAssign, StarStarAssign, ShlAssign, SarAssign,
    ShrAssign, AmpAssign, PipeAssign, CaretAssign, AmpAmpAssign, PipePipeAssign,
    QuestionQuestionAssign, Arrow, Slash, SlashAssign,
};

const char* tokName(Tok t);  // the spelling ("{", "typeof") or a description ("number")

struct Token {
    Tok type = Tok::EndOfInput;
    bool newlineBefore = false;  // a line terminator precedes this token (ASI, restricted prods)
    SourcePos start;             // first character
    uint32_t end = 0;            // byte offset one past the last character
    SourcePos endPos;            // line/column after the last character
    std::string ident;           // Identifier / keyword / PrivateName: the name in UTF-8;
                                 // BigInt: digits; RegExp: flags
    bool escaped = false;        // Identifier spelled with \u escapes (cannot act as keyword)
    double number = 0;           // Number
    bool legacyOctal = false;    // Number: 017 or 08 style; String: \1-\7 / \8 \9 escapes
    bool nonOctalDecimalEscape = false;  // String: the legacy escape was \8 or \9
    SourcePos octalEscapePos;    // String: where the first legacy escape is
    std::u16string str;          // String: cooked value; RegExp: pattern
    // Template chunk: `cooked` is nullopt when an escape is invalid (only legal when tagged);
    // raw has CR/CRLF normalized. templateTail: the chunk ends with '`' (else with "${").
    std::optional<std::u16string> cooked;
    std::u16string raw;
    bool templateTail = false;
    std::string invalidEscapeMessage;  // why cooked is nullopt
    SourcePos invalidEscapePos;
};

}  // namespace js
