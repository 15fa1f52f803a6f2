namespace PyPack.Compiler.Syntax;

/// <summary>
/// The kind of a token. Keywords get their own kinds so the parser compares integers, not text;
/// soft keywords (match, case, _) stay <see cref="Name"/> as in CPython.
/// </summary>
public enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, RArrow, ColonEqual, At, AtEqual,
    Plus, Minus, Star, Slash, VBar, Amper, Less, Greater, Equal, Percent, Tilde, Circumflex,
    EqEqual, NotEqual, LessEqual, GreaterEqual, LeftShift, RightShift, DoubleStar, DoubleSlash,
    PlusEqual, MinusEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlashEqual,
    /// <summary>A character that is no Python operator (`$`, `?`, `!`): the parser rejects it.</summary>
    ErrorOp,

    // Keywords (hard).
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
