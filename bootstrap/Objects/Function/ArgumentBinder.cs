using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Matches a call's arguments to a function's parameters (positional, then keywords by name,
/// then defaults), with CPython's error messages.
/// </summary>
public static class ArgumentBinder
{
    public static PyObject[] Bind(FunctionInfo info, PyObject[]? defaults, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var names = info.ParameterNames;
        var bound = new PyObject?[names.Length];
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional > names.Length) throw TooManyPositional(info, defaults, positional);
        for (var i = 0; i < positional; i++) bound[i] = args[i];
        for (var k = 0; k < kwCount; k++)
        {
            var name = kwnames![k];
            var index = Array.IndexOf(names, name);
            if (index < 0) throw Errors.TypeError($"{info.QualName}() got an unexpected keyword argument '{name}'");
            if (bound[index] is not null) throw Errors.TypeError($"{info.QualName}() got multiple values for argument '{name}'");
            bound[index] = args[positional + k];
        }
        var firstDefault = names.Length - (defaults?.Length ?? 0);
        List<string>? missing = null;
        for (var i = 0; i < names.Length; i++)
        {
            if (bound[i] is not null) continue;
            if (i >= firstDefault) bound[i] = defaults![i - firstDefault];
            else (missing ??= []).Add(names[i]);
        }
        if (missing is not null) throw Missing(info, missing);
        return bound!;
    }

    private static Exceptions.PyException TooManyPositional(FunctionInfo info, PyObject[]? defaults, int given)
    {
        var max = info.ParameterNames.Length;
        var min = max - (defaults?.Length ?? 0);
        var takes = min == max ? $"{max} positional argument{(max == 1 ? "" : "s")}" : $"from {min} to {max} positional arguments";
        var were = given == 1 ? "was" : "were";
        return Errors.TypeError($"{info.QualName}() takes {takes} but {given} {were} given");
    }

    private static Exceptions.PyException Missing(FunctionInfo info, List<string> missing)
    {
        var sb = new StringBuilder();
        sb.Append(info.QualName).Append("() missing ").Append(missing.Count).Append(" required positional argument")
          .Append(missing.Count == 1 ? "" : "s").Append(": ");
        for (var i = 0; i < missing.Count; i++)
        {
            if (i > 0) sb.Append(missing.Count == 2 ? " and " : i == missing.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(missing[i]).Append('\'');
        }
        return Errors.TypeError(sb.ToString());
    }
}
