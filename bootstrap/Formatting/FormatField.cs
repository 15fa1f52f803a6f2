namespace PyPack.Runtime.Formatting;

/// <summary>
/// One replacement field of a str.format template, split once: <c>field_name [! conversion] [: spec]</c>.
/// The name's first part is classified (automatic, index, keyword); the rest (<c>.attr</c>,
/// <c>[key]</c>) is read when the field is formatted, where its errors belong.
/// </summary>
internal sealed class FormatField
{
    /// <summary>The whole field name, e.g. <c>0.real</c> or <c>name[1]</c>.</summary>
    public string Name { get; private init; } = "";

    /// <summary>Where the first part of the name ends (the start of <c>.attr</c> or <c>[key]</c>).</summary>
    public int FirstEnd { get; private init; }

    /// <summary>The first part: "" for automatic numbering, digits for an index, else a keyword.</summary>
    public string First { get; private init; } = "";

    public bool IsIndex { get; private init; }

    public char Conversion { get; private init; }

    public string Spec { get; private init; } = "";

    /// <summary>Whether the spec holds fields of its own (<c>{:{width}}</c>), formatted each time.</summary>
    public bool SpecHasFields { get; private init; }

    /// <summary>A non-empty spec without fields, parsed once.</summary>
    public ConstantFormatSpec? ConstantSpec { get; private init; }

    /// <summary>
    /// The field starting at <paramref name="pos"/> (after its '{'), which ends after the field's
    /// '}'; or the error its text raises before anything is looked up. A '[' in the name reads
    /// to the next ']' (so a key may hold ':', '!' or '}'); the spec counts nested braces.
    /// </summary>
    public static (FormatField? Field, string? Error) Parse(string s, ref int pos)
    {
        var nameStart = pos;
        var c = '\0';
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{') return (null, "unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']') pos++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        if (c is not ('}' or ':' or '!')) return (null, "expected '}' before end of string");
        var name = s[nameStart..(pos - 1)];
        var conversion = '\0';
        if (c == '}') return (Make(name, conversion, ""), null);
        if (c == '!')
        {
            if (pos >= s.Length) return (null, "end of string while looking for conversion specifier");
            conversion = s[pos++];
            if (pos < s.Length)
            {
                var next = s[pos++];
                if (next == '}') return (Make(name, conversion, ""), null);
                if (next != ':') return (null, "expected ':' after conversion specifier");
            }
        }
        var specStart = pos;
        var level = 1;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{') level++;
            else if (c == '}' && --level == 0) return (Make(name, conversion, s[specStart..(pos - 1)]), null);
        }
        return (null, "unmatched '{' in format spec");
    }

    /// <summary>Whether a name part is an index: CPython reads any Unicode decimal digits as one.</summary>
    public static bool IsDecimal(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsDigit(c)) return false;
        }
        return part.Length > 0;
    }

    /// <summary>The value of an index part, up to Py_ssize_t's maximum as in CPython.</summary>
    public static long ParseIndex(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var digit = (long)char.GetNumericValue(c);
            if (value > (long.MaxValue - digit) / 10) throw Errors.ValueError("Too many decimal digits in format string");
            value = value * 10 + digit;
        }
        return value;
    }

    private static FormatField Make(string name, char conversion, string spec)
    {
        var end = 0;
        while (end < name.Length && name[end] is not ('.' or '[')) end++;
        var first = name[..end];
        var hasFields = spec.Contains('{');
        return new FormatField
        {
            Name = name,
            FirstEnd = end,
            First = first,
            IsIndex = IsDecimal(first),
            Conversion = conversion,
            Spec = spec,
            SpecHasFields = hasFields,
            ConstantSpec = spec.Length > 0 && !hasFields ? new ConstantFormatSpec(spec) : null,
        };
    }
}
