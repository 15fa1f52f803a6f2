using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// The match statement and its patterns.
internal sealed partial class Parser
{
    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    private Stmt? MatchStmt()
    {
        int start = _mark;
        if (!IsSoftKeyword("match"))
            return null;
        _mark++;
        Expr? subject = SubjectExpr();
        if (subject != null && Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && Expect(TokenKind.Indent))
        {
            var cases = new List<MatchCase>();
            while (true)
            {
                int m = _mark;
                MatchCase? c = CaseBlock();
                if (c == null)
                {
                    _mark = m;
                    break;
                }
                cases.Add(c);
            }
            if (cases.Count > 0 && Expect(TokenKind.Dedent))
                return Fin(new Match(subject, cases), start);
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidMatchStmt();
            _mark = start;
        }
        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private Expr? SubjectExpr()
    {
        int start = _mark;
        Expr? value = StarNamedExpression();
        if (value != null && Expect(TokenKind.Comma))
        {
            var elts = new List<Expr> { value };
            int m = _mark;
            List<Expr>? rest = StarNamedExpressions();
            if (rest != null)
                elts.AddRange(rest);
            else
                _mark = m;
            return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
        }
        _mark = start;
        return NamedExpression();
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    private MatchCase? CaseBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidCaseBlock();
            _mark = start;
        }
        if (!ExpectSoftKeyword("case"))
            return null;
        Pattern? pattern = Patterns();
        if (pattern != null)
        {
            Expr? guard = Guard();
            if (Expect(TokenKind.Colon))
            {
                List<Stmt>? body = Block();
                if (body != null)
                    return new MatchCase(pattern, guard, body);
            }
        }
        _mark = start;
        return null;
    }

    private Expr? Guard()
    {
        int m = _mark;
        if (Expect(TokenKind.If))
        {
            Expr? g = NamedExpression();
            if (g != null)
                return g;
        }
        _mark = m;
        return null;
    }

    // patterns: open_sequence_pattern | pattern
    private Pattern? Patterns()
    {
        int start = _mark;
        List<Pattern>? seq = OpenSequencePattern();
        if (seq != null)
            return Fin(new MatchSequence(seq), start);
        _mark = start;
        return PatternRule();
    }

    // pattern: as_pattern | or_pattern
    private Pattern? PatternRule()
    {
        int start = _mark;
        Enter();
        try
        {
            Pattern? or = OrPattern();
            if (or != null)
            {
                int m = _mark;
                if (Expect(TokenKind.As))
                {
                    Name? target = PatternCaptureTarget();
                    if (target != null)
                        return Fin(new MatchAs(or, target.Id), start);
                }
                _mark = m;
                if (_callInvalidRules)
                {
                    _mark = start;
                    InvalidAsPattern();
                    _mark = m;
                }
                return or;
            }
            _mark = start;
            return null;
        }
        finally
        {
            Leave();
        }
    }

