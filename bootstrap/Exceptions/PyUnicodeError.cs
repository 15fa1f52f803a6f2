using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// UnicodeEncodeError / UnicodeDecodeError, whose args are (encoding, object, start, end, reason),
/// and UnicodeTranslateError, whose args are (object, start, end, reason); str() is CPython's
/// "'codec' codec can't ..." or "can't translate ..." sentence.
/// </summary>
public sealed class PyUnicodeError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    private bool IsDecode => Type.IsSubtypeOf(ExceptionTypes.UnicodeDecodeError);

    private bool IsTranslate => Type.IsSubtypeOf(ExceptionTypes.UnicodeTranslateError);

    /// <summary>Where the object is in args: translation errors have no encoding before it.</summary>
    private int ObjectIndex => IsTranslate ? 0 : 1;

    private int ExpectedCount => IsTranslate ? 4 : 5;

    public override string Str()
    {
        var o = ObjectIndex;
        if (Args.Count != ExpectedCount || Args[o + 1] is not PyInt s || Args[o + 2] is not PyInt e) return base.Str();
        var reason = Operations.Text.Str(Args[o + 3]);
        var start = s.Small;
        var end = e.Small;
        var encoding = IsTranslate ? "" : Operations.Text.Str(Args[0]);
        if (IsDecode && Args[1] is PyBytes b)
        {
            return end - start == 1 && start < b.Count
                ? $"'{encoding}' codec can't decode byte 0x{b.Data[(int)start]:x2} in position {start}: {reason}"
                : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var prefix = IsTranslate ? "can't translate" : $"'{encoding}' codec can't encode";
        if (Args[o] is PyStr str && end - start == 1 && start >= 0 && start < str.CodePointCount)
        {
            var c = str.Value[str.OffsetOf((int)start)..];
            var cp = char.IsHighSurrogate(c[0]) && c.Length > 1 && char.IsLowSurrogate(c[1]) ? char.ConvertToUtf32(c[0], c[1]) : c[0];
            var shown = cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"{prefix} character '{shown}' in position {start}: {reason}";
        }
        return $"{prefix} characters in position {start}-{end - 1}: {reason}";
    }

    protected override PyObject? GetSpecialAttribute(string name)
    {
        if (Args.Count != ExpectedCount) return null;
        var o = ObjectIndex;
        return name switch
        {
            "encoding" => IsTranslate ? PyNone.Instance : Args[0],
            "object" => Args[o],
            "start" => Args[o + 1],
            "end" => Args[o + 2],
            "reason" => Args[o + 3],
            _ => null,
        };
    }
}
