using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Statements: python.gram from `statements` to `finally_block`.
internal sealed partial class Parser
{
    // statements: statement+
    private List<Stmt>? Statements()
    {
        List<Stmt>? list = null;
        while (true)
        {
            int m = _mark;
            if (!Statement(list ??= []))
            {
                _mark = m;
                break;
            }
        }
        return list is { Count: > 0 } ? list : null;
    }

    // statement: compound_stmt | simple_stmts
    private bool Statement(List<Stmt> into)
    {
        int start = _mark;
        Stmt? c = CompoundStmt();
        if (c != null)
        {
            into.Add(c);
            return true;
        }
        _mark = start;
        return SimpleStmts(into);
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    private bool SimpleStmts(List<Stmt> into)
    {
        int start = _mark;
        int count = into.Count;
        Stmt? first = SimpleStmt();
        if (first == null)
            return false;
        into.Add(first);
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Semi))
                break;
            Stmt? s = SimpleStmt();
            if (s == null)
            {
                _mark = m;
                break;
            }
            into.Add(s);
        }
        Expect(TokenKind.Semi);
        if (Expect(TokenKind.Newline))
            return true;
        Truncate(into, count);
        _mark = start;
        return false;
    }

    // simple_stmt (memo)
    private Stmt? SimpleStmt()
    {
        int start = _mark;
        Enter();
        try
        {
            switch (PeekKind())
            {
                case TokenKind.Return:
                    return ReturnStmt();
                case TokenKind.Import:
                case TokenKind.From:
                    return ImportStmt();
                case TokenKind.Raise:
                    return RaiseStmt();
                case TokenKind.Pass:
                    _mark++;
                    return Fin(new Pass(), start);
                case TokenKind.Del:
                    return DelStmt();
                case TokenKind.Yield:
                    break; // assignment and expression statements come first
                case TokenKind.Assert:
                    return AssertStmt();
                case TokenKind.Break:
                    _mark++;
                    return Fin(new Break(), start);
                case TokenKind.Continue:
                    _mark++;
                    return Fin(new Continue(), start);
                case TokenKind.Global:
                case TokenKind.Nonlocal:
                    return GlobalOrNonlocal();
            }
            Stmt? a = Assignment();
            if (a != null)
                return a;
            _mark = start;
            Expr? e = StarExpressions();
            if (e != null)
                return Fin(new ExprStmt(e), start);
            _mark = start;
            if (PeekKind() == TokenKind.Yield)
            {
                Expr? y = YieldExpr();
                if (y != null)
                    return Fin(new ExprStmt(y), start);
            }
            _mark = start;
            return null;
        }
        finally
        {
            Leave();
        }
    }

    // assignment
    private Stmt? Assignment()
    {
        int start = _mark;
        // NAME ':' expression ['=' annotated_rhs]
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Colon)
        {
            Name target = NameToken()!;
            _mark++;
            Expr? ann = Expression();
            if (ann != null)
            {
                Expr? value = OptionalAssignedValue();
                return Fin(new AnnAssign(WithContext(target, ExprContext.Store), ann, value, 1), start);
            }
            _mark = start;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        {
            Expr? target = null;
            if (Expect(TokenKind.LPar))
            {
                target = SingleTarget();
                if (target == null || !Expect(TokenKind.RPar))
                    target = null;
            }
            if (target == null)
            {
                _mark = start;
                target = SingleSubscriptAttributeTarget();
            }
            if (target != null && Expect(TokenKind.Colon))
            {
                Expr? ann = Expression();
                if (ann != null)
                {
                    Expr? value = OptionalAssignedValue();
                    return Fin(new AnnAssign(target, ann, value, 0), start);
                }
            }
            _mark = start;
        }
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        {
            List<Expr>? targets = null;
            while (true)
            {
                int m = _mark;
                Expr? t = StarTargets();
                if (t == null || !Expect(TokenKind.Equal))
                {
                    _mark = m;
                    break;
                }
                (targets ??= []).Add(t);
            }
            if (targets != null)
            {
                Expr? value = PeekKind() == TokenKind.Yield ? YieldExpr() : StarExpressions();
                if (value != null && PeekKind() != TokenKind.Equal)
                    return Fin(new Assign(targets, value, null), start);
            }
            _mark = start;
        }
        // single_target augassign ~ (yield_expr | star_expressions)
        {
            Expr? target = SingleTarget();
            if (target != null)
            {
                BinaryOperator? op = AugAssignOperator();
                if (op != null)
                {
                    Expr? value = PeekKind() == TokenKind.Yield ? YieldExpr() : StarExpressions();
                    if (value != null)
                        return Fin(new AugAssign(target, op.Value, value), start);
                    _mark = start;
                    return null; // the cut: no other alternative
                }
            }
            _mark = start;
        }
        if (_callInvalidRules)
        {
            InvalidAssignment();
            _mark = start;
        }
        return null;
    }

    private Expr? OptionalAssignedValue()
    {
        int m = _mark;
        if (Expect(TokenKind.Equal))
        {
            Expr? v = PeekKind() == TokenKind.Yield ? YieldExpr() : StarExpressions();
            if (v != null)
                return v;
        }
        _mark = m;
        return null;
    }

    private BinaryOperator? AugAssignOperator()
    {
        BinaryOperator op;
        switch (PeekKind())
        {
            case TokenKind.PlusEqual: op = BinaryOperator.Add; break;
            case TokenKind.MinusEqual: op = BinaryOperator.Sub; break;
            case TokenKind.StarEqual: op = BinaryOperator.Mult; break;
            case TokenKind.AtEqual: op = BinaryOperator.MatMult; break;
            case TokenKind.SlashEqual: op = BinaryOperator.Div; break;
            case TokenKind.PercentEqual: op = BinaryOperator.Mod; break;
            case TokenKind.AmperEqual: op = BinaryOperator.BitAnd; break;
            case TokenKind.VBarEqual: op = BinaryOperator.BitOr; break;
            case TokenKind.CircumflexEqual: op = BinaryOperator.BitXor; break;
            case TokenKind.LeftShiftEqual: op = BinaryOperator.LShift; break;
            case TokenKind.RightShiftEqual: op = BinaryOperator.RShift; break;
            case TokenKind.DoubleStarEqual: op = BinaryOperator.Pow; break;
            case TokenKind.DoubleSlashEqual: op = BinaryOperator.FloorDiv; break;
            default: return null;
        }
        _mark++;
        return op;
    }

    private Stmt? ReturnStmt()
    {
        int start = _mark;
        _mark++;
        int m = _mark;
        Expr? a = StarExpressions();
        if (a == null)
            _mark = m;
        return Fin(new Return(a), start);
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private Stmt? RaiseStmt()
    {
        int start = _mark;
        _mark++;
        int m = _mark;
        Expr? a = Expression();
        if (a != null)
        {
            Expr? cause = null;
            int m2 = _mark;
            if (Expect(TokenKind.From))
            {
                cause = Expression();
                if (cause == null)
                    _mark = m2;
            }
            return Fin(new Raise(a, cause), start);
        }
        _mark = m;
        return Fin(new Raise(null, null), start);
    }

    private Stmt? GlobalOrNonlocal()
    {
        int start = _mark;
        bool global = PeekKind() == TokenKind.Global;
        _mark++;
        var names = new List<string>();
        string? n = NameText();
        if (n == null)
        {
            _mark = start;
            return null;
        }
        names.Add(n);
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            n = NameText();
            if (n == null)
            {
                _mark = m;
                break;
            }
            names.Add(n);
        }
        return global ? Fin(new Global(names), start) : Fin(new Nonlocal(names), start);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private Stmt? DelStmt()
    {
        int start = _mark;
        _mark++;
        List<Expr>? targets = DelTargets();
        if (targets != null && PeekKind() is TokenKind.Semi or TokenKind.Newline)
            return Fin(new Delete(targets), start);
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidDelStmt();
            _mark = start;
        }
        return null;
    }

    // assert_stmt: 'assert' expression [',' expression]
    private Stmt? AssertStmt()
    {
        int start = _mark;
        _mark++;
        Expr? a = Expression();
        if (a == null)
        {
            _mark = start;
            return null;
        }
        Expr? msg = null;
        int m = _mark;
        if (Expect(TokenKind.Comma))
        {
            msg = Expression();
            if (msg == null)
                _mark = m;
        }
        return Fin(new Assert(a, msg), start);
    }

    private Stmt? ImportStmt() => PeekKind() == TokenKind.Import ? ImportName() : ImportFrom();

    // import_name: 'import' dotted_as_names
    private Stmt? ImportName()
    {
        int start = _mark;
        _mark++;
        var names = new List<Alias>();
        while (true)
        {
            int m = _mark;
            Alias? a = DottedAsName();
            if (a == null)
            {
                _mark = m;
                if (names.Count == 0)
                {
                    _mark = start;
                    return null;
                }
                _mark = m - 1; // give back the comma
                break;
            }
            names.Add(a);
            if (!Expect(TokenKind.Comma))
                break;
        }
        return Fin(new Import(names), start);
    }

    private Alias? DottedAsName()
    {
        int start = _mark;
        string? name = DottedName();
        if (name == null)
            return null;
        string? asName = null;
        int m = _mark;
        if (Expect(TokenKind.As))
        {
            asName = NameText();
            if (asName == null)
                _mark = m;
        }
        return Fin(new Alias(name, asName), start);
    }

    // dotted_name: dotted_name '.' NAME | NAME
    private string? DottedName()
    {
        string? first = NameText();
        if (first == null)
            return null;
        string result = first;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Dot))
                break;
            string? next = NameText();
            if (next == null)
            {
                _mark = m;
                break;
            }
            result = result + "." + next;
        }
        return result;
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' import_from_targets
    private Stmt? ImportFrom()
    {
        int start = _mark;
        _mark++;
        int level = 0;
        while (true)
        {
            TokenKind k = PeekKind();
            if (k == TokenKind.Dot)
                level++;
            else if (k == TokenKind.Ellipsis)
                level += 3;
            else
                break;
            _mark++;
        }
        int afterDots = _mark;
        string? module = DottedName();
        if (module != null && Expect(TokenKind.Import))
        {
            List<Alias>? names = ImportFromTargets();
            if (names != null)
                return Fin(new ImportFrom(module, names, level), start);
        }
        _mark = afterDots;
        if (level > 0 && Expect(TokenKind.Import))
        {
            List<Alias>? names = ImportFromTargets();
            if (names != null)
                return Fin(new ImportFrom(null, names, level), start);
        }
        _mark = start;
        return null;
    }

    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
    private List<Alias>? ImportFromTargets()
    {
        int start = _mark;
        if (Expect(TokenKind.LPar))
        {
            List<Alias>? names = ImportFromAsNames();
            if (names != null)
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar))
                    return names;
            }
            _mark = start;
        }
        List<Alias>? plain = ImportFromAsNames();
        if (plain != null && PeekKind() != TokenKind.Comma)
            return plain;
        _mark = start;
        if (Expect(TokenKind.Star))
            return [Fin(new Alias("*", null), start)];
        if (_callInvalidRules)
        {
            InvalidImportFromTargets();
            _mark = start;
        }
        return null;
    }

    private List<Alias>? ImportFromAsNames()
    {
        List<Alias>? names = null;
        while (true)
        {
            int m = _mark;
            int start = _mark;
            string? name = NameText();
            if (name == null)
            {
                if (names == null)
                    return null;
                _mark = m - 1;
                break;
            }
            string? asName = null;
            int m2 = _mark;
            if (Expect(TokenKind.As))
            {
                asName = NameText();
                if (asName == null)
                    _mark = m2;
            }
            (names ??= []).Add(Fin(new Alias(name, asName), start));
            if (!Expect(TokenKind.Comma))
                break;
        }
        return names;
    }

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    private List<Stmt>? Block()
    {
        int start = _mark;
        if (TryMemo(RuleBlock, out List<Stmt>? memo))
            return memo;
        List<Stmt>? result = null;
        if (Expect(TokenKind.Newline) && Expect(TokenKind.Indent))
        {
            List<Stmt>? body = Statements();
            if (body != null && Expect(TokenKind.Dedent))
                result = body;
        }
        if (result == null)
        {
            _mark = start;
            var simple = new List<Stmt>();
            if (SimpleStmts(simple))
                result = simple;
        }
        if (result == null)
        {
            _mark = start;
            if (_callInvalidRules)
            {
                InvalidBlock();
                _mark = start;
            }
        }
        return Memo(RuleBlock, start, result);
    }
}
