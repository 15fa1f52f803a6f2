using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// The two passes and the choice of the reported error (CPython's _PyPegen_run_parser).
internal sealed partial class Parser
{
    private bool _tokenizerFailed;

    internal static object? RunParser(Parser p, bool fstring)
    {
        object? result;
        try
        {
            result = fstring ? p.ParseFStringExpression(false) : p.ParseFile(false);
        }
        catch (PythonSyntaxError e)
        {
            throw p.FinalError(e);
        }
        if (result != null)
            return result;
        Token lastToken = p.LastToken;
        try
        {
            if (fstring)
                p.ParseFStringExpression(true);
            else
                p.ParseFile(true);
        }
        catch (PythonSyntaxError e)
        {
            throw p.FinalError(e);
        }
        throw p.FinalError(p.GenericError(lastToken));
    }

    /// <summary>A tokenizer error is final; a parser error yields to a tokenizer error later in the file.</summary>
    private PythonSyntaxError FinalError(PythonSyntaxError e)
    {
        if (_tokenizerFailed)
            return e;
        return CheckRestForTokenizerErrors(e);
    }

    // _PyPegen_tokenize_full_source_to_check_for_errors
    private PythonSyntaxError CheckRestForTokenizerErrors(PythonSyntaxError e)
    {
        int errLine = _fill > 0 ? _tokens[_fill - 1].Line : 0;
        try
        {
            while (true)
            {
                Token t = _tokenizer.Next();
                if (t.Kind == TokenKind.EndMarker)
                    break;
            }
        }
        catch (PythonSyntaxError tokError)
        {
            if (!_tokenizer.LastErrorDeferred)
                return tokError;
            if (_tokenizer.Level > 0 && _tokenizer.AtEndOfInput && errLine > _tokenizer.UnclosedLine)
                return _tokenizer.UnclosedBracketError();
        }
        return e;
    }

    private PythonSyntaxError GenericError(Token lastToken)
    {
        if (lastToken.Kind == TokenKind.Indent)
            return RaiseIndentationError("unexpected indent");
        if (lastToken.Kind == TokenKind.Dedent)
            return RaiseIndentationError("unexpected unindent");
        return RaiseSyntaxErrorKnownLocation(lastToken, "invalid syntax");
    }
}
