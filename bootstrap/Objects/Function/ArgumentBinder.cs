using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Matches a call's arguments to a function's parameters as CPython does (positional, *args,
/// keywords by name, **kwargs, then defaults), with CPython's error messages. The result is the
/// body's argument array: positional, *args tuple, keyword-only, **kwargs dict.
/// </summary>
public static class ArgumentBinder
{
    public static PyObject[] Bind(FunctionInfo info, PyObject[]? defaults, ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        Bind(info, defaults, null, args, kwnames);

    /// <param name="kwDefaults">The keyword-only parameters' defaults by position (null where one has none).</param>
    public static PyObject[] Bind(FunctionInfo info, PyObject[]? defaults, PyObject?[]? kwDefaults, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var bound = new PyObject?[info.BodyArity];
        Bind(info, defaults, kwDefaults, args, kwnames, bound);
        return bound!;
    }

    /// <summary>
    /// Binds into <paramref name="bound"/> (BodyArity slots, all null on entry): a caller with room
    /// on the stack binds a function of a few parameters without an array.
    /// </summary>
    public static void Bind(FunctionInfo info, PyObject[]? defaults, PyObject?[]? kwDefaults, ReadOnlySpan<PyObject> args, string[]? kwnames, Span<PyObject?> bound)
    {
        var names = info.ParameterNames;
        var npos = names.Length;
        var kwOnly = info.KeywordOnly;
        var kwStart = npos + (info.VarArgs is null ? 0 : 1);
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;

        var take = Math.Min(positional, npos);
        ((ReadOnlySpan<PyObject?>)args)[..take].CopyTo(bound);
        if (info.VarArgs is not null) bound[npos] = positional > npos ? new PyTuple(args[npos..positional].ToArray()) : PyTuple.Empty;
        else if (positional > npos) throw TooManyPositional(info, defaults, positional, args, kwnames);

        PyDict? extra = info.VarKeywords is null ? null : new PyDict();
        List<string>? posOnlyAsKeyword = null;
        for (var k = 0; k < kwCount; k++)
        {
            var name = kwnames![k];
            var value = args[positional + k];
            var index = IndexOfName(names, name);
            if (index >= 0 && index < info.PositionalOnly) index = -1;
            if (index < 0)
            {
                var ko = IndexOfName(kwOnly, name);
                if (ko >= 0) index = kwStart + ko;
            }
            if (index < 0)
            {
                if (extra is not null)
                {
                    var key = KeywordNames.Of(name);
                    if (extra.ContainsKey(key)) throw Errors.TypeError($"{info.QualName}() got multiple values for keyword argument '{name}'");
                    extra.Set(key, value);
                    continue;
                }
                if (Array.IndexOf(names, name) is var p && p >= 0 && p < info.PositionalOnly)
                {
                    (posOnlyAsKeyword ??= []).Add(name);
                    continue;
                }
                throw Errors.TypeError($"{info.QualName}() got an unexpected keyword argument '{name}'");
            }
            if (bound[index] is not null) throw Errors.TypeError($"{info.QualName}() got multiple values for argument '{name}'");
            bound[index] = value;
        }
        if (posOnlyAsKeyword is not null)
        {
            throw Errors.TypeError($"{info.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKeyword)}'");
        }

        var firstDefault = npos - (defaults?.Length ?? 0);
        List<string>? missing = null;
        for (var i = 0; i < npos; i++)
        {
            if (bound[i] is not null) continue;
            if (i >= firstDefault) bound[i] = defaults![i - firstDefault];
            else (missing ??= []).Add(names[i]);
        }
        if (missing is not null) throw Missing(info, missing, "positional");
        for (var i = 0; i < kwOnly.Length; i++)
        {
            if (bound[kwStart + i] is not null) continue;
            if (kwDefaults?[i] is { } d) bound[kwStart + i] = d;
            else (missing ??= []).Add(kwOnly[i]);
        }
        if (missing is not null) throw Missing(info, missing, "keyword-only");
        if (extra is not null) bound[^1] = extra;
    }

    // A plain loop: Array.IndexOf goes through EqualityComparer<string>.Default, a generic lookup and a
    // virtual call per name, on every call made with keywords. The compiler's keyword names are the
    // same literals as the parameter names, so a reference pass finds them without comparing text;
    // only a miss (a name for **kwargs, or one made at run time) compares text.
    internal static int IndexOfName(string[] names, string name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name)) return i;
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name)) return i;
        }
        return -1;
    }

    private static Exceptions.PyException TooManyPositional(FunctionInfo info, PyObject[]? defaults, int given, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var max = info.ParameterNames.Length;
        var min = max - (defaults?.Length ?? 0);
        var takes = min == max ? $"{max} positional argument{(max == 1 ? "" : "s")}" : $"from {min} to {max} positional arguments";
        var kwOnlyGiven = 0;
        for (var k = 0; k < (kwnames?.Length ?? 0); k++)
        {
            if (Array.IndexOf(info.KeywordOnly, kwnames![k]) >= 0) kwOnlyGiven++;
        }
        var were = given == 1 ? "was" : "were";
        if (kwOnlyGiven > 0)
        {
            var positionalText = $"{given} positional argument{(given == 1 ? "" : "s")}";
            var kwText = $"{kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}";
            return Errors.TypeError($"{info.QualName}() takes {takes} but {positionalText} (and {kwText}) were given");
        }
        return Errors.TypeError($"{info.QualName}() takes {takes} but {given} {were} given");
    }

    private static Exceptions.PyException Missing(FunctionInfo info, List<string> missing, string kind)
    {
        var sb = new StringBuilder();
        sb.Append(info.QualName).Append("() missing ").Append(missing.Count).Append(" required ").Append(kind).Append(" argument")
          .Append(missing.Count == 1 ? "" : "s").Append(": ");
        for (var i = 0; i < missing.Count; i++)
        {
            if (i > 0) sb.Append(missing.Count == 2 ? " and " : i == missing.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(missing[i]).Append('\'');
        }
        return Errors.TypeError(sb.ToString());
    }
}
