namespace PyPack.Compiler.Syntax;

/// <summary>
/// One token. <see cref="Start"/>/<see cref="End"/> are byte offsets into the tokenizer's UTF-8
/// buffer; columns are UTF-8 byte offsets within their line, as CPython counts them. A column of -1
/// means CPython records none (INDENT/DEDENT and some error tokens).
/// </summary>
public struct Token
{
    public TokenKind Kind;
    /// <summary>Parenthesis nesting level at this token (CPython's token->level).</summary>
    public int Level;
    public int Start;
    public int End;
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;
    /// <summary>Identifier text for names and keywords (interned), otherwise null.</summary>
    public string? Text;

    public override readonly string ToString() => $"{Kind} {Text} {Line}:{Col}-{EndLine}:{EndCol}";
}
