using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Expressions: python.gram from `expressions` down to `atom`.
internal sealed partial class Parser
{
    private const int RuleExpression = 1, RuleDisjunction = 2, RuleConjunction = 3, RuleInversion = 4,
        RuleBitwiseOr = 5, RuleFactor = 6, RulePrimary = 7, RuleTPrimary = 8, RuleArguments = 9,
        RuleStarTarget = 10, RuleTargetWithStarAtom = 11, RuleDelTarget = 12, RuleStrings = 13,
        RuleStarExpression = 14, RuleAwaitPrimary = 15, RuleInvalidNamedExpression = 16, RuleClosedPattern = 17,
        RuleStarPattern = 18, RuleBlock = 19, RuleSimpleStmt = 20, RuleStarExpressions = 21, RuleNamedExpression = 22,
        RuleSum = 23, RuleTerm = 24, RuleShift = 25, RuleBitAnd = 26, RuleBitXor = 27, RuleComparison = 28,
        RuleStarNamedExpression = 29, RuleAttr = 30;

    // expressions: expression (',' expression)* [','] as a tuple when a comma is present
    private Expr? Expressions()
    {
        int start = _mark;
        Expr? a = Expression();
        if (a == null)
            return null;
        if (PeekKind() != TokenKind.Comma)
            return a;
        var elts = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Expr? b = Expression();
            if (b == null)
            {
                _mark = m;
                break;
            }
            elts.Add(b);
        }
        Expect(TokenKind.Comma);
        return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    // expression (memo): invalid rules | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    private Expr? Expression()
    {
        int start = _mark;
        if (TryMemo(RuleExpression, out Expr? memo))
            return memo;
        Enter();
        Expr? result = ExpressionUncached(start);
        Leave();
        return Memo(RuleExpression, start, result);
    }

    private Expr? ExpressionUncached(int start)
    {
        if (_callInvalidRules)
        {
            InvalidExpression();
            _mark = start;
            InvalidLegacyExpression();
            _mark = start;
        }
        Expr? a = Disjunction();
        if (a != null)
        {
            int afterA = _mark;
            if (Expect(TokenKind.If))
            {
                Expr? b = Disjunction();
                if (b != null && Expect(TokenKind.Else))
                {
                    Expr? c = Expression();
                    if (c != null)
                        return Fin(new IfExp(b, a, c), start);
                }
            }
            _mark = afterA;
            return a;
        }
        _mark = start;
        if (PeekKind() == TokenKind.Lambda)
            return Lambdef();
        return null;
    }

