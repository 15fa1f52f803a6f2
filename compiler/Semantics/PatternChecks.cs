using System.Numerics;
using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// The SyntaxErrors CPython's compiler raises for one case pattern of a match statement:
///
///     case x: ...            (not the last case, no guard)  name capture 'x' makes remaining patterns unreachable
///     case _ | 1: ...                                       wildcard makes remaining patterns unreachable
///     case [x, x]: ...                                      multiple assignments to name 'x' in pattern
///     case [x] | [y]: ...                                   alternative patterns bind different names
///     case {1: a, True: b}: ...                             mapping pattern checks duplicate key (True)
///     case C(x=1, x=2): ...                                 attribute name repeated in class pattern: x
///
/// The walk follows the order CPython compiles a pattern in, and an error is placed on the pattern
/// the compiler last entered, which is where CPython puts it.
/// </summary>
public sealed class PatternChecks
{
    private readonly Func<Node, string, PythonSyntaxError> _error;
    private Node _last;

    private PatternChecks(Func<Node, string, PythonSyntaxError> error, Node start)
    {
        _error = error;
        _last = start;
    }

    /// <summary>Checks the pattern of one case; <paramref name="isLastCase"/> allows an irrefutable pattern.</summary>
    public static void Case(MatchCase matchCase, bool isLastCase, Func<Node, string, PythonSyntaxError> error)
    {
        var checks = new PatternChecks(error, matchCase.Pattern);
        // Only a case that is last or guarded may match everything.
        checks.Pattern(matchCase.Pattern, allowIrrefutable: isLastCase || matchCase.Guard is not null, []);
    }

    private void Pattern(Pattern p, bool allowIrrefutable, List<string> names)
    {
        _last = p;
        switch (p)
        {
            case MatchAs { Pattern: null } a:
                if (!allowIrrefutable)
                {
                    throw _error(p, a.Name is null
                        ? "wildcard makes remaining patterns unreachable"
                        : $"name capture '{a.Name}' makes remaining patterns unreachable");
                }
                if (a.Name is not null) Bind(a.Name, names);
                return;
            case MatchAs a:
                Pattern(a.Pattern, allowIrrefutable, names);
                if (a.Name is not null) Bind(a.Name, names);
                return;
            case MatchStar s:
                if (s.Name is not null) Bind(s.Name, names);
                return;
            case MatchSequence s:
                foreach (var item in s.Patterns) Pattern(item, allowIrrefutable: true, names);
                return;
            case MatchMapping m:
                DuplicateKeys(m);
                foreach (var item in m.Patterns) Pattern(item, allowIrrefutable: true, names);
                if (m.Rest is not null) Bind(m.Rest, names);
                return;
            case MatchClass c:
                for (int i = 0; i < c.KwdAttrs.Count; i++)
                {
                    for (int j = 0; j < i; j++)
                    {
                        if (c.KwdAttrs[i] == c.KwdAttrs[j]) throw _error(c.KwdPatterns[i], $"attribute name repeated in class pattern: {c.KwdAttrs[i]}");
                    }
                }
                foreach (var item in c.Patterns) Pattern(item, allowIrrefutable: true, names);
                foreach (var item in c.KwdPatterns) Pattern(item, allowIrrefutable: true, names);
                return;
            case MatchOr o:
                Alternatives(o, allowIrrefutable, names);
                return;
        }
    }

    private void Alternatives(MatchOr o, bool allowIrrefutable, List<string> names)
    {
        List<string>? first = null;
        for (int i = 0; i < o.Patterns.Count; i++)
        {
            // Only the last alternative may be irrefutable: the ones after it could never match.
            var bound = new List<string>();
            Pattern(o.Patterns[i], allowIrrefutable: allowIrrefutable && i == o.Patterns.Count - 1, bound);
            if (first is null) first = bound;
            else if (!first.ToHashSet(StringComparer.Ordinal).SetEquals(bound)) throw _error(_last, "alternative patterns bind different names");
        }
        foreach (var name in first ?? []) Bind(name, names);
    }

    private void Bind(string name, List<string> names)
    {
        if (names.Contains(name)) throw _error(_last, $"multiple assignments to name '{name}' in pattern");
        names.Add(name);
    }

    // Literal keys that are equal as Python values (1, 1.0 and True are one key); value patterns
    // (dotted names) are only known at run time.
    private void DuplicateKeys(MatchMapping m)
    {
        var seen = new List<object?>();
        foreach (var key in m.Keys)
        {
            if (!TryLiteral(key, out var value)) continue;
            if (seen.Any(s => PythonEquals(s, value))) throw _error(m, $"mapping pattern checks duplicate key ({Repr(value)})");
            seen.Add(value);
        }
    }

    // A key as the parser builds it: a constant, -number, or real +/- imaginary.
    private static bool TryLiteral(Expr e, out object? value)
    {
        switch (e)
        {
            case Constant c:
                value = c.Value;
                return true;
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant c }:
                value = c.Value switch
                {
                    BigInteger i => -i,
                    double d => -d,
                    Complex z => -z,
                    var other => other,
                };
                return true;
            case BinOp { Op: BinaryOperator.Add or BinaryOperator.Sub } b when TryLiteral(b.Left, out var left) && b.Right is Constant { Value: Complex imag }:
                var real = left switch { BigInteger i => new Complex((double)i, 0), double d => new Complex(d, 0), _ => Complex.Zero };
                value = b.Op == BinaryOperator.Add ? real + imag : real - imag;
                return true;
        }
        value = null;
        return false;
    }

    private static bool PythonEquals(object? a, object? b)
    {
        if (a is string sa) return b is string sb && sa == sb;
        if (a is byte[] ba) return b is byte[] bb && ba.AsSpan().SequenceEqual(bb);
        if (a is null) return b is null;
        if (!TryNumber(a, out var x) || !TryNumber(b, out var y)) return false;
        return x.Imaginary == y.Imaginary && RealEquals(x, y);

        static bool RealEquals(Number x, Number y) =>
            x.Integer is { } i && y.Integer is { } j ? i == j
            : x.Integer is { } k ? IntEqualsDouble(k, y.Real)
            : y.Integer is { } l ? IntEqualsDouble(l, x.Real)
            : x.Real == y.Real;

        static bool IntEqualsDouble(BigInteger i, double d) =>
            double.IsFinite(d) && Math.Floor(d) == d && new BigInteger(d) == i;
    }

    /// <summary>A numeric constant: exact integer part when it is an int or bool.</summary>
    private readonly record struct Number(BigInteger? Integer, double Real, double Imaginary);

    private static bool TryNumber(object? o, out Number n)
    {
        n = o switch
        {
            bool b => new Number(b ? BigInteger.One : BigInteger.Zero, 0, 0),
            BigInteger i => new Number(i, 0, 0),
            double d => new Number(null, d, 0),
            Complex z => new Number(null, z.Real, z.Imaginary),
            _ => default,
        };
        return o is bool or BigInteger or double or Complex;
    }

    private static string Repr(object? value) => AstDumper.ConstantRepr(value);
}
