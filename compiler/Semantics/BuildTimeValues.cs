using System.Globalization;
using System.Numerics;
using System.Text;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;
using Tuple = PyPack.Compiler.Syntax.Ast.Tuple;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Some of the values an expression of a module can take, computed at build time from its literals:
/// <c>r"\d+"</c>, a name bound to literals (<c>for v in ["a|b", "c"]</c>,
/// <c>for name, rx in SPEC</c>), and str built from them by <c>+</c>, <c>%</c>, f-strings,
/// <c>sep.join(...)</c>, <c>sorted</c> and comprehensions. It is a guess, never a proof: names are
/// matched by spelling in every scope, builtins and mutations are ignored, and a binding it cannot
/// follow (a parameter, an import) adds nothing. Its users must be ones for which a wrong or
/// missing value is harmless, like <see cref="RegexLiteralFinder"/>.
/// Values are string, long, or <see cref="Sequence"/> (a tuple, list or dict's keys).
/// </summary>
internal sealed class BuildTimeValues
{
    // Bounds that keep the guess cheap on any program.
    private const int MaxValues = 64;
    private const int MaxLength = 1 << 16;
    private const int MaxItems = 4096;

    /// <summary>A tuple or list (or the keys of a dict); <see cref="Unknown"/> stands for an item not known.</summary>
    internal sealed record Sequence(IReadOnlyList<object> Items, bool IsTuple)
    {
        public bool Equals(Sequence? other) => other is not null && IsTuple == other.IsTuple && Items.SequenceEqual(other.Items);
        public override int GetHashCode() => HashCode.Combine(IsTuple, Items.Count);
    }

    private static readonly object Unknown = new();

    /// <summary>Where a name gets a value: an expression (or each item of it), then items taken by position for a target like <c>a, (b, c)</c>.</summary>
    private sealed record Binding(Expr Source, bool Iterated, (int Index, int Length)[] Path);