    // expression_without_invalid: the same without the invalid rules (used by invalid rules).
    private Expr? ExpressionWithoutInvalid()
    {
        bool saved = _callInvalidRules;
        _callInvalidRules = false;
        int start = _mark;
        try
        {
            Expr? a = Disjunction();
            if (a != null)
            {
                int afterA = _mark;
                if (Expect(TokenKind.If))
                {
                    Expr? b = Disjunction();
                    if (b != null && Expect(TokenKind.Else))
                    {
                        Expr? c = Expression();
                        if (c != null)
                            return Fin(new IfExp(b, a, c), start);
                    }
                }
                _mark = afterA;
                return a;
            }
            _mark = start;
            if (PeekKind() == TokenKind.Lambda)
                return Lambdef();
            return null;
        }
        finally
        {
            _callInvalidRules = saved;
        }
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    private Expr? YieldExpr()
    {
        int start = _mark;
        if (!Expect(TokenKind.Yield))
            return null;
        if (Expect(TokenKind.From))
        {
            Expr? a = Expression();
            if (a != null)
                return Fin(new YieldFrom(a), start);
            _mark = start + 1;
        }
        Expr? v = StarExpressions();
        return Fin(new Yield(v), start);
    }

    // star_expressions: star_expression (',' star_expression)* [','] -> Tuple if any comma
    private Expr? StarExpressions()
    {
        int start = _mark;
        Expr? a = StarExpression();
        if (a == null)
            return null;
        if (PeekKind() != TokenKind.Comma)
            return a;
        var elts = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Expr? b = StarExpression();
            if (b == null)
            {
                _mark = m;
                break;
            }
            elts.Add(b);
        }
        Expect(TokenKind.Comma);
        return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    // star_expression (memo): '*' bitwise_or | expression
    private Expr? StarExpression()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleStarExpression, out Expr? memo))
            return memo;
        Expr? result;
        if (Expect(TokenKind.Star))
        {
            Expr? a = BitwiseOr();
            result = a != null ? Fin(new Starred(a, ExprContext.Load), start) : null;
            if (result == null)
                _mark = start;
        }
        else
        {
            result = Expression();
        }
        if (_callInvalidRules)
            Memo(RuleStarExpression, start, result);
        return result;
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    private List<Expr>? StarNamedExpressions()
    {
        Expr? a = StarNamedExpression();
        if (a == null)
            return null;
        var list = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Expr? b = StarNamedExpression();
            if (b == null)
            {
                _mark = m;
                break;
            }
            list.Add(b);
        }
        Expect(TokenKind.Comma);
        return list;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private Expr? StarNamedExpression()
    {
        int start = _mark;
        if (Expect(TokenKind.Star))
        {
            Expr? a = BitwiseOr();
            if (a != null)
                return Fin(new Starred(a, ExprContext.Load), start);
            _mark = start;
            return null;
        }
        return NamedExpression();
    }

    // assignment_expression: NAME ':=' ~ expression
    private Expr? AssignmentExpression(out bool cut)
    {
        cut = false;
        int start = _mark;
        if (PeekKind() != TokenKind.Name || PeekKind(1) != TokenKind.ColonEqual)
            return null;
        Name target = NameToken()!;
        _mark++;
        cut = true;
        Expr? b = Expression();
        if (b == null)
        {
            _mark = start;
            return null;
        }
        return Fin(new NamedExpr(WithContext(target, ExprContext.Store), b), start);
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    private Expr? NamedExpression()
    {
        int start = _mark;
        Expr? a = AssignmentExpression(out _);
        if (a != null)
            return a;
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidNamedExpression();
            _mark = start;
        }
        Expr? e = Expression();
        if (e != null && PeekKind() != TokenKind.ColonEqual)
            return e;
        _mark = start;
        return null;
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    private Expr? Disjunction()
    {
        int start = _mark;
        if (TryMemo(RuleDisjunction, out Expr? memo))
            return memo;
        Enter();
        Expr? a = Conjunction();
        if (a != null && PeekKind() == TokenKind.Or)
        {
            var values = new List<Expr> { a };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Or))
                    break;
                Expr? b = Conjunction();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                values.Add(b);
            }
            if (values.Count > 1)
                a = Fin(new BoolOp(BoolOperator.Or, values), start);
        }
        Leave();
        return Memo(RuleDisjunction, start, a);
    }

    // conjunction (memo): inversion ('and' inversion)+ | inversion
    private Expr? Conjunction()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleConjunction, out Expr? memo))
            return memo;
        Expr? a = Inversion();
        if (a != null && PeekKind() == TokenKind.And)
        {
            var values = new List<Expr> { a };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.And))
                    break;
                Expr? b = Inversion();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                values.Add(b);
            }
            if (values.Count > 1)
                a = Fin(new BoolOp(BoolOperator.And, values), start);
        }
        if (_callInvalidRules)
            Memo(RuleConjunction, start, a);
        return a;
    }

    // inversion (memo): 'not' inversion | comparison
    private Expr? Inversion()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleInversion, out Expr? memo))
            return memo;
        Enter();
        Expr? result = null;
        if (Expect(TokenKind.Not))
        {
            Expr? a = Inversion();
            if (a != null)
                result = Fin(new UnaryOp(UnaryOperator.Not, a), start);
            else
                _mark = start;
        }
        result ??= Comparison();
        Leave();
        if (_callInvalidRules)
            Memo(RuleInversion, start, result);
        return result;
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    private Expr? Comparison()
    {
        int start = _mark;
        Expr? a = BitwiseOr();
        if (a == null)
            return null;
        List<CompareOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            int m = _mark;
            CompareOperator op;
            ref Token t = ref Peek();
            switch (t.Kind)
            {
                case TokenKind.EqEqual: op = CompareOperator.Eq; break;
                case TokenKind.NotEqual:
                    // "<>" is only accepted under "from __future__ import barry_as_FLUFL".
                    if (_tokenizer.Buffer[t.Start] == '<')
                        goto done;
                    op = CompareOperator.NotEq;
                    break;
                case TokenKind.LessEqual: op = CompareOperator.LtE; break;
                case TokenKind.Less: op = CompareOperator.Lt; break;
                case TokenKind.GreaterEqual: op = CompareOperator.GtE; break;
                case TokenKind.Greater: op = CompareOperator.Gt; break;
                case TokenKind.In: op = CompareOperator.In; break;
                case TokenKind.Not:
                    if (PeekKind(1) != TokenKind.In)
                        goto done;
                    _mark++;
                    op = CompareOperator.NotIn;
                    break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        _mark++;
                        op = CompareOperator.IsNot;
                    }
                    else
                    {
                        op = CompareOperator.Is;
                    }
                    break;
                default:
                    goto done;
            }
            _mark++;
            Expr? b = BitwiseOr();
            if (b == null)
            {
                _mark = m;
                break;
            }
            (ops ??= []).Add(op);
            (comparators ??= []).Add(b);
        }
    done:
        if (ops == null)
            return a;
        return Fin(new Compare(a, ops, comparators!), start);
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor (left-recursive: a loop, memoized)
    private Expr? BitwiseOr()
    {
        int start = _mark;
        if (TryMemo(RuleBitwiseOr, out Expr? memo))
            return memo;
        Enter();
        Expr? a = BitwiseXor();
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.VBar))
                    break;
                Expr? b = BitwiseXor();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                a = Fin(new BinOp(a, BinaryOperator.BitOr, b), start);
            }
        }
        Leave();
        return Memo(RuleBitwiseOr, start, a);
    }

    private Expr? BitwiseXor()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleBitXor, out Expr? memo))
            return memo;
        Expr? a = BitwiseAnd();
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Circumflex))
                    break;
                Expr? b = BitwiseAnd();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                a = Fin(new BinOp(a, BinaryOperator.BitXor, b), start);
            }
        }
        if (_callInvalidRules)
            Memo(RuleBitXor, start, a);
        return a;
    }

    private Expr? BitwiseAnd()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleBitAnd, out Expr? memo))
            return memo;
        Expr? a = ShiftExpr();
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Amper))
                    break;
                Expr? b = ShiftExpr();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                a = Fin(new BinOp(a, BinaryOperator.BitAnd, b), start);
            }
        }
        if (_callInvalidRules)
            Memo(RuleBitAnd, start, a);
        return a;
    }

    private Expr? ShiftExpr()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleShift, out Expr? memo))
            return memo;
        Expr? a = Sum();
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                BinaryOperator op;
                TokenKind k = PeekKind();
                if (k == TokenKind.LeftShift)
                    op = BinaryOperator.LShift;
                else if (k == TokenKind.RightShift)
                    op = BinaryOperator.RShift;
                else
                    break;
                _mark++;
                Expr? b = Sum();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                a = Fin(new BinOp(a, op, b), start);
            }
        }
        if (_callInvalidRules)
            Memo(RuleShift, start, a);
        return a;
    }

    private Expr? Sum()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleSum, out Expr? memo))
            return memo;
        Expr? a = Term();
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                BinaryOperator op;
                TokenKind k = PeekKind();
                if (k == TokenKind.Plus)
                    op = BinaryOperator.Add;
                else if (k == TokenKind.Minus)
                    op = BinaryOperator.Sub;
                else
                    break;
                _mark++;
                Expr? b = Term();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                a = Fin(new BinOp(a, op, b), start);
            }
        }
        if (_callInvalidRules)
            Memo(RuleSum, start, a);
        return a;
    }

    private Expr? Term()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleTerm, out Expr? memo))
            return memo;
        Expr? a = Factor();
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                BinaryOperator op;
                switch (PeekKind())
                {
                    case TokenKind.Star: op = BinaryOperator.Mult; break;
                    case TokenKind.Slash: op = BinaryOperator.Div; break;
                    case TokenKind.DoubleSlash: op = BinaryOperator.FloorDiv; break;
                    case TokenKind.Percent: op = BinaryOperator.Mod; break;
                    case TokenKind.At: op = BinaryOperator.MatMult; break;
                    default: goto done;
                }
                _mark++;
                Expr? b = Factor();
                if (b == null)
                {
                    _mark = m;
                    break;
                }
                a = Fin(new BinOp(a, op, b), start);
            }
        }
    done:
        if (_callInvalidRules)
            Memo(RuleTerm, start, a);
        return a;
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    private Expr? Factor()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleFactor, out Expr? memo))
            return memo;
        Enter();
        Expr? result = null;
        UnaryOperator op = default;
        bool unary = true;
        switch (PeekKind())
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: unary = false; break;
        }
        if (unary)
        {
            _mark++;
            Expr? a = Factor();
            if (a != null)
                result = Fin(new UnaryOp(op, a), start);
            else
                _mark = start;
        }
        else
        {
            result = Power();
        }
        Leave();
        if (_callInvalidRules)
            Memo(RuleFactor, start, result);
        return result;
    }

    // power: await_primary '**' factor | await_primary
    private Expr? Power()
    {
        int start = _mark;
        Expr? a = AwaitPrimary();
        if (a == null)
            return null;
        int m = _mark;
        if (Expect(TokenKind.DoubleStar))
        {
            Expr? b = Factor();
            if (b != null)
                return Fin(new BinOp(a, BinaryOperator.Pow, b), start);
            _mark = m;
        }
        return a;
    }

    // await_primary (memo): AWAIT primary | primary
    private Expr? AwaitPrimary()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RuleAwaitPrimary, out Expr? memo))
            return memo;
        Expr? result;
        if (Expect(TokenKind.Await))
        {
            Expr? a = Primary();
            result = a != null ? Fin(new Await(a), start) : null;
            if (result == null)
                _mark = start;
        }
        else
        {
            result = Primary();
        }
        if (_callInvalidRules)
            Memo(RuleAwaitPrimary, start, result);
        return result;
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    private Expr? Primary()
    {
        int start = _mark;
        if (_callInvalidRules && TryMemo(RulePrimary, out Expr? memo))
            return memo;
        Enter();
        Expr? a = Atom();
        if (a != null)
        {
            while (true)
            {
                Expr? next = PrimaryTrailer(a, start);
                if (next == null)
                    break;
                a = next;
            }
        }
        Leave();
        if (_callInvalidRules)
            Memo(RulePrimary, start, a);
        return a;
    }

    /// <summary>One '.' NAME, genexp, call or subscript after <paramref name="a"/>, or null (mark unchanged).</summary>
    private Expr? PrimaryTrailer(Expr a, int start)
    {
        int m = _mark;
        switch (PeekKind())
        {
            case TokenKind.Dot:
                _mark++;
                string? name = NameText();
                if (name != null)
                    return Fin(new Ast.Attribute(a, name, ExprContext.Load), start);
                break;
            case TokenKind.LPar:
                Expr? g = Genexp();
                if (g != null)
                    return Fin(new Call(a, [g], []), start);
                _mark = m + 1;
                Call? args = Arguments();
                if (Expect(TokenKind.RPar))
                    return Fin(new Call(a, args?.Args ?? [], args?.Keywords ?? []), start);
                break;
            case TokenKind.LSqb:
                _mark++;
                Expr? s = Slices();
                if (s != null && Expect(TokenKind.RSqb))
                    return Fin(new Subscript(a, s, ExprContext.Load), start);
                break;
        }
        _mark = m;
        return null;
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [','] as a tuple
    private Expr? Slices()
    {
        int start = _mark;
        Expr? a = Slice();
        if (a != null && PeekKind() != TokenKind.Comma)
            return a;
        _mark = start;
        Expr? first = SliceOrStarred();
        if (first == null)
            return null;
        var elts = new List<Expr> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Expr? e = SliceOrStarred();
            if (e == null)
            {
                _mark = m;
                break;
            }
            elts.Add(e);
        }
        Expect(TokenKind.Comma);
        return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    private Expr? SliceOrStarred()
    {
        int m = _mark;
        Expr? e = Slice();
        if (e != null)
            return e;
        _mark = m;
        return StarredExpression();
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private Expr? Slice()
    {
        int start = _mark;
        Expr? lower = Expression();
        if (Expect(TokenKind.Colon))
        {
            Expr? upper = Expression();
            Expr? step = null;
            if (Expect(TokenKind.Colon))
                step = Expression();
            return Fin(new Ast.Slice(lower, upper, step), start);
        }
        _mark = start;
        return NamedExpression();
    }

    // atom
    private Expr? Atom()
    {
        int start = _mark;
        ref Token t = ref Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                return NameToken();
            case TokenKind.True:
                _mark++;
                return Fin(new Constant(true, null), start);
            case TokenKind.False:
                _mark++;
                return Fin(new Constant(false, null), start);
            case TokenKind.None:
                _mark++;
                return Fin(new Constant(null, null), start);
            case TokenKind.String:
                return Strings();
            case TokenKind.Number:
                _mark++;
                return Fin(new Constant(NumberValue(start), null), start);
            case TokenKind.LPar:
                return Tuple() ?? Group() ?? Genexp();
            case TokenKind.LSqb:
                return List() ?? ListComp();
            case TokenKind.LBrace:
                return Dict() ?? Set() ?? DictComp() ?? SetComp();
            case TokenKind.Ellipsis:
                _mark++;
                return Fin(new Constant(Ast.Ellipsis.Value, null), start);
        }
        return null;
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    private Expr? Group()
    {
        int start = _mark;
        if (Expect(TokenKind.LPar))
        {
            Expr? a = PeekKind() == TokenKind.Yield ? YieldExpr() : null;
            a ??= NamedExpression();
            if (a != null && Expect(TokenKind.RPar))
                return a;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidGroup();
            _mark = start;
        }
        return null;
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    private Expr? Tuple()
    {
        int start = _mark;
        if (!Expect(TokenKind.LPar))
            return null;
        List<Expr> elts = [];
        int m = _mark;
        Expr? y = StarNamedExpression();
        if (y != null && Expect(TokenKind.Comma))
        {
            elts.Add(y);
            List<Expr>? z = StarNamedExpressions();
            if (z != null)
                elts.AddRange(z);
        }
        else
        {
            _mark = m;
        }
        if (Expect(TokenKind.RPar))
            return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
        _mark = start;
        return null;
    }

    // list: '[' [star_named_expressions] ']'
    private Expr? List()
    {
        int start = _mark;
        if (!Expect(TokenKind.LSqb))
            return null;
        List<Expr>? a = StarNamedExpressions();
        if (Expect(TokenKind.RSqb))
            return Fin(new Ast.List(a ?? [], ExprContext.Load), start);
        _mark = start;
        return null;
    }

    // set: '{' star_named_expressions '}'
    private Expr? Set()
    {
        int start = _mark;
        if (!Expect(TokenKind.LBrace))
            return null;
        List<Expr>? a = StarNamedExpressions();
        if (a != null && Expect(TokenKind.RBrace))
            return Fin(new Ast.Set(a), start);
        _mark = start;
        return null;
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    private Expr? Dict()
    {
        int start = _mark;
        if (!Expect(TokenKind.LBrace))
            return null;
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        DoubleStarredKvpairs(keys, values);
        if (Expect(TokenKind.RBrace))
            return Fin(new Ast.Dict(keys, values), start);
        _mark = start;
        if (_callInvalidRules)
        {
            _mark++;
            InvalidDoubleStarredKvpairs();
            _mark = start;
        }
        return null;
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    private bool DoubleStarredKvpairs(List<Expr?> keys, List<Expr> values)
    {
        if (!DoubleStarredKvpair(keys, values))
            return false;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            if (!DoubleStarredKvpair(keys, values))
            {
                _mark = m;
                break;
            }
        }
        Expect(TokenKind.Comma);
        return true;
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    private bool DoubleStarredKvpair(List<Expr?> keys, List<Expr> values)
    {
        int start = _mark;
        if (Expect(TokenKind.DoubleStar))
        {
            Expr? a = BitwiseOr();
            if (a != null)
            {
                keys.Add(null);
                values.Add(a);
                return true;
            }
            _mark = start;
        }
        Expr? k = Expression();
        if (k != null && Expect(TokenKind.Colon))
        {
            Expr? v = Expression();
            if (v != null)
            {
                keys.Add(k);
                values.Add(v);
                return true;
            }
        }
        _mark = start;
        return false;
    }

    // for_if_clauses: for_if_clause+
    private List<Comprehension>? ForIfClauses()
    {
        List<Comprehension>? list = null;
        while (true)
        {
            int m = _mark;
            Comprehension? c = ForIfClause(out _);
            if (c == null)
            {
                _mark = m;
                break;
            }
            (list ??= []).Add(c);
        }
        return list;
    }

    // for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
    private Comprehension? ForIfClause(out bool cut)
    {
        cut = false;
        int start = _mark;
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.For))
        {
            Expr? target = StarTargets();
            if (target != null && Expect(TokenKind.In))
            {
                cut = true;
                Expr? iter = Disjunction();
                if (iter != null)
                {
                    var ifs = new List<Expr>();
                    while (true)
                    {
                        int m = _mark;
                        if (!Expect(TokenKind.If))
                            break;
                        Expr? cond = Disjunction();
                        if (cond == null)
                        {
                            _mark = m;
                            break;
                        }
                        ifs.Add(cond);
                    }
                    return new Comprehension(target, iter, ifs, isAsync ? 1 : 0);
                }
                _mark = start;
                return null;
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidForTarget();
            _mark = start;
        }
        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    private Expr? ListComp() => BracketedComprehension(TokenKind.LSqb, TokenKind.RSqb, static (e, g) => new ListComp(e, g));

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    private Expr? SetComp() => BracketedComprehension(TokenKind.LBrace, TokenKind.RBrace, static (e, g) => new SetComp(e, g));

    private Expr? BracketedComprehension(TokenKind open, TokenKind close, Func<Expr, List<Comprehension>, Expr> make)
    {
        int start = _mark;
        if (Expect(open))
        {
            Expr? a = NamedExpression();
            if (a != null)
            {
                List<Comprehension>? b = ForIfClauses();
                if (b != null && Expect(close))
                    return Fin(make(a, b), start);
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidComprehension();
            _mark = start;
        }
        return null;
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    private Expr? Genexp()
    {
        int start = _mark;
        if (Expect(TokenKind.LPar))
        {
            int m = _mark;
            Expr? a = AssignmentExpression(out _);
            if (a == null)
            {
                _mark = m;
                a = Expression();
                if (a != null && PeekKind() == TokenKind.ColonEqual)
                    a = null;
            }
            if (a != null)
            {
                List<Comprehension>? b = ForIfClauses();
                if (b != null && Expect(TokenKind.RPar))
                    return Fin(new GeneratorExp(a, b), start);
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidComprehension();
            _mark = start;
        }
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    private Expr? DictComp()
    {
        int start = _mark;
        if (Expect(TokenKind.LBrace))
        {
            Expr? k = Expression();
            if (k != null && Expect(TokenKind.Colon))
            {
                Expr? v = Expression();
                if (v != null)
                {
                    List<Comprehension>? b = ForIfClauses();
                    if (b != null && Expect(TokenKind.RBrace))
                        return Fin(new DictComp(k, v, b), start);
                }
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidDictComprehension();
            _mark = start;
        }
        return null;
    }

    // starred_expression: '*' expression
    private Expr? StarredExpression()
    {
        int start = _mark;
        if (!Expect(TokenKind.Star))
            return null;
        Expr? a = Expression();
        if (a == null)
        {
            _mark = start;
            return null;
        }
        return Fin(new Starred(a, ExprContext.Load), start);
    }

    /// <summary>A copy of a target expression with another context (CPython's _PyPegen_set_expr_context).</summary>
    private static Expr WithContext(Expr e, ExprContext ctx)
    {
        Expr r;
        switch (e)
        {
            case Name n:
                if (n.Ctx == ctx)
                    return n;
                r = new Name(n.Id, ctx);
                break;
            case Ast.Tuple t:
                r = new Ast.Tuple(MapContext(t.Elts, ctx), ctx);
                break;
            case Ast.List l:
                r = new Ast.List(MapContext(l.Elts, ctx), ctx);
                break;
            case Subscript s:
                r = new Subscript(s.Value, s.Slice, ctx);
                break;
            case Ast.Attribute a:
                r = new Ast.Attribute(a.Value, a.Attr, ctx);
                break;
            case Starred st:
                r = new Starred(WithContext(st.Value, ctx), ctx);
                break;
            default:
                return e;
        }
        r.SetSpan(e.Line, e.Col, e.EndLine, e.EndCol);
        return r;
    }

    private static List<Expr> MapContext(IReadOnlyList<Expr> elts, ExprContext ctx)
    {
        var list = new List<Expr>(elts.Count);
        foreach (Expr e in elts)
            list.Add(WithContext(e, ctx));
        return list;
    }
}
