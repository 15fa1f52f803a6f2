using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The signature of a native function that CPython implements in Python (random.Random.randint,
/// ...): binds a call's arguments with the messages CPython gives for a Python function.
/// Parameters: positional-or-keyword names (self included for methods), the count of trailing
/// ones with defaults, and keyword-only names (all optional). Unbound slots are null.
/// </summary>
public sealed class NativeSignature(string qualName, string[] names, int optional, string[]? keywordOnly = null)
{
    private readonly string[] _keywordOnly = keywordOnly ?? [];

    public string QualName { get; } = qualName;

    /// <summary>Binds into <paramref name="bound"/> (length names + keyword-only), positional first.
    /// <paramref name="self"/> fills slot 0 when the call is through a bound method.</summary>
    public void Bind(PyObject? self, ReadOnlySpan<PyObject> args, string[]? kwnames, Span<PyObject?> bound)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        var offset = self is null ? 0 : 1;
        if (self is not null) bound[0] = self;
        if (positional + offset > names.Length) throw TooMany(positional + offset);
        for (var i = 0; i < positional; i++) bound[i + offset] = args[i];
        for (var k = 0; k < kwCount; k++)
        {
            var name = kwnames![k];
            var index = Array.IndexOf(names, name);
            if (index < offset)
            {
                var kw = Array.IndexOf(_keywordOnly, name);
                if (kw < 0) throw Errors.TypeError($"{QualName}() got an unexpected keyword argument '{name}'");
                index = names.Length + kw;
            }
            if (bound[index] is not null) throw Errors.TypeError($"{QualName}() got multiple values for argument '{name}'");
            bound[index] = args[positional + k];
        }
        List<string>? missing = null;
        for (var i = 0; i < names.Length - optional; i++)
        {
            if (bound[i] is null) (missing ??= []).Add(names[i]);
        }
        if (missing is not null) throw Missing(missing);
    }

    public int Slots => names.Length + _keywordOnly.Length;

    private Exceptions.PyException TooMany(int given)
    {
        var max = names.Length;
        var min = max - optional;
        var takes = min == max ? $"{max} positional argument{(max == 1 ? "" : "s")}" : $"from {min} to {max} positional arguments";
        return Errors.TypeError($"{QualName}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
    }

    private Exceptions.PyException Missing(List<string> missing)
    {
        var sb = new StringBuilder();
        sb.Append(QualName).Append("() missing ").Append(missing.Count).Append(" required positional argument")
          .Append(missing.Count == 1 ? "" : "s").Append(": ");
        for (var i = 0; i < missing.Count; i++)
        {
            if (i > 0) sb.Append(missing.Count == 2 ? " and " : i == missing.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(missing[i]).Append('\'');
        }
        return Errors.TypeError(sb.ToString());
    }
}