    private readonly Dictionary<string, List<Binding>> _bindings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<object>> _nameValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    public BuildTimeValues(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Assign a:
                    foreach (var target in a.Targets) Bind(target, a.Value, false, []);
                    break;
                case AnnAssign { Value: { } value } a:
                    Bind(a.Target, value, false, []);
                    break;
                case NamedExpr n:
                    Bind(n.Target, n.Value, false, []);
                    break;
                case For f:
                    Bind(f.Target, f.Iter, true, []);
                    break;
                case Comprehension c:
                    Bind(c.Target, c.Iter, true, []);
                    break;
            }
        }
    }

    private void Bind(Expr target, Expr source, bool iterated, (int, int)[] path)
    {
        switch (target)
        {
            case Name n:
                if (!_bindings.TryGetValue(n.Id, out var list)) _bindings[n.Id] = list = [];
                list.Add(new Binding(source, iterated, path));
                break;
            case Tuple or List:
                var elts = target is Tuple t ? t.Elts : ((List)target).Elts;
                if (elts.Any(e => e is Starred)) break;
                for (var i = 0; i < elts.Count; i++) Bind(elts[i], source, iterated, [.. path, (i, elts.Count)]);
                break;
        }
    }

    /// <summary>The str values <paramref name="e"/> may take (at most a few dozen; none when nothing is known).</summary>
    public IReadOnlyList<string> Strings(Expr e) => [.. Eval(e, null).OfType<string>()];

    private List<object> NameValues(string name)
    {
        if (_nameValues.TryGetValue(name, out var known)) return known;
        // A name whose values depend on themselves (x = x + "a") gets what is known without the cycle.
        if (!_bindings.TryGetValue(name, out var bindings) || !_evaluating.Add(name)) return [];
        var values = new List<object>();
        foreach (var b in bindings)
        {
            foreach (var whole in b.Iterated ? IterItems(b.Source) : Eval(b.Source, null))
            {
                var v = whole;
                foreach (var (index, length) in b.Path)
                {
                    v = v is Sequence s && s.Items.Count == length ? s.Items[index] : Unknown;
                }
                if (v != Unknown) Add(values, v);
            }
        }
        _evaluating.Remove(name);
        return _nameValues[name] = values;
    }

    private static void Add(List<object> values, object v)
    {
        if (values.Count < MaxValues && !values.Contains(v)) values.Add(v);
    }

    /// <summary>The items iterating <paramref name="e"/> may give, whatever their order.</summary>
    private List<object> IterItems(Expr e)
    {
        var items = new List<object>();
        if (e is Tuple or List or Set)
        {
            var elts = e switch { Tuple t => t.Elts, List l => l.Elts, _ => ((Set)e).Elts };
            foreach (var elt in elts)
            {
                foreach (var v in Eval(elt, null)) Add(items, v);
            }
            return items;
        }
        foreach (var v in Eval(e, null))
        {
            if (v is not Sequence s) continue;
            foreach (var item in s.Items)
            {
                if (item != Unknown) Add(items, item);
            }
        }
        return items;
    }

    /// <summary>The single value of <paramref name="e"/>, or null when it has none or several.</summary>
    private object? Single(Expr e, Dictionary<string, object>? env)
    {
        var values = Eval(e, env);
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>The items, in order, of the one sequence <paramref name="e"/> is; null when not known exactly.</summary>
    private IReadOnlyList<object>? Ordered(Expr e, Dictionary<string, object>? env)
        => Single(e, env) is Sequence s && !s.Items.Contains(Unknown) ? s.Items : null;

    private List<object> Eval(Expr e, Dictionary<string, object>? env)
    {
        switch (e)
        {
            case Constant { Value: string s }:
                return [s];
            case Constant { Value: BigInteger i } when i >= long.MinValue && i <= long.MaxValue:
                return [(long)i];
            case Name n:
                return env is not null && env.TryGetValue(n.Id, out var bound) ? [bound] : NameValues(n.Id);
            case Tuple or List:
                var elts = e is Tuple t ? t.Elts : ((List)e).Elts;
                if (elts.Count > MaxItems || elts.Any(x => x is Starred)) return [];
                return [new Sequence([.. elts.Select(x => Single(x, env) ?? Unknown)], e is Tuple)];
            case Dict d:
                if (d.Keys.Count > MaxItems || d.Keys.Any(k => k is null)) return [];
                return [new Sequence([.. d.Keys.Select(k => Single(k!, env) ?? Unknown)], false)];
            case IfExp i:
                var either = Eval(i.Body, env);
                foreach (var v in Eval(i.Orelse, env)) Add(either, v);
                return either;
            case BinOp b:
                return Product(Eval(b.Left, env), Eval(b.Right, env), (l, r) => BinaryOp(b.Op, l, r));
            case JoinedStr j:
                List<object> texts = [""];
                foreach (var part in j.Values)
                {
                    var parts = part switch
                    {
                        Constant { Value: string } c => Eval(c, env),
                        // 115 is !s, which formats as str() does, like no conversion.
                        FormattedValue { FormatSpec: null, Conversion: -1 or 115 } f => Eval(f.Value, env),
                        _ => [],
                    };
                    texts = Product(texts, parts, (l, r) => Concat((string)l, Text(r)));
                }
                return texts;
            case Subscript { Slice: Constant { Value: BigInteger index } } sub when index >= -MaxItems && index < MaxItems:
                var at = (int)index;
                var items = new List<object>();
                foreach (var v in Eval(sub.Value, env))
                {
                    if (v is Sequence s && at >= -s.Items.Count && at < s.Items.Count && s.Items[at < 0 ? at + s.Items.Count : at] is var item && item != Unknown) Add(items, item);
                }
                return items;
            case ListComp { Generators: [{ Ifs.Count: 0, IsAsync: 0 } g] } lc:
                return Comprehension(lc.Elt, g, env);
            case GeneratorExp { Generators: [{ Ifs.Count: 0, IsAsync: 0 } g] } ge:
                return Comprehension(ge.Elt, g, env);
            case Call { Keywords.Count: 0, Args: [var arg] } call:
                return CallOf(call.Func, arg, env);
            default:
                return [];
        }
    }

    private List<object> CallOf(Expr func, Expr arg, Dictionary<string, object>? env)
    {
        switch (func)
        {
            case Attribute { Attr: "join" } join:
                if (Ordered(arg, env) is not { } pieces || !pieces.All(p => p is string)) return [];
                var joined = new List<object>();
                foreach (var sep in Eval(join.Value, env))
                {
                    if (sep is string s && pieces.Sum(p => ((string)p).Length) + s.Length * pieces.Count <= MaxLength)
                    {
                        Add(joined, string.Join(s, pieces.Cast<string>()));
                    }
                }
                return joined;
            case Name { Id: "sorted" }:
                if (Ordered(arg, env) is not { } all) return [];
                if (all.All(x => x is string)) return [new Sequence([.. all.Cast<string>().Order(StringComparer.Ordinal)], false)];
                if (all.All(x => x is long)) return [new Sequence([.. all.Cast<long>().Order().Cast<object>()], false)];
                return [];
            case Name { Id: "tuple" or "list" } kind:
                return Ordered(arg, env) is { } same ? [new Sequence(same, kind.Id == "tuple")] : [];
            default:
                return [];
        }
    }

    /// <summary>A one-generator comprehension over a sequence known exactly, as a list.</summary>
    private List<object> Comprehension(Expr elt, Comprehension g, Dictionary<string, object>? env)
    {
        if (Ordered(g.Iter, env) is not { } source) return [];
        var results = new List<object>(source.Count);
        foreach (var item in source)
        {
            var inner = env is null ? new Dictionary<string, object>(StringComparer.Ordinal) : new Dictionary<string, object>(env, StringComparer.Ordinal);
            if (!Destructure(g.Target, item, inner) || Single(elt, inner) is not { } value) return [];
            results.Add(value);
        }
        return [new Sequence(results, false)];
    }

    private static bool Destructure(Expr target, object value, Dictionary<string, object> env)
    {
        switch (target)
        {
            case Name n:
                env[n.Id] = value;
                return true;
            case Tuple or List:
                var elts = target is Tuple t ? t.Elts : ((List)target).Elts;
                if (value is not Sequence s || s.Items.Count != elts.Count) return false;
                for (var i = 0; i < elts.Count; i++)
                {
                    if (s.Items[i] == Unknown || !Destructure(elts[i], s.Items[i], env)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    private static List<object> Product(List<object> left, List<object> right, Func<object, object, object?> combine)
    {
        var results = new List<object>();
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (combine(l, r) is { } v) Add(results, v);
            }
        }
        return results;
    }

    private static object? BinaryOp(BinaryOperator op, object left, object right) => (op, left, right) switch
    {
        (BinaryOperator.Add, string l, string r) => Concat(l, r),
        (BinaryOperator.Add, Sequence l, Sequence r) when l.IsTuple == r.IsTuple && l.Items.Count + r.Items.Count <= MaxItems
            => new Sequence([.. l.Items, .. r.Items], l.IsTuple),
        (BinaryOperator.Mult, string l, long n) when n >= 0 && l.Length * n <= MaxLength => string.Concat(Enumerable.Repeat(l, (int)n)),
        (BinaryOperator.Mod, string format, _) => Format(format, right is Sequence { IsTuple: true } args ? args.Items : [right]),
        _ => null,
    };

    private static string? Concat(string left, string? right)
        => right is null || left.Length + right.Length > MaxLength ? null : left + right;

    private static string? Text(object value) => value switch
    {
        string s => s,
        long n => n.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary><c>format % args</c> for the conversions %s and %d (and %%) without flags or widths; null otherwise.</summary>
    private static string? Format(string format, IReadOnlyList<object> args)
    {
        var sb = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                sb.Append(format[i]);
                continue;
            }
            if (++i == format.Length) return null;
            switch (format[i])
            {
                case '%':
                    sb.Append('%');
                    break;
                case 's' when next < args.Count && Text(args[next]) is { } text:
                    sb.Append(text);
                    next++;
                    break;
                case 'd' when next < args.Count && args[next] is long n:
                    sb.Append(n.ToString(CultureInfo.InvariantCulture));
                    next++;
                    break;
                default:
                    return null;
            }
            if (sb.Length > MaxLength) return null;
        }
        return next == args.Count ? sb.ToString() : null;
    }
}