    // or_pattern: '|'.closed_pattern+
    private Pattern? OrPattern()
    {
        int start = _mark;
        Pattern? first = ClosedPattern();
        if (first == null)
            return null;
        List<Pattern>? list = null;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.VBar))
                break;
            Pattern? p = ClosedPattern();
            if (p == null)
            {
                _mark = m;
                break;
            }
            (list ??= [first]).Add(p);
        }
        return list == null ? first : Fin(new MatchOr(list), start);
    }

    // closed_pattern (memo)
    private Pattern? ClosedPattern()
    {
        int start = _mark;
        if (TryMemo(RuleClosedPattern, out Pattern? memo))
            return memo;
        Pattern? result = LiteralPattern();
        if (result == null)
        {
            _mark = start;
            result = CapturePattern();
        }
        if (result == null)
        {
            _mark = start;
            if (ExpectSoftKeyword("_"))
                result = Fin(new MatchAs(null, null), start);
        }
        if (result == null)
        {
            _mark = start;
            result = ValuePattern();
        }
        if (result == null)
        {
            _mark = start;
            result = GroupPattern();
        }
        if (result == null)
        {
            _mark = start;
            result = SequencePattern();
        }
        if (result == null)
        {
            _mark = start;
            result = MappingPattern();
        }
        if (result == null)
        {
            _mark = start;
            result = ClassPattern();
        }
        if (result == null)
            _mark = start;
        return Memo(RuleClosedPattern, start, result);
    }

    // literal_pattern
    private Pattern? LiteralPattern()
    {
        int start = _mark;
        switch (PeekKind())
        {
            case TokenKind.None:
                _mark++;
                return Fin(new MatchSingleton(null), start);
            case TokenKind.True:
                _mark++;
                return Fin(new MatchSingleton(true), start);
            case TokenKind.False:
                _mark++;
                return Fin(new MatchSingleton(false), start);
        }
        Expr? v = LiteralExprNumberOrString();
        if (v == null)
            return null;
        return Fin(new MatchValue(v), start);
    }

    // literal_expr without None/True/False: signed_number !('+' | '-') | complex_number | strings
    private Expr? LiteralExprNumberOrString()
    {
        int start = _mark;
        if (PeekKind() == TokenKind.String)
            return Strings();
        Expr? n = SignedNumber();
        if (n != null && PeekKind() is not (TokenKind.Plus or TokenKind.Minus))
            return n;
        _mark = start;
        return ComplexNumber();
    }

    // literal_expr: ... | 'None' | 'True' | 'False'
    private Expr? LiteralExpr()
    {
        int start = _mark;
        switch (PeekKind())
        {
            case TokenKind.None:
                _mark++;
                return Fin(new Constant(null, null), start);
            case TokenKind.True:
                _mark++;
                return Fin(new Constant(true, null), start);
            case TokenKind.False:
                _mark++;
                return Fin(new Constant(false, null), start);
        }
        return LiteralExprNumberOrString();
    }

    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private Expr? ComplexNumber()
    {
        int start = _mark;
        Expr? real = SignedNumber();
        if (real == null || !IsReal(real))
        {
            _mark = start;
            return null;
        }
        BinaryOperator op;
        if (Expect(TokenKind.Plus))
            op = BinaryOperator.Add;
        else if (Expect(TokenKind.Minus))
            op = BinaryOperator.Sub;
        else
        {
            _mark = start;
            return null;
        }
        int imagStart = _mark;
        if (PeekKind() != TokenKind.Number)
        {
            _mark = start;
            return null;
        }
        _mark++;
        object value = NumberValue(imagStart);
        if (value is not System.Numerics.Complex)
            throw RaiseSyntaxErrorKnownLocation(_tokens[imagStart], "imaginary number required in complex literal");
        Expr imag = Fin(new Constant(value, null), imagStart);
        return Fin(new BinOp(real, op, imag), start);
    }

    private bool IsReal(Expr e)
    {
        Expr n = e is UnaryOp u ? u.Operand : e;
        if (n is Constant { Value: System.Numerics.Complex })
            throw RaiseSyntaxErrorKnownLocation(n, "real number required in complex literal");
        return true;
    }

    // signed_number: NUMBER | '-' NUMBER
    private Expr? SignedNumber()
    {
        int start = _mark;
        if (PeekKind() == TokenKind.Number)
        {
            _mark++;
            return Fin(new Constant(NumberValue(start), null), start);
        }
        if (Expect(TokenKind.Minus) && PeekKind() == TokenKind.Number)
        {
            int n = _mark;
            _mark++;
            Expr num = Fin(new Constant(NumberValue(n), null), n);
            return Fin(new UnaryOp(UnaryOperator.USub, num), start);
        }
        _mark = start;
        return null;
    }

    // capture_pattern: pattern_capture_target
    private Pattern? CapturePattern()
    {
        int start = _mark;
        Name? target = PatternCaptureTarget();
        return target == null ? null : Fin(new MatchAs(null, target.Id), start);
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private Name? PatternCaptureTarget()
    {
        int start = _mark;
        if (IsSoftKeyword("_"))
            return null;
        Name? n = NameToken();
        if (n != null && PeekKind() is not (TokenKind.Dot or TokenKind.LPar or TokenKind.Equal))
            return (Name)WithContext(n, ExprContext.Store);
        _mark = start;
        return null;
    }

    // value_pattern: attr !('.' | '(' | '=')
    private Pattern? ValuePattern()
    {
        int start = _mark;
        Expr? a = Attr();
        if (a != null && PeekKind() is not (TokenKind.Dot or TokenKind.LPar or TokenKind.Equal))
            return Fin(new MatchValue(a), start);
        _mark = start;
        return null;
    }

    // attr: name_or_attr '.' NAME (a dotted name of at least two parts)
    private Expr? Attr()
    {
        int start = _mark;
        Expr? a = NameOrAttr();
        return a is Ast.Attribute ? a : ResetNull(start);
    }

    private Expr? ResetNull(int mark)
    {
        _mark = mark;
        return null;
    }

    // name_or_attr: attr | NAME
    private Expr? NameOrAttr()
    {
        int start = _mark;
        Expr? a = NameToken();
        if (a == null)
            return null;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Dot))
                break;
            string? n = NameText();
            if (n == null)
            {
                _mark = m;
                break;
            }
            a = Fin(new Ast.Attribute(a, n, ExprContext.Load), start);
        }
        return a;
    }

    // group_pattern: '(' pattern ')'
    private Pattern? GroupPattern()
    {
        int start = _mark;
        if (Expect(TokenKind.LPar))
        {
            Pattern? p = PatternRule();
            if (p != null && Expect(TokenKind.RPar))
                return p;
        }
        _mark = start;
        return null;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private Pattern? SequencePattern()
    {
        int start = _mark;
        if (Expect(TokenKind.LSqb))
        {
            int m = _mark;
            List<Pattern>? items = MaybeSequencePattern();
            if (items == null)
                _mark = m;
            if (Expect(TokenKind.RSqb))
                return Fin(new MatchSequence(items ?? []), start);
            _mark = start;
            return null;
        }
        if (Expect(TokenKind.LPar))
        {
            int m = _mark;
            List<Pattern>? items = OpenSequencePattern();
            if (items == null)
                _mark = m;
            if (Expect(TokenKind.RPar))
                return Fin(new MatchSequence(items ?? []), start);
        }
        _mark = start;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private List<Pattern>? OpenSequencePattern()
    {
        int start = _mark;
        Pattern? first = MaybeStarPattern();
        if (first == null || !Expect(TokenKind.Comma))
        {
            _mark = start;
            return null;
        }
        var list = new List<Pattern> { first };
        int m = _mark;
        List<Pattern>? rest = MaybeSequencePattern();
        if (rest != null)
            list.AddRange(rest);
        else
            _mark = m;
        return list;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private List<Pattern>? MaybeSequencePattern()
    {
        Pattern? first = MaybeStarPattern();
        if (first == null)
            return null;
        var list = new List<Pattern> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Pattern? p = MaybeStarPattern();
            if (p == null)
            {
                _mark = m;
                break;
            }
            list.Add(p);
        }
        Expect(TokenKind.Comma);
        return list;
    }

    // maybe_star_pattern: star_pattern | pattern
    private Pattern? MaybeStarPattern()
    {
        int start = _mark;
        Pattern? s = StarPattern();
        if (s != null)
            return s;
        _mark = start;
        return PatternRule();
    }

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    private Pattern? StarPattern()
    {
        int start = _mark;
        if (TryMemo(RuleStarPattern, out Pattern? memo))
            return memo;
        Pattern? result = null;
        if (Expect(TokenKind.Star))
        {
            Name? target = PatternCaptureTarget();
            if (target != null)
                result = Fin(new MatchStar(target.Id), start);
            else if (ExpectSoftKeyword("_"))
                result = Fin(new MatchStar(null), start);
        }
        if (result == null)
            _mark = start;
        return Memo(RuleStarPattern, start, result);
    }

    // mapping_pattern
    private Pattern? MappingPattern()
    {
        int start = _mark;
        if (!Expect(TokenKind.LBrace))
            return null;
        if (Expect(TokenKind.RBrace))
            return Fin(new MatchMapping([], [], null), start);
        int afterBrace = _mark;
        string? rest = DoubleStarPattern();
        if (rest != null)
        {
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RBrace))
                return Fin(new MatchMapping([], [], rest), start);
        }
        _mark = afterBrace;
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        if (ItemsPattern(keys, patterns))
        {
            int m = _mark;
            if (Expect(TokenKind.Comma))
            {
                rest = DoubleStarPattern();
                if (rest != null)
                {
                    Expect(TokenKind.Comma);
                    if (Expect(TokenKind.RBrace))
                        return Fin(new MatchMapping(keys, patterns, rest), start);
                }
            }
            _mark = m;
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RBrace))
                return Fin(new MatchMapping(keys, patterns, null), start);
        }
        _mark = start;
        return null;
    }

    // items_pattern: ','.key_value_pattern+
    private bool ItemsPattern(List<Expr> keys, List<Pattern> patterns)
    {
        if (!KeyValuePattern(keys, patterns))
            return false;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma) || !KeyValuePattern(keys, patterns))
            {
                _mark = m;
                break;
            }
        }
        return true;
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    private bool KeyValuePattern(List<Expr> keys, List<Pattern> patterns)
    {
        int start = _mark;
        Expr? key = LiteralExpr();
        if (key == null)
        {
            _mark = start;
            key = Attr();
        }
        if (key != null && Expect(TokenKind.Colon))
        {
            Pattern? p = PatternRule();
            if (p != null)
            {
                keys.Add(key);
                patterns.Add(p);
                return true;
            }
        }
        _mark = start;
        return false;
    }

    // double_star_pattern: '**' pattern_capture_target
    private string? DoubleStarPattern()
    {
        int start = _mark;
        if (Expect(TokenKind.DoubleStar))
        {
            Name? t = PatternCaptureTarget();
            if (t != null)
                return t.Id;
        }
        _mark = start;
        return null;
    }

    // class_pattern
    private Pattern? ClassPattern()
    {
        int start = _mark;
        Expr? cls = NameOrAttr();
        if (cls == null || !Expect(TokenKind.LPar))
        {
            _mark = start;
            return null;
        }
        int afterParen = _mark;
        if (Expect(TokenKind.RPar))
            return Fin(new MatchClass(cls, [], [], []), start);
        // positional_patterns ','? ')'
        List<Pattern>? positional = PositionalPatterns();
        if (positional != null)
        {
            int m = _mark;
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RPar))
                return Fin(new MatchClass(cls, positional, [], []), start);
            _mark = m;
        }
        _mark = afterParen;
        var names = new List<string>();
        var values = new List<Pattern>();
        if (KeywordPatterns(names, values))
        {
            Expect(TokenKind.Comma);
            if (Expect(TokenKind.RPar))
                return Fin(new MatchClass(cls, [], names, values), start);
        }
        _mark = afterParen;
        positional = PositionalPatterns();
        if (positional != null && Expect(TokenKind.Comma))
        {
            names.Clear();
            values.Clear();
            if (KeywordPatterns(names, values))
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar))
                    return Fin(new MatchClass(cls, positional, names, values), start);
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidClassPattern();
            _mark = start;
        }
        return null;
    }

    // positional_patterns: ','.pattern+
    private List<Pattern>? PositionalPatterns()
    {
        Pattern? first = PatternRule();
        if (first == null)
            return null;
        var list = new List<Pattern> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Pattern? p = PatternRule();
            if (p == null)
            {
                _mark = m;
                break;
            }
            list.Add(p);
        }
        return list;
    }

    // keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern
    private bool KeywordPatterns(List<string> names, List<Pattern> values)
    {
        int count = 0;
        while (true)
        {
            int m = _mark;
            if (count > 0 && !Expect(TokenKind.Comma))
                break;
            string? name = NameText();
            if (name != null && Expect(TokenKind.Equal))
            {
                Pattern? p = PatternRule();
                if (p != null)
                {
                    names.Add(name);
                    values.Add(p);
                    count++;
                    continue;
                }
            }
            _mark = m;
            break;
        }
        return count > 0;
    }
}
