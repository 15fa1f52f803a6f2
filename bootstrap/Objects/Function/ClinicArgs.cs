using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Binds the arguments of a C function CPython parses with Argument Clinic (positional-or-keyword
/// parameters, the first <c>required</c> of them mandatory, then keyword-only ones), with the
/// messages such functions give: "f() missing required argument 'x' (pos 2)",
/// "f() takes at most 4 positional arguments (5 given)", "'k' is an invalid keyword argument for f()".
/// </summary>
public sealed class ClinicArgs(string function, string[] names, int required, string[]? keywordOnly = null)
{
    private readonly string[] _keywordOnly = keywordOnly ?? [];

    public int Slots => names.Length + _keywordOnly.Length;

    public PyObject?[] Bind(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var bound = new PyObject?[Slots];
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional > names.Length)
        {
            throw Errors.TypeError(names.Length == required
                ? $"{function}() takes exactly {names.Length} positional argument{(names.Length == 1 ? "" : "s")} ({positional} given)"
                : $"{function}() takes at most {names.Length} positional argument{(names.Length == 1 ? "" : "s")} ({positional} given)");
        }
        ((ReadOnlySpan<PyObject?>)args)[..positional].CopyTo(bound);
        for (var k = 0; k < kwCount; k++)
        {
            var name = kwnames![k];
            var index = Array.IndexOf(names, name);
            if (index < 0)
            {
                var kw = Array.IndexOf(_keywordOnly, name);
                if (kw < 0) throw Errors.TypeError($"'{name}' is an invalid keyword argument for {function}()");
                index = names.Length + kw;
            }
            if (bound[index] is not null)
            {
                throw Errors.TypeError($"argument for {function}() given by name ('{name}') and position ({index + 1})");
            }
            ObjectArrays.Store(bound, index, args[positional + k]);
        }
        for (var i = 0; i < required; i++)
        {
            if (bound[i] is null) throw Errors.TypeError($"{function}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        return bound;
    }
}
