using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Raising errors the way CPython's pegen does (_PyPegen_raise_error and friends).
internal sealed partial class Parser
{
    /// <summary>
    /// _PyPegen_raise_error_known_location: <paramref name="col"/> and <paramref name="endCol"/> are
    /// 1-based byte columns (0 or less: none). Columns become characters only when the file declares
    /// its encoding, as in CPython.
    /// </summary>
    internal PythonSyntaxError RaiseAt(string kind, string msg, int line, int col, int endLine, int endCol)
    {
        string? text;
        if (_fstring != null)
        {
            msg = "f-string: " + msg;
            col -= _fstring.StartingCol;
            endCol -= _fstring.StartingCol;
            text = System.Text.Encoding.UTF8.GetString(_tokenizer.Buffer, 0, _tokenizer.Length);
        }
        else
        {
            text = _source.Line(line);
            if (text == null)
            {
                // Past the last line (an error at the end of input): CPython shows the tokenizer's buffer.
                text = _source.Line(line - 1) ?? "";
                text = "";
            }
            if (_source.HasEncodingDeclaration)
            {
                col = Tokenizer.ByteToCharOffset(text, Math.Max(col, 0));
                if (endCol > 0)
                    endCol = Tokenizer.ByteToCharOffset(text, endCol);
            }
        }
        return new PythonSyntaxError(kind, msg, _fileName, line, col, endLine, endCol, text);
    }

    /// <summary>RAISE_SYNTAX_ERROR: at the last token fetched.</summary>
    internal PythonSyntaxError RaiseSyntaxErrorAtLastToken(string msg) => RaiseAtLastToken("SyntaxError", msg);

    internal PythonSyntaxError RaiseAtLastToken(string kind, string msg)
    {
        ref Token t = ref _tokens[_fill - 1];
        int col = t.Col == -1 ? _tokenizer.CurrentCol : t.Col + 1;
        int endCol = t.EndCol == -1 ? -1 : t.EndCol + 1;
        return RaiseAt(kind, msg, t.Line, col, t.EndLine, endCol);
    }

    private PythonSyntaxError RaiseSyntaxErrorKnownLocation(Node a, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, a.EndLine, a.EndCol + 1);

    private PythonSyntaxError RaiseSyntaxErrorKnownLocation(in Token a, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, a.EndLine, a.EndCol + 1);

    private PythonSyntaxError RaiseSyntaxErrorKnownRange(Node a, Node b, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private PythonSyntaxError RaiseSyntaxErrorKnownRange(in Token a, in Token b, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private PythonSyntaxError RaiseSyntaxErrorKnownRange(in Token a, Node b, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private PythonSyntaxError RaiseSyntaxErrorKnownRange(Node a, in Token b, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM: from a node to the tokenizer's current position.</summary>
    private PythonSyntaxError RaiseSyntaxErrorStartingFrom(Node a, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, _tokenizer.CurrentLine, _tokenizer.CurrentCol);

    private PythonSyntaxError RaiseSyntaxErrorStartingFrom(in Token a, string msg)
        => RaiseAt("SyntaxError", msg, a.Line, a.Col + 1, _tokenizer.CurrentLine, _tokenizer.CurrentCol);

    private PythonSyntaxError RaiseIndentationError(string msg) => RaiseAtLastToken("IndentationError", msg);
}
