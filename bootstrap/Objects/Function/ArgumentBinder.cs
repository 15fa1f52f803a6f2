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
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        var fits = BindPositional(info, args[..positional], bound);
        var keywords = new KeywordState(info);
        for (var k = 0; k < kwCount; k++) keywords.Bind(bound, kwnames![k], null, args[positional + k]);
        // CPython reports a keyword's error before too many positionals.
        keywords.ThrowPositionalOnly();
        if (!fits) throw TooManyPositional(info, defaults, positional, kwnames);
        Finish(info, defaults, kwDefaults, bound, ref keywords);
    }

    /// <summary>
    /// <c>f(*args, **kwargs)</c>: binds <paramref name="positional"/> and the str-keyed dict
    /// <paramref name="keywords"/> as they are, without an array of names and values in between;
    /// <c>**kwargs</c> keeps the exact str keys it is given, as CPython's does.
    /// </summary>
    public static void Bind(FunctionInfo info, PyObject[]? defaults, PyObject?[]? kwDefaults, ReadOnlySpan<PyObject> positional, PyDict keywords, Span<PyObject?> bound)
    {
        var fits = BindPositional(info, positional, bound);
        var state = new KeywordState(info, keywords.Count);
        var pos = 0;
        while (keywords.NextEntry(ref pos, out var k, out var v))
        {
            var key = (PyStr)k;
            // A dict's exact str keys differ in text: one of them needs no test against the others.
            var exact = PyStr.IsExact(key);
            state.Bind(bound, key.Value, exact ? key : null, v, unique: exact);
        }
        state.ThrowPositionalOnly();
        if (!fits) throw TooManyPositional(info, defaults, positional.Length, NamesOf(keywords));
        Finish(info, defaults, kwDefaults, bound, ref state);
    }

    private static string[] NamesOf(PyDict keywords)
    {
        var names = new string[keywords.Count];
        var pos = 0;
        for (var i = 0; keywords.NextEntry(ref pos, out var k, out _); i++) names[i] = ((PyStr)k).Value;
        return names;
    }

    // The positionals into their parameters and the rest into the *args tuple; false when there are
    // too many for a function without *args.
    private static bool BindPositional(FunctionInfo info, ReadOnlySpan<PyObject> args, Span<PyObject?> bound)
    {
        var npos = info.ParameterNames.Length;
        var take = Math.Min(args.Length, npos);
        ((ReadOnlySpan<PyObject?>)args)[..take].CopyTo(bound);
        if (info.VarArgs is not null) bound[npos] = args.Length > npos ? PyTuple.CopyOf(args[npos..]) : PyTuple.Empty;
        else if (args.Length > npos) return false;
        return true;
    }

    /// <summary>The keywords of one call as they are bound: the **kwargs dict, and the positional-only names given as keywords.</summary>
    private ref struct KeywordState(FunctionInfo info, int capacity = 0)
    {
        private readonly FunctionInfo _info = info;
        public PyDict? Extra = info.VarKeywords is null ? null : new PyDict(capacity);
        public List<string>? PosOnlyAsKeyword;

        /// <param name="key">The name's str when the caller has it (a **mapping's key), else null.</param>
        /// <param name="unique">Whether no other keyword of the call can have this name (**kwargs needs no look-up before the store).</param>
        public void Bind(Span<PyObject?> bound, string name, PyStr? key, PyObject value, bool unique = false)
        {
            var info = _info;
            var index = IndexOfName(info.ParameterNames, name);
            if (index >= 0 && index < info.PositionalOnly) index = -1;
            if (index < 0)
            {
                var ko = IndexOfName(info.KeywordOnly, name);
                if (ko >= 0) index = info.ParameterNames.Length + (info.VarArgs is null ? 0 : 1) + ko;
            }
            if (index < 0)
            {
                if (Extra is not null)
                {
                    key ??= KeywordNames.Of(name);
                    if (!unique && Extra.ContainsKey(key)) throw Errors.TypeError($"{info.QualName}() got multiple values for keyword argument '{name}'");
                    Extra.Set(key, value);
                    return;
                }
                if (Array.IndexOf(info.ParameterNames, name) is var p && p >= 0 && p < info.PositionalOnly)
                {
                    (PosOnlyAsKeyword ??= []).Add(name);
                    return;
                }
                throw Errors.TypeError($"{info.QualName}() got an unexpected keyword argument '{name}'");
            }
            if (bound[index] is not null) throw Errors.TypeError($"{info.QualName}() got multiple values for argument '{name}'");
            bound[index] = value;
        }

        public readonly void ThrowPositionalOnly()
        {
            if (PosOnlyAsKeyword is { } names)
            {
                throw Errors.TypeError($"{_info.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", names)}'");
            }
        }
    }

    // Defaults for the parameters still empty, CPython's errors for the missing ones, the **kwargs dict.
    private static void Finish(FunctionInfo info, PyObject[]? defaults, PyObject?[]? kwDefaults, Span<PyObject?> bound, ref KeywordState keywords)
    {
        var names = info.ParameterNames;
        var npos = names.Length;
        var kwOnly = info.KeywordOnly;
        var kwStart = npos + (info.VarArgs is null ? 0 : 1);
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
        if (keywords.Extra is { } extra) bound[^1] = extra;
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

    private static Exceptions.PyException TooManyPositional(FunctionInfo info, PyObject[]? defaults, int given, string[]? kwnames)
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
