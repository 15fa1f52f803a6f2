using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Compound statements: def, class, if, while, for, with, try, match (the cases are in ParserPatterns).
internal sealed partial class Parser
{
    // compound_stmt
    private Stmt? CompoundStmt()
    {
        switch (PeekKind())
        {
            case TokenKind.Def:
                return FunctionDef(null);
            case TokenKind.At:
                return Decorated();
            case TokenKind.Async:
                switch (PeekKind(1))
                {
                    case TokenKind.Def: return FunctionDef(null);
                    case TokenKind.With: return WithStmt();
                    case TokenKind.For: return ForStmt();
                }
                return null;
            case TokenKind.If:
                return IfStmt();
            case TokenKind.Class:
                return ClassDef(null);
            case TokenKind.With:
                return WithStmt();
            case TokenKind.For:
                return ForStmt();
            case TokenKind.Try:
                return TryStmt();
            case TokenKind.While:
                return WhileStmt();
            case TokenKind.Name:
                return MatchStmt();
        }
        return null;
    }

    // decorators: ('@' named_expression NEWLINE)+, then function_def_raw or class_def_raw
    private Stmt? Decorated()
    {
        int start = _mark;
        var decorators = new List<Expr>();
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.At))
                break;
            Expr? d = NamedExpression();
            if (d == null || !Expect(TokenKind.Newline))
            {
                _mark = m;
                break;
            }
            decorators.Add(d);
        }
        if (decorators.Count == 0)
        {
            _mark = start;
            return null;
        }
        int afterDecorators = _mark;
        Stmt? f = FunctionDef(decorators);
        if (f != null)
            return f;
        _mark = afterDecorators;
        Stmt? c = ClassDef(decorators);
        if (c != null)
            return c;
        _mark = start;
        return null;
    }

    // function_def_raw: invalid_def_raw | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    private Stmt? FunctionDef(List<Expr>? decorators)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidDefRaw();
            _mark = start;
        }
        bool isAsync = Expect(TokenKind.Async);
        if (!Expect(TokenKind.Def))
        {
            _mark = start;
            return null;
        }
        string? name = NameText();
        if (name == null)
        {
            _mark = start;
            return null;
        }
        ExpectForced(TokenKind.LPar, "(");
        int m = _mark;
        Arguments? args = Params(lambda: false);
        if (args == null)
            _mark = m;
        if (!Expect(TokenKind.RPar))
        {
            _mark = start;
            return null;
        }
        Expr? returns = null;
        m = _mark;
        if (Expect(TokenKind.RArrow))
        {
            returns = Expression();
            if (returns == null)
                _mark = m;
        }
        ExpectForced(TokenKind.Colon, ":");
        List<Stmt>? body = Block();
        if (body == null)
        {
            _mark = start;
            return null;
        }
        args ??= EmptyArguments();
        return isAsync
            ? Fin(new AsyncFunctionDef(name, args, body, decorators ?? [], returns, null), start)
            : Fin(new FunctionDef(name, args, body, decorators ?? [], returns, null), start);
    }

    /// <summary>CPython's forced token (&&'x'): a missing token is an immediate "expected 'x'".</summary>
    private void ExpectForced(TokenKind kind, string text)
    {
        if (Expect(kind))
            return;
        throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], $"expected '{text}'");
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
    private Stmt? ClassDef(List<Expr>? decorators)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidClassDefRaw();
            _mark = start;
        }
        if (!Expect(TokenKind.Class))
            return null;
        string? name = NameText();
        if (name == null)
        {
            _mark = start;
            return null;
        }
        Call? bases = null;
        int m = _mark;
        if (Expect(TokenKind.LPar))
        {
            int m2 = _mark;
            bases = Arguments();
            if (bases == null)
                _mark = m2;
            if (!Expect(TokenKind.RPar))
            {
                bases = null;
                _mark = m;
            }
            else
            {
                bases ??= new Call(DummyName(), [], []);
            }
        }
        if (!Expect(TokenKind.Colon))
        {
            _mark = start;
            return null;
        }
        List<Stmt>? body = Block();
        if (body == null)
        {
            _mark = start;
            return null;
        }
        return Fin(new ClassDef(name, bases?.Args ?? [], bases?.Keywords ?? [], body, decorators ?? []), start);
    }

    // if_stmt: invalid_if_stmt | 'if' named_expression ':' block (elif_stmt | [else_block])
    private Stmt? IfStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidIfStmt();
            _mark = start;
        }
        return IfTail(start);
    }

    private Stmt? IfTail(int start)
    {
        _mark++; // 'if' or 'elif'
        Expr? test = NamedExpression();
        if (test == null || !Expect(TokenKind.Colon))
        {
            _mark = start;
            return null;
        }
        List<Stmt>? body = Block();
        if (body == null)
        {
            _mark = start;
            return null;
        }
        int m = _mark;
        if (PeekKind() == TokenKind.Elif)
        {
            Stmt? elif = ElifStmt();
            if (elif != null)
                return Fin(new If(test, body, [elif]), start);
            _mark = m;
        }
        List<Stmt>? orelse = ElseBlock();
        if (orelse == null)
            _mark = m;
        return Fin(new If(test, body, orelse ?? []), start);
    }

    private Stmt? ElifStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidElifStmt();
            _mark = start;
        }
        return IfTail(start);
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    private List<Stmt>? ElseBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidElseStmt();
            _mark = start;
        }
        if (!Expect(TokenKind.Else))
            return null;
        ExpectForced(TokenKind.Colon, ":");
        List<Stmt>? b = Block();
        if (b == null)
            _mark = start;
        return b;
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    private Stmt? WhileStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidWhileStmt();
            _mark = start;
        }
        _mark++;
        Expr? test = NamedExpression();
        if (test == null || !Expect(TokenKind.Colon))
        {
            _mark = start;
            return null;
        }
        List<Stmt>? body = Block();
        if (body == null)
        {
            _mark = start;
            return null;
        }
        int m = _mark;
        List<Stmt>? orelse = ElseBlock();
        if (orelse == null)
            _mark = m;
        return Fin(new While(test, body, orelse ?? []), start);
    }

    // for_stmt: invalid_for_stmt | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //   | invalid_for_target
    private Stmt? ForStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidForStmt();
            _mark = start;
        }
        bool isAsync = Expect(TokenKind.Async);
        if (Expect(TokenKind.For))
        {
            Expr? target = StarTargets();
            if (target != null && Expect(TokenKind.In))
            {
                // The cut: after 'in' no other alternative is tried.
                Expr? iter = StarExpressions();
                if (iter == null || !Expect(TokenKind.Colon))
                {
                    _mark = start;
                    return null;
                }
                List<Stmt>? body = Block();
                if (body == null)
                {
                    _mark = start;
                    return null;
                }
                int m = _mark;
                List<Stmt>? orelse = ElseBlock();
                if (orelse == null)
                    _mark = m;
                return isAsync
                    ? Fin(new AsyncFor(target, iter, body, orelse ?? [], null), start)
                    : Fin(new For(target, iter, body, orelse ?? [], null), start);
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

    // with_stmt
    private Stmt? WithStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidWithStmtIndent();
            _mark = start;
        }
        bool isAsync = Expect(TokenKind.Async);
        if (!Expect(TokenKind.With))
        {
            _mark = start;
            return null;
        }
        int afterWith = _mark;
        // 'with' '(' ','.with_item+ ','? ')' ':' block
        if (Expect(TokenKind.LPar))
        {
            List<WithItem>? items = WithItems();
            if (items != null)
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar) && Expect(TokenKind.Colon))
                {
                    List<Stmt>? body = Block();
                    if (body != null)
                        return isAsync ? Fin(new AsyncWith(items, body, null), start) : Fin(new With(items, body, null), start);
                }
            }
        }
        _mark = afterWith;
        {
            List<WithItem>? items = WithItems();
            if (items != null && Expect(TokenKind.Colon))
            {
                List<Stmt>? body = Block();
                if (body != null)
                    return isAsync ? Fin(new AsyncWith(items, body, null), start) : Fin(new With(items, body, null), start);
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidWithStmt();
            _mark = start;
        }
        return null;
    }

    private List<WithItem>? WithItems()
    {
        WithItem? first = WithItemRule();
        if (first == null)
            return null;
        var items = new List<WithItem> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            WithItem? w = WithItemRule();
            if (w == null)
            {
                _mark = m;
                break;
            }
            items.Add(w);
        }
        return items;
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    private WithItem? WithItemRule()
    {
        int start = _mark;
        Expr? e = Expression();
        if (e == null)
            return null;
        int afterExpr = _mark;
        if (Expect(TokenKind.As))
        {
            Expr? t = StarTarget();
            if (t != null && PeekKind() is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
                return new WithItem(e, t);
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidWithItem();
            _mark = start;
        }
        e = Expression();
        if (e == null)
            return null;
        return new WithItem(e, null);
    }

    // try_stmt
    private Stmt? TryStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidTryStmt();
            _mark = start;
        }
        _mark++;
        ExpectForced(TokenKind.Colon, ":");
        List<Stmt>? body = Block();
        if (body == null)
        {
            _mark = start;
            return null;
        }
        int afterBody = _mark;
        // 'try' &&':' block finally_block
        List<Stmt>? fin = FinallyBlock();
        if (fin != null)
            return Fin(new Try(body, [], [], fin), start);
        _mark = afterBody;
        // except_block+ [else_block] [finally_block]
        var handlers = new List<ExceptHandlerBase>();
        while (true)
        {
            int m = _mark;
            ExceptHandler? h = ExceptBlock();
            if (h == null)
            {
                _mark = m;
                break;
            }
            handlers.Add(h);
        }
        bool star = false;
        if (handlers.Count == 0)
        {
            _mark = afterBody;
            while (true)
            {
                int m = _mark;
                ExceptHandler? h = ExceptStarBlock();
                if (h == null)
                {
                    _mark = m;
                    break;
                }
                handlers.Add(h);
            }
            star = true;
        }
        if (handlers.Count == 0)
        {
            _mark = start;
            return null;
        }
        int m2 = _mark;
        List<Stmt>? orelse = ElseBlock();
        if (orelse == null)
            _mark = m2;
        m2 = _mark;
        List<Stmt>? finalBody = FinallyBlock();
        if (finalBody == null)
            _mark = m2;
        return star
            ? Fin(new TryStar(body, handlers, orelse ?? [], finalBody ?? []), start)
            : Fin(new Try(body, handlers, orelse ?? [], finalBody ?? []), start);
    }

    // except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block | 'except' ':' block | invalid_except_stmt
    private ExceptHandler? ExceptBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidExceptStmtIndent();
            _mark = start;
        }
        if (!Expect(TokenKind.Except))
            return null;
        int afterExcept = _mark;
        Expr? type = Expression();
        if (type != null)
        {
            string? name = null;
            int m = _mark;
            if (Expect(TokenKind.As))
            {
                name = NameText();
                if (name == null)
                    _mark = m;
            }
            if (Expect(TokenKind.Colon))
            {
                List<Stmt>? body = Block();
                if (body != null)
                    return Fin(new ExceptHandler(type, name, body), start);
            }
        }
        _mark = afterExcept;
        if (Expect(TokenKind.Colon))
        {
            List<Stmt>? body = Block();
            if (body != null)
                return Fin(new ExceptHandler(null, null, body), start);
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidExceptStmt();
            _mark = start;
        }
        return null;
    }

    // except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt
    private ExceptHandler? ExceptStarBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidExceptStarStmtIndent();
            _mark = start;
        }
        if (Expect(TokenKind.Except) && Expect(TokenKind.Star))
        {
            Expr? type = Expression();
            if (type != null)
            {
                string? name = null;
                int m = _mark;
                if (Expect(TokenKind.As))
                {
                    name = NameText();
                    if (name == null)
                        _mark = m;
                }
                if (Expect(TokenKind.Colon))
                {
                    List<Stmt>? body = Block();
                    if (body != null)
                        return Fin(new ExceptHandler(type, name, body), start);
                }
            }
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidExceptStmt();
            _mark = start;
        }
        return null;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    private List<Stmt>? FinallyBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidFinallyStmt();
            _mark = start;
        }
        if (!Expect(TokenKind.Finally))
            return null;
        ExpectForced(TokenKind.Colon, ":");
        List<Stmt>? b = Block();
        if (b == null)
            _mark = start;
        return b;
    }
}
