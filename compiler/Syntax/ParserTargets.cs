using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Assignment and deletion targets: star_targets, single_target, t_primary, del_targets.
internal sealed partial class Parser
{
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    private Expr? StarTargets()
    {
        int start = _mark;
        Expr? a = StarTarget();
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
            Expr? b = StarTarget();
            if (b == null)
            {
                _mark = m;
                break;
            }
            elts.Add(b);
        }
        Expect(TokenKind.Comma);
        return Fin(new Ast.Tuple(elts, ExprContext.Store), start);
    }

    // star_targets_list_seq: ','.star_target+ [',']
    private List<Expr>? StarTargetsListSeq()
    {
        Expr? a = StarTarget();
        if (a == null)
            return null;
        var list = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Expr? b = StarTarget();
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

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    private List<Expr>? StarTargetsTupleSeq()
    {
        int start = _mark;
        Expr? a = StarTarget();
        if (a == null)
            return null;
        if (!Expect(TokenKind.Comma))
        {
            _mark = start;
            return null;
        }
        var list = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            Expr? b = StarTarget();
            if (b == null)
            {
                _mark = m;
                break;
            }
            list.Add(b);
            if (!Expect(TokenKind.Comma))
                break;
        }
        return list;
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    private Expr? StarTarget()
    {
        int start = _mark;
        if (TryMemo(RuleStarTarget, out Expr? memo))
            return memo;
        Enter();
        Expr? result = null;
        if (Expect(TokenKind.Star))
        {
            if (PeekKind() != TokenKind.Star)
            {
                Expr? a = StarTarget();
                if (a != null)
                    result = Fin(new Starred(WithContext(a, ExprContext.Store), ExprContext.Store), start);
            }
            if (result == null)
                _mark = start;
        }
        else
        {
            result = TargetWithStarAtom();
        }
        Leave();
        return Memo(RuleStarTarget, start, result);
    }

    // target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    private Expr? TargetWithStarAtom()
    {
        int start = _mark;
        if (TryMemo(RuleTargetWithStarAtom, out Expr? memo))
            return memo;
        Expr? result = SubscriptAttributeTarget(ExprContext.Store);
        if (result == null)
        {
            _mark = start;
            result = StarAtom();
        }
        return Memo(RuleTargetWithStarAtom, start, result);
    }

    /// <summary>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in <paramref name="ctx"/>.</summary>
    private Expr? SubscriptAttributeTarget(ExprContext ctx)
    {
        int start = _mark;
        Expr? p = TPrimary();
        if (p != null)
        {
            int m = _mark;
            if (Expect(TokenKind.Dot))
            {
                string? name = NameText();
                if (name != null && !IsTLookahead())
                    return Fin(new Ast.Attribute(p, name, ctx), start);
            }
            _mark = m;
            if (Expect(TokenKind.LSqb))
            {
                Expr? s = Slices();
                if (s != null && Expect(TokenKind.RSqb) && !IsTLookahead())
                    return Fin(new Subscript(p, s, ctx), start);
            }
        }
        _mark = start;
        return null;
    }

    private bool IsTLookahead() => PeekKind() is TokenKind.LPar or TokenKind.LSqb or TokenKind.Dot;

    // star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
    private Expr? StarAtom()
    {
        int start = _mark;
        switch (PeekKind())
        {
            case TokenKind.Name:
                return WithContext(NameToken()!, ExprContext.Store);
            case TokenKind.LPar:
            {
                _mark++;
                Expr? a = TargetWithStarAtom();
                if (a != null && Expect(TokenKind.RPar))
                    return WithContext(a, ExprContext.Store);
                _mark = start + 1;
                List<Expr>? seq = StarTargetsTupleSeq();
                if (seq == null)
                    _mark = start + 1;
                if (Expect(TokenKind.RPar))
                    return Fin(new Ast.Tuple(seq ?? [], ExprContext.Store), start);
                break;
            }
            case TokenKind.LSqb:
            {
                _mark++;
                List<Expr>? seq = StarTargetsListSeq();
                if (seq == null)
                    _mark = start + 1;
                if (Expect(TokenKind.RSqb))
                    return Fin(new Ast.List(seq ?? [], ExprContext.Store), start);
                break;
            }
        }
        _mark = start;
        return null;
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    private Expr? SingleTarget()
    {
        int start = _mark;
        Expr? a = SingleSubscriptAttributeTarget();
        if (a != null)
            return a;
        _mark = start;
        if (PeekKind() == TokenKind.Name)
            return WithContext(NameToken()!, ExprContext.Store);
        if (Expect(TokenKind.LPar))
        {
            Enter();
            Expr? inner = SingleTarget();
            Leave();
            if (inner != null && Expect(TokenKind.RPar))
                return inner;
        }
        _mark = start;
        return null;
    }

    private Expr? SingleSubscriptAttributeTarget() => SubscriptAttributeTarget(ExprContext.Store);

    // t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead | atom &t_lookahead
    private Expr? TPrimary()
    {
        int start = _mark;
        if (TryMemo(RuleTPrimary, out Expr? memo))
            return memo;
        Enter();
        Expr? a = Atom();
        if (a != null && !IsTLookahead())
            a = null;
        if (a != null)
        {
            while (true)
            {
                int m = _mark;
                Expr? next = PrimaryTrailerInOrder(a, start);
                if (next == null || !IsTLookahead())
                {
                    _mark = m;
                    break;
                }
                a = next;
            }
        }
        else
        {
            _mark = start;
        }
        Leave();
        return Memo(RuleTPrimary, start, a);
    }

    // t_primary tries '.', '[', genexp, '(' in that order; at most one of them can start here.
    private Expr? PrimaryTrailerInOrder(Expr a, int start) => PrimaryTrailer(a, start);

    // del_targets: ','.del_target+ [',']
    private List<Expr>? DelTargets()
    {
        Expr? a = DelTarget();
        if (a == null)
            return null;
        var list = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            Expr? b = DelTarget();
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

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    private Expr? DelTarget()
    {
        int start = _mark;
        if (TryMemo(RuleDelTarget, out Expr? memo))
            return memo;
        Enter();
        Expr? result = SubscriptAttributeTarget(ExprContext.Del);
        if (result == null)
        {
            _mark = start;
            result = DelTAtom();
        }
        Leave();
        return Memo(RuleDelTarget, start, result);
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    private Expr? DelTAtom()
    {
        int start = _mark;
        switch (PeekKind())
        {
            case TokenKind.Name:
                return WithContext(NameToken()!, ExprContext.Del);
            case TokenKind.LPar:
            {
                _mark++;
                Expr? a = DelTarget();
                if (a != null && Expect(TokenKind.RPar))
                    return WithContext(a, ExprContext.Del);
                _mark = start + 1;
                List<Expr>? seq = DelTargets();
                if (seq == null)
                    _mark = start + 1;
                if (Expect(TokenKind.RPar))
                    return Fin(new Ast.Tuple(seq ?? [], ExprContext.Del), start);
                break;
            }
            case TokenKind.LSqb:
            {
                _mark++;
                List<Expr>? seq = DelTargets();
                if (seq == null)
                    _mark = start + 1;
                if (Expect(TokenKind.RSqb))
                    return Fin(new Ast.List(seq ?? [], ExprContext.Del), start);
                break;
            }
        }
        _mark = start;
        return null;
    }
}
