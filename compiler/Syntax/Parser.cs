using System.Runtime.CompilerServices;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// A PEG parser written by hand after CPython 3.11's Grammar/python.gram. Like CPython it runs
/// twice on bad input: a fast pass without the invalid_* rules, then a pass with them that finds
/// the specific message. Rules return null on failure and the caller restores <see cref="_mark"/>;
/// exceptions only carry real syntax errors. The rules live in partial files by concept.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>CPython's MAXSTACK: rule nesting beyond this is "too complex".</summary>
    // CPython's parser overflows at 6000 rule levels (MemoryError); its rules nest a little deeper
    // than ours, so this limit is set where `x = not not ... 1` overflows in both (5968 `not`s).
    private const int MaxDepth = 5974;

    private readonly Tokenizer _tokenizer;
    private readonly SourceText _source;
    private readonly string _fileName;
    private Token[] _tokens = new Token[1024];
    private MemoEntry?[] _memo = new MemoEntry?[1024];
    private int _fill;
    private int _mark;
    private int _depth;
    private bool _callInvalidRules;

    /// <summary>
    /// Set when a str literal piece being read puts an escaped lone high surrogate right before a
    /// lone low one; the literal's Constant takes it over (see <see cref="Constant.JoinsLoneSurrogates"/>).
    /// </summary>
    internal bool JoinedLoneSurrogates;

    /// <summary>For the sub-parser of an f-string expression: where its text starts in the file.</summary>
    private readonly FStringContext? _fstring;

    public Parser(Tokenizer tokenizer, SourceText source, string fileName, FStringContext? fstring = null)
    {
        _tokenizer = tokenizer;
        _source = source;
        _fileName = fileName;
        _fstring = fstring;
    }

    private sealed class MemoEntry(int rule, object? result, int end, MemoEntry? next)
    {
        public readonly int Rule = rule;
        public readonly object? Result = result;
        public readonly int End = end;
        public readonly MemoEntry? Next = next;
    }

    // ---- tokens ----

    private void Fill()
    {
        if (_fill == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
            Array.Resize(ref _memo, _tokens.Length);
        }
        try
        {
            _tokens[_fill] = _tokenizer.Next();
        }
        catch (PythonSyntaxError)
        {
            _tokenizerFailed = true;
            throw;
        }
        _fill++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Token Peek()
    {
        if (_mark == _fill)
            Fill();
        return ref _tokens[_mark];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind PeekKind()
    {
        if (_mark == _fill)
            Fill();
        return _tokens[_mark].Kind;
    }

    private TokenKind PeekKind(int ahead)
    {
        while (_mark + ahead >= _fill)
            Fill();
        return _tokens[_mark + ahead].Kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Expect(TokenKind kind)
    {
        if (_mark == _fill)
            Fill();
        if (_tokens[_mark].Kind == kind)
        {
            _mark++;
            return true;
        }
        return false;
    }

    /// <summary>Index of the token consumed, or -1.</summary>
    private int ExpectToken(TokenKind kind)
    {
        if (Expect(kind))
            return _mark - 1;
        return -1;
    }

    private bool IsSoftKeyword(string word)
    {
        ref Token t = ref Peek();
        return t.Kind == TokenKind.Name && t.Text == word;
    }

    private bool ExpectSoftKeyword(string word)
    {
        if (IsSoftKeyword(word))
        {
            _mark++;
            return true;
        }
        return false;
    }

    /// <summary>A NAME token (soft keywords included) as a Load Name node.</summary>
    private Name? NameToken()
    {
        ref Token t = ref Peek();
        if (t.Kind != TokenKind.Name)
            return null;
        _mark++;
        var n = new Name(t.Text!, ExprContext.Load);
        n.SetSpan(t.Line, t.Col, t.EndLine, t.EndCol);
        return n;
    }

    private string? NameText()
    {
        ref Token t = ref Peek();
        if (t.Kind != TokenKind.Name)
            return null;
        _mark++;
        return t.Text;
    }

    // ---- positions ----

    /// <summary>Gives <paramref name="node"/> the span from token <paramref name="start"/> to the last
    /// token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA).</summary>
    private T Fin<T>(T node, int start) where T : Node
    {
        ref Token s = ref _tokens[start];
        int m = _mark - 1;
        while (m > 0)
        {
            TokenKind k = _tokens[m].Kind;
            if (k != TokenKind.EndMarker && k != TokenKind.Newline && k != TokenKind.Indent && k != TokenKind.Dedent)
                break;
            m--;
        }
        ref Token e = ref _tokens[m];
        node.SetSpan(s.Line, s.Col, e.EndLine, e.EndCol);
        return node;
    }

    private static T Span<T>(T node, Node start, Node end) where T : Node
    {
        node.SetSpan(start.Line, start.Col, end.EndLine, end.EndCol);
        return node;
    }

    // ---- memo ----

    private bool TryMemo<T>(int rule, out T? result) where T : class
    {
        if (_mark == _fill)
            Fill();
        for (MemoEntry? e = _memo[_mark]; e != null; e = e.Next)
        {
            if (e.Rule == rule)
            {
                result = (T?)e.Result;
                _mark = e.End;
                return true;
            }
        }
        result = null;
        return false;
    }

    private T? Memo<T>(int rule, int start, T? result) where T : class
    {
        _memo[start] = new MemoEntry(rule, result, _mark, _memo[start]);
        return result;
    }

    // ---- recursion guard ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw TooComplex();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    /// <summary>CPython reports a parser stack overflow as a bare MemoryError, without a location.</summary>
    private static PythonSyntaxError TooComplex() => PythonSyntaxError.MemoryError();

    // ---- entry points ----

    /// <summary>One pass of the file rule; null if the input does not match.</summary>
    public Module? ParseFile(bool callInvalidRules)
    {
        _callInvalidRules = callInvalidRules;
        _mark = 0;
        _depth = 0;
        if (callInvalidRules)
            Array.Clear(_memo, 0, _fill);
        var body = Statements();
        if (!Expect(TokenKind.EndMarker))
            return null;
        return new Module(body ?? [], []);
    }

    /// <summary>The f-string expression rule: star_expressions, nothing required after it.</summary>
    public Expr? ParseFStringExpression(bool callInvalidRules)
    {
        _callInvalidRules = callInvalidRules;
        _mark = 0;
        _depth = 0;
        if (callInvalidRules)
            Array.Clear(_memo, 0, _fill);
        return StarExpressions();
    }

    /// <summary>The last token fetched (CPython's p->tokens[p->fill-1]).</summary>
    public Token LastToken => _tokens[_fill - 1];
    public int FillCount => _fill;
    public Tokenizer Tokenizer => _tokenizer;
}
