using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules;

/// <summary>
/// Binds the arguments of a native module function to its parameters, with the messages of
/// CPython's Argument Clinic (<c>mkdir() missing required argument 'path' (pos 1)</c>).
/// Parameters from <paramref name="keywordOnlyFrom"/> on are keyword-only.
/// </summary>
public static class ModuleArgs
{
    public static PyObject?[] Bind(string function, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required, int keywordOnlyFrom = int.MaxValue)
    {
        var bound = new PyObject?[names.Length];
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        var maxPositional = System.Math.Min(names.Length, keywordOnlyFrom);
        // _PyArg_UnpackKeywords: first too many arguments in all, then too many positional ones.
        if (args.Length > names.Length)
        {
            throw Errors.TypeError($"{function}() takes {(required == names.Length ? "exactly" : "at most")} {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        }
        if (positional > maxPositional)
        {
            throw Errors.TypeError(maxPositional == 0
                ? $"{function}() takes no positional arguments"
                : $"{function}() takes {(maxPositional == required ? "exactly" : "at most")} {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({positional} given)");
        }
        ((ReadOnlySpan<PyObject?>)args)[..positional].CopyTo(bound);
        for (var k = 0; k < kwCount; k++)
        {
            var index = Array.IndexOf(names, kwnames![k]);
            if (index < 0) throw Errors.TypeError($"'{kwnames[k]}' is an invalid keyword argument for {function}()");
            if (bound[index] is not null)
            {
                throw Errors.TypeError($"argument for {function}() given by name ('{names[index]}') and position ({index + 1})");
            }
            ObjectArrays.Store(bound, index, args[positional + k]);
        }
        for (var i = 0; i < required; i++)
        {
            if (bound[i] is null)
            {
                throw Errors.TypeError(i < keywordOnlyFrom
                    ? $"{function}() missing required argument '{names[i]}' (pos {i + 1})"
                    : $"{function}() missing required keyword argument '{names[i]}'");
            }
        }
        return bound;
    }

    /// <summary>A str argument, or CPython's <c>f() argument 1 must be str, not int</c>.</summary>
    /// <summary>
    /// Exactly <paramref name="count"/> positional arguments, for the runtime's private helper
    /// modules (their callers are PyPack's own Lib): a miscount is a bug there, reported plainly.
    /// </summary>
    public static void Exactly(string function, ReadOnlySpan<PyObject> args, string[]? kwnames, int count)
    {
        if (kwnames is { Length: > 0 } || args.Length != count)
            throw Errors.TypeError($"{function}() takes exactly {count} arguments ({args.Length} given)");
    }

    /// <summary>The one positional argument of a private helper function (see <see cref="Exactly"/>).</summary>
    public static PyObject Single(string function, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        Exactly(function, args, kwnames, 1);
        return args[0];
    }

    public static string Str(PyObject value, string function, int position) => value is PyStr s
        ? s.Value
        : throw Errors.TypeError($"{function}() argument {position} must be str, not {value.Type.TpName}");

    /// <summary>An int argument that fits a long.</summary>
    public static long Int(PyObject value) => value switch
    {
        PyBool b => b.IsTrue() ? 1 : 0,
        PyInt i => i.IsSmall ? i.Small : throw Errors.OverflowError("Python int too large to convert to C long"),
        _ => Operations.Conversions.ToIndex(value),
    };

    public static bool Bool(PyObject? value, bool fallback = false) => value is null ? fallback : Operations.Truth.IsTrue(value);
}
