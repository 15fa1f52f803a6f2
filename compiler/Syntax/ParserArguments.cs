using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Call arguments, function and lambda parameters, lambda.
internal sealed partial class Parser
{
    // arguments (memo): args [','] &')' | invalid_arguments
    private Call? Arguments()
    {
        int start = _mark;
        if (TryMemo(RuleArguments, out Call? memo))
            return memo;
        Call? result = null;
        Call? a = Args();
        if (a != null)
        {
            Expect(TokenKind.Comma);
            if (PeekKind() == TokenKind.RPar)
                result = a;
        }
        if (result == null)
        {
            _mark = start;
            if (_callInvalidRules)
            {
                InvalidArguments();
                _mark = start;
            }
        }
        return Memo(RuleArguments, start, result);
    }

    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
    private Call? Args()
    {
        int start = _mark;
        var positional = new List<Expr>();
        Expr? first = PositionalArgument();
        if (first != null)
        {
            positional.Add(first);
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenKind.Comma))
                    break;
                Expr? e = PositionalArgument();
                if (e == null)
                {
                    _mark = m;
                    break;
                }
                positional.Add(e);
            }
            var keywords = new List<Keyword>();
            int beforeComma = _mark;
            if (Expect(TokenKind.Comma))
            {
                if (!Kwargs(positional, keywords))
                    _mark = beforeComma;
            }
            return Fin(new Call(DummyName(), positional, keywords), start);
        }
        _mark = start;
        var kw = new List<Keyword>();
        if (Kwargs(positional, kw))
            return Fin(new Call(DummyName(), positional, kw), start);
        _mark = start;
        return null;
    }

    private static Name DummyName() => new("", ExprContext.Load);

    private Expr? PositionalArgument()
    {
        int start = _mark;
        Expr? s = StarredExpression();
        if (s != null)
            return s;
        _mark = start;
        Expr? a = AssignmentExpression(out _);
        if (a == null)
        {
            _mark = start;
            a = Expression();
            if (a != null && PeekKind() == TokenKind.ColonEqual)
                a = null;
        }
        if (a != null && PeekKind() != TokenKind.Equal)
            return a;
        _mark = start;
        return null;
    }

    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    // Starred items go to the positional list, the others become keywords.
    private bool Kwargs(List<Expr> positional, List<Keyword> keywords)
    {
        int start = _mark;
        int posCount = positional.Count, kwCount = keywords.Count;
        if (KwargGather(false, positional, keywords))
        {
            int m = _mark;
            int p2 = positional.Count, k2 = keywords.Count;
            if (Expect(TokenKind.Comma) && KwargGather(true, positional, keywords))
                return true;
            Truncate(positional, p2);
            Truncate(keywords, k2);
            _mark = m;
            return true;
        }
        Truncate(positional, posCount);
        Truncate(keywords, kwCount);
        _mark = start;
        if (KwargGather(true, positional, keywords))
            return true;
        Truncate(positional, posCount);
        Truncate(keywords, kwCount);
        _mark = start;
        return false;
    }

    private static void Truncate<T>(List<T> list, int count)
    {
        if (list.Count > count)
            list.RemoveRange(count, list.Count - count);
    }

    private bool KwargGather(bool doubleStarred, List<Expr> positional, List<Keyword> keywords)
    {
        if (!KwargItem(doubleStarred, positional, keywords))
            return false;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenKind.Comma))
                break;
            if (!KwargItem(doubleStarred, positional, keywords))
            {
                _mark = m;
                break;
            }
        }
        return true;
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    private bool KwargItem(bool doubleStarred, List<Expr> positional, List<Keyword> keywords)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwarg();
            _mark = start;
        }
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            string name = NameText()!;
            _mark++;
            Expr? v = Expression();
            if (v != null)
            {
                keywords.Add(Fin(new Keyword(name, v), start));
                return true;
            }
            _mark = start;
        }
        if (!doubleStarred)
        {
            Expr? s = StarredExpression();
            if (s != null)
            {
                positional.Add(s);
                return true;
            }
        }
        else if (Expect(TokenKind.DoubleStar))
        {
            Expr? v = Expression();
            if (v != null)
            {
                keywords.Add(Fin(new Keyword(null, v), start));
                return true;
            }
        }
        _mark = start;
        return false;
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private Expr? Lambdef()
    {
        int start = _mark;
        if (!Expect(TokenKind.Lambda))
            return null;
        int m = _mark;
        Arguments? args = Params(lambda: true);
        if (args == null)
            _mark = m;
        if (Expect(TokenKind.Colon))
        {
            Expr? body = Expression();
            if (body != null)
                return Fin(new Lambda(args ?? EmptyArguments(), body), start);
        }
        _mark = start;
        return null;
    }

    private static Arguments EmptyArguments() => new([], [], null, [], [], null, []);

    // params: invalid_parameters | parameters (and the lambda_ variants)
    private Arguments? Params(bool lambda)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            if (lambda)
                InvalidLambdaParameters();
            else
                InvalidParameters();
            _mark = start;
        }
        return Parameters(lambda);
    }

    private sealed class StarEtc
    {
        public Arg? VarArg;
        public List<Arg> KwOnly = [];
        public List<Expr?> KwDefaults = [];
        public Arg? KwArg;
    }

    private Arguments? Parameters(bool lambda)
    {
        int start = _mark;
        // slash_no_default param_no_default* param_with_default* [star_etc]
        List<Arg>? slashNoDefault = SlashNoDefault(lambda);
        if (slashNoDefault != null)
        {
            List<Arg> plain = ParamNoDefaultStar(lambda);
            var withDefault = ParamWithDefaultStar(lambda);
            StarEtc? star = OptionalStarEtc(lambda);
            return MakeArguments(slashNoDefault, [], plain, withDefault, star);
        }
        _mark = start;
        // slash_with_default param_with_default* [star_etc]
        if (SlashWithDefault(lambda, out List<Arg>? slashPlain, out List<(Arg, Expr)>? slashDefaults))
        {
            var withDefault = ParamWithDefaultStar(lambda);
            StarEtc? star = OptionalStarEtc(lambda);
            var posOnly = new List<Arg>(slashPlain!);
            var defaults = new List<Expr>();
            foreach (var (arg, def) in slashDefaults!)
            {
                posOnly.Add(arg);
                defaults.Add(def);
            }
            return MakeArguments(posOnly, defaults, [], withDefault, star);
        }
        _mark = start;
        // param_no_default+ param_with_default* [star_etc]
        List<Arg> plainArgs = ParamNoDefaultStar(lambda);
        if (plainArgs.Count > 0)
        {
            var withDefault = ParamWithDefaultStar(lambda);
            StarEtc? star = OptionalStarEtc(lambda);
            return MakeArguments([], [], plainArgs, withDefault, star);
        }
        _mark = start;
        // param_with_default+ [star_etc]
        var onlyDefaults = ParamWithDefaultStar(lambda);
        if (onlyDefaults.Count > 0)
        {
            StarEtc? star = OptionalStarEtc(lambda);
            return MakeArguments([], [], [], onlyDefaults, star);
        }
        _mark = start;
        StarEtc? s = StarEtcRule(lambda);
        if (s != null)
            return MakeArguments([], [], [], [], s);
        _mark = start;
        return null;
    }

    private static Arguments MakeArguments(List<Arg> posOnly, List<Expr> posOnlyDefaults, List<Arg> plain, List<(Arg, Expr)> withDefault, StarEtc? star)
    {
        var args = new List<Arg>(plain);
        var defaults = new List<Expr>(posOnlyDefaults);
        foreach (var (arg, def) in withDefault)
        {
            args.Add(arg);
            defaults.Add(def);
        }
        return new Arguments(posOnly, args, star?.VarArg, star?.KwOnly ?? [], star?.KwDefaults ?? [], star?.KwArg, defaults);
    }

    private StarEtc? OptionalStarEtc(bool lambda)
    {
        int m = _mark;
        StarEtc? s = StarEtcRule(lambda);
        if (s == null)
            _mark = m;
        return s;
    }

    private TokenKind ParamsEnd(bool lambda) => lambda ? TokenKind.Colon : TokenKind.RPar;

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    private List<Arg>? SlashNoDefault(bool lambda)
    {
        int start = _mark;
        List<Arg> a = ParamNoDefaultStar(lambda);
        if (a.Count > 0 && Expect(TokenKind.Slash))
        {
            if (Expect(TokenKind.Comma) || PeekKind() == ParamsEnd(lambda))
                return a;
        }
        _mark = start;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    private bool SlashWithDefault(bool lambda, out List<Arg>? plain, out List<(Arg, Expr)>? withDefault)
    {
        int start = _mark;
        plain = ParamNoDefaultStar(lambda);
        withDefault = ParamWithDefaultStar(lambda);
        if (withDefault.Count > 0 && Expect(TokenKind.Slash))
        {
            if (Expect(TokenKind.Comma) || PeekKind() == ParamsEnd(lambda))
                return true;
        }
        _mark = start;
        plain = null;
        withDefault = null;
        return false;
    }

    // star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
    //   | '*' param_no_default_star_annotation param_maybe_default* [kwds] | '*' ',' param_maybe_default+ [kwds] | kwds
    private StarEtc? StarEtcRule(bool lambda)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            if (lambda)
                InvalidLambdaStarEtc();
            else
                InvalidStarEtc();
            _mark = start;
        }
        if (Expect(TokenKind.Star))
        {
            int afterStar = _mark;
            Arg? vararg = ParamNoDefault(lambda);
            if (vararg == null && !lambda)
            {
                _mark = afterStar;
                vararg = ParamNoDefaultStarAnnotation();
            }
            if (vararg != null)
            {
                var s = new StarEtc { VarArg = vararg };
                ParamMaybeDefaultStar(lambda, s);
                s.KwArg = OptionalKwds(lambda);
                return s;
            }
            _mark = afterStar;
            if (Expect(TokenKind.Comma))
            {
                var s = new StarEtc();
                if (ParamMaybeDefaultStar(lambda, s) > 0)
                {
                    s.KwArg = OptionalKwds(lambda);
                    return s;
                }
            }
            _mark = start;
        }
        Arg? kwarg = Kwds(lambda);
        if (kwarg != null)
            return new StarEtc { KwArg = kwarg };
        _mark = start;
        return null;
    }

    private Arg? OptionalKwds(bool lambda)
    {
        int m = _mark;
        Arg? k = Kwds(lambda);
        if (k == null)
            _mark = m;
        return k;
    }

    // kwds: invalid_kwds | '**' param_no_default
    private Arg? Kwds(bool lambda)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwds(lambda);
            _mark = start;
        }
        if (Expect(TokenKind.DoubleStar))
        {
            Arg? a = ParamNoDefault(lambda);
            if (a != null)
                return a;
        }
        _mark = start;
        return null;
    }

    private List<Arg> ParamNoDefaultStar(bool lambda)
    {
        var list = new List<Arg>();
        while (true)
        {
            int m = _mark;
            Arg? a = ParamNoDefault(lambda);
            if (a == null)
            {
                _mark = m;
                return list;
            }
            list.Add(a);
        }
    }

    private List<(Arg, Expr)> ParamWithDefaultStar(bool lambda)
    {
        var list = new List<(Arg, Expr)>();
        while (true)
        {
            int m = _mark;
            Arg? a = Param(lambda);
            if (a != null)
            {
                Expr? d = Default();
                if (d != null && (Expect(TokenKind.Comma) || PeekKind() == ParamsEnd(lambda)))
                {
                    list.Add((a, d));
                    continue;
                }
            }
            _mark = m;
            return list;
        }
    }

    private int ParamMaybeDefaultStar(bool lambda, StarEtc s)
    {
        int count = 0;
        while (true)
        {
            int m = _mark;
            Arg? a = Param(lambda);
            if (a != null)
            {
                int beforeDefault = _mark;
                Expr? d = Default();
                if (d == null)
                    _mark = beforeDefault;
                if (Expect(TokenKind.Comma) || PeekKind() == ParamsEnd(lambda))
                {
                    s.KwOnly.Add(a);
                    s.KwDefaults.Add(d);
                    count++;
                    continue;
                }
            }
            _mark = m;
            return count;
        }
    }

    // param_no_default: param ',' | param &')'
    private Arg? ParamNoDefault(bool lambda)
    {
        int start = _mark;
        Arg? a = Param(lambda);
        if (a != null && (Expect(TokenKind.Comma) || PeekKind() == ParamsEnd(lambda)))
            return a;
        _mark = start;
        return null;
    }

    // param_no_default_star_annotation: NAME ':' star_expression (',' | &')')
    private Arg? ParamNoDefaultStarAnnotation()
    {
        int start = _mark;
        string? name = NameText();
        if (name != null && Expect(TokenKind.Colon))
        {
            Expr? ann = StarExpression();
            if (ann != null)
            {
                Arg arg = Fin(new Arg(name, ann, null), start);
                if (Expect(TokenKind.Comma) || PeekKind() == TokenKind.RPar)
                    return arg;
            }
        }
        _mark = start;
        return null;
    }

    // param: NAME annotation? (lambda_param: NAME)
    private Arg? Param(bool lambda)
    {
        int start = _mark;
        string? name = NameText();
        if (name == null)
            return null;
        Expr? annotation = null;
        if (!lambda)
        {
            int m = _mark;
            if (Expect(TokenKind.Colon))
            {
                annotation = Expression();
                if (annotation == null)
                    _mark = m;
            }
        }
        return Fin(new Arg(name, annotation, null), start);
    }

    // default: '=' expression | invalid_default
    private Expr? Default()
    {
        int start = _mark;
        if (Expect(TokenKind.Equal))
        {
            Expr? e = Expression();
            if (e != null)
                return e;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidDefault();
            _mark = start;
        }
        return null;
    }
}
