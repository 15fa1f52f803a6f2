namespace PyPack.Runtime.Objects;

/// <summary>Argument-count checks of builtin methods, with CPython's messages.</summary>
public static class Args
{
    /// <summary>Positional only, between <paramref name="min"/> and <paramref name="max"/> (CPython's _PyArg_CheckPositional).</summary>
    public static void Check(string owner, string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int min, int max)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{owner}.{name}() takes no keyword arguments");
        Count(name, args.Length, min, max);
    }

    /// <summary>One positional argument and no keywords (CPython's METH_O), e.g. "math.floor() takes exactly one argument (0 given)".</summary>
    public static void ExactlyOne(string qualifiedName, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{qualifiedName}() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"{qualifiedName}() takes exactly one argument ({args.Length} given)");
    }

    public static void Count(string name, int n, int min, int max)
    {
        if (n < min)
        {
            throw Errors.TypeError(min == max
                ? $"{name} expected {min} argument{S(min)}, got {n}"
                : $"{name} expected at least {min} argument{S(min)}, got {n}");
        }
        if (n > max)
        {
            throw Errors.TypeError(min == max
                ? $"{name} expected {max} argument{S(max)}, got {n}"
                : $"{name} expected at most {max} argument{S(max)}, got {n}");
        }
    }

    private static string S(int n) => n == 1 ? "" : "s";

    /// <summary>Splits off keyword arguments: returns the positional count.</summary>
    public static int PositionalCount(ReadOnlySpan<PyObject> args, string[]? kwnames) => args.Length - (kwnames?.Length ?? 0);

    /// <summary>The keyword argument <paramref name="name"/>, or null.</summary>
    public static PyObject? Keyword(ReadOnlySpan<PyObject> args, string[]? kwnames, string name)
    {
        if (kwnames is null) return null;
        var first = args.Length - kwnames.Length;
        for (var i = 0; i < kwnames.Length; i++)
        {
            if (kwnames[i] == name) return args[first + i];
        }
        return null;
    }

    /// <summary>Raises CPython's message for the first keyword not in <paramref name="allowed"/>.</summary>
    public static void OnlyKeywords(string function, string[]? kwnames, params string[] allowed)
    {
        if (kwnames is null) return;
        foreach (var k in kwnames)
        {
            // Builtins parse keywords as CPython's argument clinic does, whose message this is.
            if (Array.IndexOf(allowed, k) < 0) throw Errors.TypeError($"'{k}' is an invalid keyword argument for {function}()");
        }
    }
}
