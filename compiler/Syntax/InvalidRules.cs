using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// The invalid_* rules of python.gram, run only in the second pass. Each either throws the specific
// error or returns. As in pegen, an alternative whose pattern matched but whose action produced no
// error ends the rule: later alternatives are not tried.
internal sealed partial class Parser
{
    // invalid_arguments
    private void InvalidArguments()
    {
        int start = _mark;
        // a=args ',' '*'
        Call? a = Args();
        // CPython 3.11.7 points at the '*' (its grammar file says the args).
        if (a != null && Expect(TokenKind.Comma) && Expect(TokenKind.Star))
            throw RaiseSyntaxErrorKnownLocation(_tokens[_mark - 1], "iterable argument unpacking follows keyword argument unpacking");
        _mark = start;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr? e = Expression();
        if (e != null)
        {
            List<Comprehension>? b = ForIfClauses();
            if (b != null && Expect(TokenKind.Comma))
            {
                int m = _mark;
                if (Args() == null)
                {
                    _mark = m;
                    if (Expression() == null || ForIfClauses() == null)
                        _mark = m;
                }
                throw RaiseSyntaxErrorKnownRange(e, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
            }
        }
        _mark = start;
        // a=NAME b='=' expression for_if_clauses
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            int nameTok = _mark;
            _mark += 2;
            if (Expression() != null && ForIfClauses() != null)
                throw RaiseSyntaxErrorKnownRange(_tokens[nameTok], _tokens[nameTok + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = start;
        // a=args b=for_if_clauses
        a = Args();
        if (a != null)
        {
            List<Comprehension>? b = ForIfClauses();
            if (b != null)
            {
                if (a.Args.Count <= 1)
                    return;
                throw RaiseSyntaxErrorKnownRange(a.Args[^1], LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
            }
        }
        _mark = start;
        // args ',' a=expression b=for_if_clauses
        if (Args() != null && Expect(TokenKind.Comma))
        {
            Expr? x = Expression();
            if (x != null)
            {
                List<Comprehension>? b = ForIfClauses();
                if (b != null)
                    throw RaiseSyntaxErrorKnownRange(x, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
            }
        }
        _mark = start;
        // a=args ',' args
        a = Args();
        if (a != null && Expect(TokenKind.Comma) && Args() != null)
        {
            bool keywordUnpacking = false;
            foreach (Keyword k in a.Keywords)
            {
                if (k.Arg == null)
                    keywordUnpacking = true;
            }
            throw RaiseSyntaxErrorAtLastToken(keywordUnpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument");
        }
        _mark = start;
    }

    private static Expr LastComprehensionItem(Comprehension c) => c.Ifs.Count == 0 ? c.Iter : c.Ifs[^1];

    // invalid_kwarg
    private void InvalidKwarg()
    {
        int start = _mark;
        TokenKind k = PeekKind();
        if (k is TokenKind.True or TokenKind.False or TokenKind.None && PeekKind(1) == TokenKind.Equal)
        {
            string name = k == TokenKind.True ? "True" : k == TokenKind.False ? "False" : "None";
            throw RaiseSyntaxErrorKnownRange(_tokens[start], _tokens[start + 1], $"cannot assign to {name}");
        }
        if (k == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            _mark += 2;
            if (Expression() != null && ForIfClauses() != null)
                throw RaiseSyntaxErrorKnownRange(_tokens[start], _tokens[start + 1], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            _mark = start;
        }
        // !(NAME '=') a=expression b='='
        if (!(PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal))
        {
            Expr? a = Expression();
            if (a != null && PeekKind() == TokenKind.Equal)
                throw RaiseSyntaxErrorKnownRange(a, _tokens[_mark], "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        _mark = start;
    }

    private static bool IsLegacyStatementName(Expr e) => e is Name { Id: "print" or "exec" };

    // invalid_legacy_expression: a=NAME !'(' b=star_expressions
    private void InvalidLegacyExpression()
    {
        int start = _mark;
        Name? a = NameToken();
        if (a != null && PeekKind() != TokenKind.LPar)
        {
            Expr? b = StarExpressions();
            if (b != null)
            {
                if (IsLegacyStatementName(a))
                    throw RaiseSyntaxErrorKnownRange(a, b, $"Missing parentheses in call to '{a.Id}'. Did you mean {a.Id}(...)?");
            }
        }
        _mark = start;
    }

    // invalid_expression
    private void InvalidExpression()
    {
        int start = _mark;
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        ref Token t0 = ref Peek();
        bool nameString = t0.Kind == TokenKind.Name && PeekKind(1) == TokenKind.String;
        bool softKeyword = t0.Kind == TokenKind.Name && t0.Text is "match" or "case" or "_";
        if (!nameString && !softKeyword)
        {
            Expr? a = Disjunction();
            if (a != null)
            {
                Expr? b = ExpressionWithoutInvalid();
                if (b != null)
                {
                    if (IsLegacyStatementName(a) || _tokens[_mark - 1].Level == 0)
                    {
                        _mark = start;
                        return;
                    }
                    throw RaiseSyntaxErrorKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        _mark = start;
        // a=disjunction 'if' b=disjunction !('else'|':')
        Expr? d = Disjunction();
        if (d != null && Expect(TokenKind.If))
        {
            Expr? b = Disjunction();
            if (b != null && PeekKind() is not (TokenKind.Else or TokenKind.Colon))
                throw RaiseSyntaxErrorKnownRange(d, b, "expected 'else' after 'if' expression");
        }
        _mark = start;
    }

    // invalid_named_expression (memo)
    private void InvalidNamedExpression()
    {
        int start = _mark;
        if (TryMemo(RuleInvalidNamedExpression, out object? _))
        {
            _mark = start;
            return;
        }
        InvalidNamedExpressionUncached(start);
        _mark = start;
        Memo<object>(RuleInvalidNamedExpression, start, null);
        _mark = start;
    }

    private void InvalidNamedExpressionUncached(int start)
    {
        // a=expression ':=' expression
        Expr? a = Expression();
        if (a != null && Expect(TokenKind.ColonEqual) && Expression() != null)
            throw RaiseSyntaxErrorKnownLocation(a, $"cannot use assignment expressions with {ExprName(a)}");
        _mark = start;
        // a=NAME '=' b=bitwise_or !('='|':=')
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            Name n = NameToken()!;
            _mark++;
            Expr? b = BitwiseOr();
            if (b != null && PeekKind() is not (TokenKind.Equal or TokenKind.ColonEqual))
                throw RaiseSyntaxErrorKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = start;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        bool excluded = PeekKind() is TokenKind.True or TokenKind.None or TokenKind.False;
        if (!excluded)
        {
            excluded = List() != null;
            _mark = start;
            if (!excluded)
            {
                excluded = Tuple() != null;
                _mark = start;
            }
            if (!excluded)
            {
                excluded = Genexp() != null;
                _mark = start;
            }
        }
        if (!excluded)
        {
            Expr? x = BitwiseOr();
            if (x != null && Expect(TokenKind.Equal) && BitwiseOr() != null && PeekKind() is not (TokenKind.Equal or TokenKind.ColonEqual))
                throw RaiseSyntaxErrorKnownLocation(x, $"cannot assign to {ExprName(x)} here. Maybe you meant '==' instead of '='?");
        }
        _mark = start;
    }

    // invalid_assignment
    private void InvalidAssignment()
    {
        int start = _mark;
        // a=invalid_ann_assign_target ':' expression
        Expr? a = InvalidAnnAssignTarget();
        if (a != null && Expect(TokenKind.Colon) && Expression() != null)
            throw RaiseSyntaxErrorKnownLocation(a, $"only single target (not {ExprName(a)}) can be annotated");
        _mark = start;
        // a=star_named_expression ',' star_named_expressions* ':' expression
        a = StarNamedExpression();
        if (a != null && Expect(TokenKind.Comma))
        {
            while (true)
            {
                int m = _mark;
                if (StarNamedExpressions() == null)
                {
                    _mark = m;
                    break;
                }
            }
            if (Expect(TokenKind.Colon) && Expression() != null)
                throw RaiseSyntaxErrorKnownLocation(a, "only single target (not tuple) can be annotated");
        }
        _mark = start;
        // a=expression ':' expression
        a = Expression();
        if (a != null && Expect(TokenKind.Colon) && Expression() != null)
            throw RaiseSyntaxErrorKnownLocation(a, "illegal target for annotation");
        _mark = start;
        // (star_targets '=')* a=star_expressions '='
        SkipStarTargetsAssignments();
        a = StarExpressions();
        if (a != null && Expect(TokenKind.Equal))
        {
            InvalidTarget(TargetsType.Star, a);
            return;
        }
        _mark = start;
        // (star_targets '=')* a=yield_expr '='
        SkipStarTargetsAssignments();
        if (PeekKind() == TokenKind.Yield)
        {
            a = YieldExpr();
            if (a != null && Expect(TokenKind.Equal))
                throw RaiseSyntaxErrorKnownLocation(a, "assignment to yield expression not possible");
        }
        _mark = start;
        // a=star_expressions augassign (yield_expr | star_expressions)
        a = StarExpressions();
        if (a != null && AugAssignOperator() != null)
        {
            Expr? v = PeekKind() == TokenKind.Yield ? YieldExpr() : StarExpressions();
            if (v != null)
                throw RaiseSyntaxErrorKnownLocation(a, $"'{ExprName(a)}' is an illegal expression for augmented assignment");
        }
        _mark = start;
    }

    private void SkipStarTargetsAssignments()
    {
        while (true)
        {
            int m = _mark;
            if (StarTargets() == null || !Expect(TokenKind.Equal))
            {
                _mark = m;
                return;
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private Expr? InvalidAnnAssignTarget()
    {
        int start = _mark;
        Expr? e = List();
        if (e != null)
            return e;
        _mark = start;
        e = Tuple();
        if (e != null)
            return e;
        _mark = start;
        if (Expect(TokenKind.LPar))
        {
            Enter();
            Expr? inner = InvalidAnnAssignTarget();
            Leave();
            if (inner != null && Expect(TokenKind.RPar))
                return inner;
        }
        _mark = start;
        return null;
    }

    private enum TargetsType { Star, Del, For }

    // RAISE_SYNTAX_ERROR_INVALID_TARGET
    private void InvalidTarget(TargetsType type, Expr e)
    {
        Expr? bad = InvalidTargetOf(e, type);
        if (bad == null)
            return;
        string msg = type == TargetsType.Del ? "cannot delete " : "cannot assign to ";
        throw RaiseSyntaxErrorKnownLocation(bad, msg + ExprName(bad));
    }

    private static Expr? InvalidTargetOf(Expr e, TargetsType type)
    {
        switch (e)
        {
            case Ast.List l:
                foreach (Expr x in l.Elts)
                {
                    Expr? c = InvalidTargetOf(x, type);
                    if (c != null)
                        return c;
                }
                return null;
            case Ast.Tuple t:
                foreach (Expr x in t.Elts)
                {
                    Expr? c = InvalidTargetOf(x, type);
                    if (c != null)
                        return c;
                }
                return null;
            case Starred s:
                return type == TargetsType.Del ? e : InvalidTargetOf(s.Value, type);
            case Compare c:
                if (type == TargetsType.For)
                    return c.Ops[0] == CompareOperator.In ? InvalidTargetOf(c.Left, type) : null;
                return e;
            case Name or Subscript or Ast.Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>CPython's _PyPegen_get_expr_name.</summary>
    private static string ExprName(Expr e) => e switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        Ast.List => "list",
        Ast.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        Ast.ListComp => "list comprehension",
        Ast.SetComp => "set comprehension",
        Ast.DictComp => "dict comprehension",
        Ast.Dict => "dict literal",
        Ast.Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            Ast.Ellipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    // invalid_del_stmt: 'del' a=star_expressions
    private void InvalidDelStmt()
    {
        int start = _mark;
        if (Expect(TokenKind.Del))
        {
            Expr? a = StarExpressions();
            if (a != null)
            {
                InvalidTarget(TargetsType.Del, a);
                return;
            }
        }
        _mark = start;
    }

    // invalid_block: NEWLINE !INDENT
    private void InvalidBlock()
    {
        int start = _mark;
        if (Expect(TokenKind.Newline) && PeekKind() != TokenKind.Indent)
            throw RaiseIndentationError("expected an indented block");
        _mark = start;
    }

    // invalid_comprehension
    private void InvalidComprehension()
    {
        int start = _mark;
        TokenKind open = PeekKind();
        if (open is TokenKind.LSqb or TokenKind.LPar or TokenKind.LBrace)
        {
            _mark++;
            Expr? a = StarredExpression();
            if (a != null && ForIfClauses() != null)
                throw RaiseSyntaxErrorKnownLocation(a, "iterable unpacking cannot be used in comprehension");
        }
        _mark = start;
        if (open is TokenKind.LSqb or TokenKind.LBrace)
        {
            _mark++;
            Expr? a = StarNamedExpression();
            if (a != null && Expect(TokenKind.Comma))
            {
                int commaTok = _mark - 1;
                int m = _mark;
                List<Expr>? b = StarNamedExpressions();
                if (b != null && ForIfClauses() != null)
                    throw RaiseSyntaxErrorKnownRange(a, b[^1], "did you forget parentheses around the comprehension target?");
                _mark = m;
                if (ForIfClauses() != null)
                    throw RaiseSyntaxErrorKnownRange(a, _tokens[commaTok], "did you forget parentheses around the comprehension target?");
            }
        }
        _mark = start;
    }

    // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
    private void InvalidDictComprehension()
    {
        int start = _mark;
        if (Expect(TokenKind.LBrace) && PeekKind() == TokenKind.DoubleStar)
        {
            int star = _mark++;
            if (BitwiseOr() != null && ForIfClauses() != null && Expect(TokenKind.RBrace))
                throw RaiseSyntaxErrorKnownLocation(_tokens[star], "dict unpacking cannot be used in dict comprehension");
        }
        _mark = start;
    }

    // invalid_parameters
    private void InvalidParameters() => InvalidParametersCommon(lambda: false);

    private void InvalidLambdaParameters() => InvalidParametersCommon(lambda: true);

    private void InvalidParametersCommon(bool lambda)
    {
        int start = _mark;
        // param_no_default* invalid_parameters_helper a=param_no_default
        ParamNoDefaultStar(lambda);
        if (InvalidParametersHelper(lambda))
        {
            int m = _mark;
            Arg? a = ParamNoDefault(lambda);
            if (a != null)
                throw RaiseSyntaxErrorKnownLocation(a, "non-default argument follows default argument");
            _mark = m;
        }
        _mark = start;
        // param_no_default* a='(' param_no_default+ ','? b=')'   (lambda: ','.lambda_param+)
        ParamNoDefaultStar(lambda);
        if (PeekKind() == TokenKind.LPar)
        {
            int open = _mark++;
            bool ok;
            if (lambda)
            {
                ok = Param(true) != null;
                if (ok)
                {
                    while (true)
                    {
                        int m = _mark;
                        if (!Expect(TokenKind.Comma) || Param(true) == null)
                        {
                            _mark = m;
                            break;
                        }
                    }
                }
            }
            else
            {
                ok = ParamNoDefaultStar(false).Count > 0;
            }
            if (ok)
            {
                Expect(TokenKind.Comma);
                if (PeekKind() == TokenKind.RPar)
                    throw RaiseSyntaxErrorKnownRange(_tokens[open], _tokens[_mark],
                        lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
            }
        }
        _mark = start;
        // a="/" ','
        if (PeekKind() == TokenKind.Slash && PeekKind(1) == TokenKind.Comma)
            throw RaiseSyntaxErrorKnownLocation(_tokens[start], "at least one argument must precede /");
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (SlashNoDefault(lambda) != null || ResetAndSlashWithDefault(start, lambda))
        {
            ParamMaybeDefaultStar(lambda, new StarEtc());
            if (PeekKind() == TokenKind.Slash)
                throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "/ may appear only once");
        }
        _mark = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
        if (SlashNoDefault(lambda) == null && !ResetAndSlashWithDefault(start, lambda))
            _mark = start;
        ParamMaybeDefaultStar(lambda, new StarEtc());
        if (Expect(TokenKind.Star))
        {
            if (Expect(TokenKind.Comma) || ParamNoDefault(lambda) != null)
            {
                ParamMaybeDefaultStar(lambda, new StarEtc());
                if (PeekKind() == TokenKind.Slash)
                    throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "/ must be ahead of *");
            }
        }
        _mark = start;
        // param_maybe_default+ '/' a='*'
        if (ParamMaybeDefaultStar(lambda, new StarEtc()) > 0 && Expect(TokenKind.Slash) && PeekKind() == TokenKind.Star)
            throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "expected comma between / and *");
        _mark = start;
    }

    private bool ResetAndSlashWithDefault(int start, bool lambda)
    {
        _mark = start;
        return SlashWithDefault(lambda, out _, out _);
    }

    // invalid_parameters_helper: slash_with_default | param_with_default+
    private bool InvalidParametersHelper(bool lambda)
    {
        int start = _mark;
        if (SlashWithDefault(lambda, out _, out _))
            return true;
        _mark = start;
        if (ParamWithDefaultStar(lambda).Count > 0)
            return true;
        _mark = start;
        return false;
    }

    // invalid_default: a='=' &(')'|',')
    private void InvalidDefault()
    {
        if (PeekKind() == TokenKind.Equal && PeekKind(1) is TokenKind.RPar or TokenKind.Comma)
            throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "expected default value expression");
    }

    // invalid_star_etc
    private void InvalidStarEtc()
    {
        int start = _mark;
        if (!Expect(TokenKind.Star))
            return;
        int star = start;
        // a='*' (')' | ',' (')' | '**'))
        TokenKind k = PeekKind();
        if (k == TokenKind.RPar || k == TokenKind.Comma && PeekKind(1) is TokenKind.RPar or TokenKind.DoubleStar)
            throw RaiseSyntaxErrorKnownLocation(_tokens[star], "named arguments must follow bare *");
        // '*' param a='='
        int m = _mark;
        if (Param(false) != null && PeekKind() == TokenKind.Equal)
            throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "var-positional argument cannot have default value");
        _mark = m;
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        if (ParamNoDefault(false) != null || Expect(TokenKind.Comma))
        {
            ParamMaybeDefaultStar(false, new StarEtc());
            if (PeekKind() == TokenKind.Star)
            {
                int second = _mark++;
                if (ParamNoDefault(false) != null || Expect(TokenKind.Comma))
                    throw RaiseSyntaxErrorKnownLocation(_tokens[second], "* argument may appear only once");
            }
        }
        _mark = start;
    }

    // invalid_lambda_star_etc
    private void InvalidLambdaStarEtc()
    {
        int start = _mark;
        if (!Expect(TokenKind.Star))
            return;
        TokenKind k = PeekKind();
        if (k == TokenKind.Colon || k == TokenKind.Comma && PeekKind(1) is TokenKind.Colon or TokenKind.DoubleStar)
        {
            _mark += k == TokenKind.Colon ? 1 : 2;
            throw RaiseSyntaxErrorAtLastToken("named arguments must follow bare *");
        }
        int m = _mark;
        if (Param(true) != null && PeekKind() == TokenKind.Equal)
            throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "var-positional argument cannot have default value");
        _mark = m;
        if (ParamNoDefault(true) != null || Expect(TokenKind.Comma))
        {
            ParamMaybeDefaultStar(true, new StarEtc());
            if (PeekKind() == TokenKind.Star)
            {
                int second = _mark++;
                if (ParamNoDefault(true) != null || Expect(TokenKind.Comma))
                    throw RaiseSyntaxErrorKnownLocation(_tokens[second], "* argument may appear only once");
            }
        }
        _mark = start;
    }

    // invalid_kwds
    private void InvalidKwds(bool lambda)
    {
        int start = _mark;
        if (!Expect(TokenKind.DoubleStar))
            return;
        if (Param(lambda) != null)
        {
            if (PeekKind() == TokenKind.Equal)
                throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "var-keyword argument cannot have default value");
            if (Expect(TokenKind.Comma))
            {
                int m = _mark;
                Arg? a = Param(lambda);
                if (a != null)
                    throw RaiseSyntaxErrorKnownLocation(a, "arguments cannot follow var-keyword argument");
                _mark = m;
                if (PeekKind() is TokenKind.Star or TokenKind.DoubleStar or TokenKind.Slash)
                    throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "arguments cannot follow var-keyword argument");
            }
        }
        _mark = start;
    }

    // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
    private void InvalidWithItem()
    {
        int start = _mark;
        if (Expression() != null && Expect(TokenKind.As))
        {
            Expr? a = Expression();
            if (a != null && PeekKind() is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
            {
                InvalidTarget(TargetsType.Star, a);
                return;
            }
        }
        _mark = start;
    }

    // invalid_for_target: ASYNC? 'for' a=star_expressions
    private void InvalidForTarget()
    {
        int start = _mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.For))
        {
            Expr? a = StarExpressions();
            if (a != null)
            {
                InvalidTarget(TargetsType.For, a);
                return;
            }
        }
        _mark = start;
    }

    // invalid_group: '(' a=starred_expression ')' | '(' a='**' expression ')'
    private void InvalidGroup()
    {
        int start = _mark;
        if (Expect(TokenKind.LPar))
        {
            Expr? a = StarredExpression();
            if (a != null && Expect(TokenKind.RPar))
                throw RaiseSyntaxErrorKnownLocation(a, "cannot use starred expression here");
            _mark = start + 1;
            if (PeekKind() == TokenKind.DoubleStar)
            {
                int star = _mark++;
                if (Expression() != null && Expect(TokenKind.RPar))
                    throw RaiseSyntaxErrorKnownLocation(_tokens[star], "cannot use double starred expression here");
            }
        }
        _mark = start;
    }

    // invalid_import_from_targets: import_from_as_names ',' NEWLINE
    private void InvalidImportFromTargets()
    {
        int start = _mark;
        if (ImportFromAsNames() != null && Expect(TokenKind.Comma) && Expect(TokenKind.Newline))
            throw RaiseSyntaxErrorAtLastToken("trailing comma not allowed without surrounding parentheses");
        _mark = start;
    }

    // ( expression ['as' star_target] ) items for invalid_with_stmt*; parenthesized uses expressions
    private bool WithItemsLoose(bool parenthesized)
    {
        bool any = false;
        while (true)
        {
            int m = _mark;
            if (any && !Expect(TokenKind.Comma))
                break;
            Expr? e = parenthesized ? Expressions() : Expression();
            if (e == null)
            {
                _mark = m;
                break;
            }
            int m2 = _mark;
            if (Expect(TokenKind.As) && StarTarget() == null)
                _mark = m2;
            any = true;
        }
        return any;
    }

    // invalid_with_stmt
    private void InvalidWithStmt()
    {
        int start = _mark;
        Expect(TokenKind.Async);
        if (Expect(TokenKind.With))
        {
            int afterWith = _mark;
            if (WithItemsLoose(false) && Expect(TokenKind.Newline))
                throw RaiseSyntaxErrorAtLastToken("expected ':'");
            _mark = afterWith;
            if (Expect(TokenKind.LPar) && WithItemsLoose(true))
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar) && Expect(TokenKind.Newline))
                    throw RaiseSyntaxErrorAtLastToken("expected ':'");
            }
        }
        _mark = start;
    }

    // invalid_with_stmt_indent
    private void InvalidWithStmtIndent()
    {
        int start = _mark;
        Expect(TokenKind.Async);
        if (PeekKind() == TokenKind.With)
        {
            int with = _mark++;
            int afterWith = _mark;
            if (WithItemsLoose(false) && Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && PeekKind() != TokenKind.Indent)
                throw RaiseIndentationError($"expected an indented block after 'with' statement on line {_tokens[with].Line}");
            _mark = afterWith;
            if (Expect(TokenKind.LPar) && WithItemsLoose(true))
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar) && Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && PeekKind() != TokenKind.Indent)
                    throw RaiseIndentationError($"expected an indented block after 'with' statement on line {_tokens[with].Line}");
            }
        }
        _mark = start;
    }

    /// <summary>KEYWORD ... ':' NEWLINE !INDENT for the "expected an indented block after X" rules.</summary>
    private bool ColonNewlineNoIndent() => Expect(TokenKind.Colon) && Expect(TokenKind.Newline) && PeekKind() != TokenKind.Indent;

    // invalid_try_stmt
    private void InvalidTryStmt()
    {
        int start = _mark;
        if (!Expect(TokenKind.Try))
            return;
        if (ColonNewlineNoIndent())
            throw RaiseIndentationError($"expected an indented block after 'try' statement on line {_tokens[start].Line}");
        _mark = start + 1;
        if (Expect(TokenKind.Colon) && Block() != null && PeekKind() is not (TokenKind.Except or TokenKind.Finally))
            throw RaiseSyntaxErrorAtLastToken("expected 'except' or 'finally' block");
        _mark = start + 1;
        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        if (Expect(TokenKind.Colon))
        {
            int afterColon = _mark;
            while (true)
            {
                int m = _mark;
                if (Block() == null)
                {
                    _mark = m;
                    break;
                }
            }
            int afterBlocks = _mark;
            int handlers = 0;
            while (true)
            {
                int m = _mark;
                if (ExceptBlock() == null)
                {
                    _mark = m;
                    break;
                }
                handlers++;
            }
            if (handlers > 0 && PeekKind() == TokenKind.Except && PeekKind(1) == TokenKind.Star)
            {
                int a = _mark;
                _mark += 2;
                if (Expression() != null)
                {
                    int m = _mark;
                    if (!(Expect(TokenKind.As) && NameText() != null))
                        _mark = m;
                    if (Expect(TokenKind.Colon))
                        throw RaiseSyntaxErrorKnownRange(_tokens[a], _tokens[a + 1], "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
            _mark = afterBlocks;
            handlers = 0;
            while (true)
            {
                int m = _mark;
                if (ExceptStarBlock() == null)
                {
                    _mark = m;
                    break;
                }
                handlers++;
            }
            if (handlers > 0 && PeekKind() == TokenKind.Except)
            {
                int a = _mark++;
                int m = _mark;
                if (Expression() != null)
                {
                    int m2 = _mark;
                    if (!(Expect(TokenKind.As) && NameText() != null))
                        _mark = m2;
                }
                else
                {
                    _mark = m;
                }
                if (Expect(TokenKind.Colon))
                    throw RaiseSyntaxErrorKnownLocation(_tokens[a], "cannot have both 'except' and 'except*' on the same 'try'");
            }
            _ = afterColon;
        }
        _mark = start;
    }

    // invalid_except_stmt
    private void InvalidExceptStmt()
    {
        int start = _mark;
        if (!Expect(TokenKind.Except))
            return;
        Expect(TokenKind.Star);
        int afterStar = _mark;
        // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
        Expr? a = Expression();
        if (a != null && Expect(TokenKind.Comma) && Expressions() != null)
        {
            int m = _mark;
            if (!(Expect(TokenKind.As) && NameText() != null))
                _mark = m;
            if (Expect(TokenKind.Colon))
                throw RaiseSyntaxErrorStartingFrom(a, "multiple exception types must be parenthesized");
        }
        _mark = afterStar;
        // a='except' '*'? expression ['as' NAME ] NEWLINE
        if (Expression() != null)
        {
            int m = _mark;
            if (!(Expect(TokenKind.As) && NameText() != null))
                _mark = m;
            if (Expect(TokenKind.Newline))
                throw RaiseSyntaxErrorAtLastToken("expected ':'");
        }
        _mark = start + 1;
        // a='except' NEWLINE
        if (Expect(TokenKind.Newline))
            throw RaiseSyntaxErrorAtLastToken("expected ':'");
        _mark = start + 1;
        // a='except' '*' (NEWLINE | ':')
        if (Expect(TokenKind.Star) && (Expect(TokenKind.Newline) || Expect(TokenKind.Colon)))
            throw RaiseSyntaxErrorAtLastToken("expected one or more exception types");
        _mark = start;
    }

    // invalid_finally_stmt
    private void InvalidFinallyStmt()
    {
        int start = _mark;
        if (Expect(TokenKind.Finally) && ColonNewlineNoIndent())
            throw RaiseIndentationError($"expected an indented block after 'finally' statement on line {_tokens[start].Line}");
        _mark = start;
    }

    // invalid_except_stmt_indent
    private void InvalidExceptStmtIndent()
    {
        int start = _mark;
        if (!Expect(TokenKind.Except))
            return;
        if (Expression() != null)
        {
            int m = _mark;
            if (!(Expect(TokenKind.As) && NameText() != null))
                _mark = m;
            if (ColonNewlineNoIndent())
                throw RaiseIndentationError($"expected an indented block after 'except' statement on line {_tokens[start].Line}");
        }
        _mark = start + 1;
        if (ColonNewlineNoIndent())
            throw RaiseIndentationError($"expected an indented block after 'except' statement on line {_tokens[start].Line}");
        _mark = start;
    }

    // invalid_except_star_stmt_indent
    private void InvalidExceptStarStmtIndent()
    {
        int start = _mark;
        if (Expect(TokenKind.Except) && Expect(TokenKind.Star) && Expression() != null)
        {
            int m = _mark;
            if (!(Expect(TokenKind.As) && NameText() != null))
                _mark = m;
            if (ColonNewlineNoIndent())
                throw RaiseIndentationError($"expected an indented block after 'except*' statement on line {_tokens[start].Line}");
        }
        _mark = start;
    }

    // invalid_match_stmt
    private void InvalidMatchStmt()
    {
        int start = _mark;
        if (!ExpectSoftKeyword("match"))
            return;
        if (SubjectExpr() != null && Expect(TokenKind.Newline))
            throw RaiseSyntaxErrorAtLastToken("expected ':'");
        _mark = start + 1;
        if (SubjectExpr() != null && ColonNewlineNoIndent())
            throw RaiseIndentationError($"expected an indented block after 'match' statement on line {_tokens[start].Line}");
        _mark = start;
    }

    // invalid_case_block
    private void InvalidCaseBlock()
    {
        int start = _mark;
        if (!ExpectSoftKeyword("case"))
            return;
        if (Patterns() != null)
        {
            int m = _mark;
            if (Guard() == null)
                _mark = m;
            if (Expect(TokenKind.Newline))
                throw RaiseSyntaxErrorAtLastToken("expected ':'");
        }
        _mark = start + 1;
        if (Patterns() != null)
        {
            int m = _mark;
            if (Guard() == null)
                _mark = m;
            if (ColonNewlineNoIndent())
                throw RaiseIndentationError($"expected an indented block after 'case' statement on line {_tokens[start].Line}");
        }
        _mark = start;
    }

    // invalid_as_pattern: or_pattern 'as' a="_" | or_pattern 'as' !NAME a=expression
    private void InvalidAsPattern()
    {
        int start = _mark;
        if (OrPattern() != null && Expect(TokenKind.As))
        {
            if (IsSoftKeyword("_"))
                throw RaiseSyntaxErrorKnownLocation(_tokens[_mark], "cannot use '_' as a target");
            if (PeekKind() != TokenKind.Name)
            {
                Expr? a = Expression();
                if (a != null)
                    throw RaiseSyntaxErrorKnownLocation(a, "invalid pattern target");
            }
        }
        _mark = start;
    }

    // invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
    private void InvalidClassPattern()
    {
        int start = _mark;
        if (NameOrAttr() != null && Expect(TokenKind.LPar))
        {
            // [positional_patterns ','] keyword_patterns ',' a=positional_patterns
            int m = _mark;
            if (!(PositionalPatterns() != null && Expect(TokenKind.Comma)))
                _mark = m;
            if (KeywordPatterns([], []) && Expect(TokenKind.Comma))
            {
                List<Pattern>? a = PositionalPatterns();
                if (a != null)
                    throw RaiseSyntaxErrorKnownRange(a[0], a[^1], "positional patterns follow keyword patterns");
            }
        }
        _mark = start;
    }

    private void IndentedBlockRule(TokenKind keyword, string what)
    {
        int start = _mark;
        if (!Expect(keyword))
            return;
        if (NamedExpression() != null)
        {
            int afterTest = _mark;
            if (Expect(TokenKind.Newline))
                throw RaiseSyntaxErrorAtLastToken("expected ':'");
            _mark = afterTest;
            if (ColonNewlineNoIndent())
                throw RaiseIndentationError($"expected an indented block after '{what}' statement on line {_tokens[start].Line}");
        }
        _mark = start;
    }

    private void InvalidIfStmt() => IndentedBlockRule(TokenKind.If, "if");
    private void InvalidElifStmt() => IndentedBlockRule(TokenKind.Elif, "elif");
    private void InvalidWhileStmt() => IndentedBlockRule(TokenKind.While, "while");

    // invalid_else_stmt: a='else' ':' NEWLINE !INDENT
    private void InvalidElseStmt()
    {
        int start = _mark;
        if (Expect(TokenKind.Else) && ColonNewlineNoIndent())
            throw RaiseIndentationError($"expected an indented block after 'else' statement on line {_tokens[start].Line}");
        _mark = start;
    }

    // invalid_for_stmt
    private void InvalidForStmt()
    {
        int start = _mark;
        Expect(TokenKind.Async);
        if (PeekKind() == TokenKind.For)
        {
            int forTok = _mark++;
            if (StarTargets() != null && Expect(TokenKind.In) && StarExpressions() != null)
            {
                int m = _mark;
                if (Expect(TokenKind.Newline))
                    throw RaiseSyntaxErrorAtLastToken("expected ':'");
                _mark = m;
                if (ColonNewlineNoIndent())
                    throw RaiseIndentationError($"expected an indented block after 'for' statement on line {_tokens[forTok].Line}");
            }
        }
        _mark = start;
    }

    // invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    private void InvalidDefRaw()
    {
        int start = _mark;
        Expect(TokenKind.Async);
        if (PeekKind() == TokenKind.Def)
        {
            int def = _mark++;
            if (NameText() != null && Expect(TokenKind.LPar))
            {
                int m = _mark;
                if (Params(false) == null)
                    _mark = m;
                if (Expect(TokenKind.RPar))
                {
                    m = _mark;
                    if (!(Expect(TokenKind.RArrow) && Expression() != null))
                        _mark = m;
                    if (ColonNewlineNoIndent())
                        throw RaiseIndentationError($"expected an indented block after function definition on line {_tokens[def].Line}");
                }
            }
        }
        _mark = start;
    }

    // invalid_class_def_raw
    private void InvalidClassDefRaw()
    {
        int start = _mark;
        if (!Expect(TokenKind.Class) || NameText() == null)
        {
            _mark = start;
            return;
        }
        int afterName = _mark;
        SkipClassArguments();
        if (Expect(TokenKind.Newline))
            throw RaiseSyntaxErrorAtLastToken("expected ':'");
        _mark = afterName;
        SkipClassArguments();
        if (ColonNewlineNoIndent())
            throw RaiseIndentationError($"expected an indented block after class definition on line {_tokens[start].Line}");
        _mark = start;
    }

    private void SkipClassArguments()
    {
        int m = _mark;
        if (Expect(TokenKind.LPar))
        {
            int m2 = _mark;
            if (Arguments() == null)
                _mark = m2;
            if (Expect(TokenKind.RPar))
                return;
        }
        _mark = m;
    }

    // invalid_double_starred_kvpairs (after the '{')
    private void InvalidDoubleStarredKvpairs()
    {
        int start = _mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        if (DoubleStarredKvpair(keys, values))
        {
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma) || !DoubleStarredKvpair(keys, values))
                {
                    _mark = m;
                    break;
                }
            }
            if (Expect(TokenKind.Comma))
                InvalidKvpair();
        }
        _mark = start;
        // expression ':' a='*' bitwise_or
        if (Expression() != null && Expect(TokenKind.Colon))
        {
            int colon = _mark - 1;
            if (PeekKind() == TokenKind.Star)
            {
                int star = _mark++;
                if (BitwiseOr() != null)
                    throw RaiseSyntaxErrorStartingFrom(_tokens[star], "cannot use a starred expression in a dictionary value");
            }
            _mark = colon + 1;
            if (PeekKind() is TokenKind.RBrace or TokenKind.Comma)
                throw RaiseSyntaxErrorKnownLocation(_tokens[colon], "expression expected after dictionary key and ':'");
        }
        _mark = start;
    }

    // invalid_kvpair
    private void InvalidKvpair()
    {
        int start = _mark;
        Expr? a = Expression();
        if (a != null && PeekKind() != TokenKind.Colon)
        {
            string? text = _source.Line(a.Line);
            throw RaiseAt("SyntaxError", "':' expected after dictionary key", a.Line, a.EndCol - 1 + 1, a.EndLine, 0);
        }
        _mark = start;
        if (Expression() != null && Expect(TokenKind.Colon))
        {
            int colon = _mark - 1;
            if (PeekKind() == TokenKind.Star)
            {
                int star = _mark++;
                if (BitwiseOr() != null)
                    throw RaiseSyntaxErrorStartingFrom(_tokens[star], "cannot use a starred expression in a dictionary value");
            }
            _mark = colon + 1;
            if (PeekKind() is TokenKind.RBrace or TokenKind.Comma)
                throw RaiseSyntaxErrorKnownLocation(_tokens[colon], "expression expected after dictionary key and ':'");
        }
        _mark = start;
    }
}
