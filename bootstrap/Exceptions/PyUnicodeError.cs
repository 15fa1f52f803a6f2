using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// UnicodeEncodeError / UnicodeDecodeError: args are (encoding, object, start, end, reason) and
/// str() is CPython's "'codec' codec can't ..." sentence.
/// </summary>
public sealed class PyUnicodeError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    private bool IsDecode => Type.IsSubtypeOf(ExceptionTypes.UnicodeDecodeError);

    public override string Str()
    {
        if (Args.Count != 5 || Args[2] is not PyInt s || Args[3] is not PyInt e) return base.Str();
        var encoding = Operations.Text.Str(Args[0]);
        var reason = Operations.Text.Str(Args[4]);
        var start = s.Small;
        var end = e.Small;
        if (IsDecode && Args[1] is PyBytes b)
        {
            return end - start == 1 && start < b.Count
                ? $"'{encoding}' codec can't decode byte 0x{b.Data[(int)start]:x2} in position {start}: {reason}"
                : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        if (!IsDecode && Args[1] is PyStr str && end - start == 1 && start < str.CodePointCount)
        {
            var c = str.Value[str.OffsetOf((int)start)..];
            var cp = char.IsHighSurrogate(c[0]) && c.Length > 1 && char.IsLowSurrogate(c[1]) ? char.ConvertToUtf32(c[0], c[1]) : c[0];
            var shown = cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}";
        }
        return $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}";
    }

    protected override PyObject? GetSpecialAttribute(string name) => Args.Count != 5 ? null : name switch
    {
        "encoding" => Args[0],
        "object" => Args[1],
        "start" => Args[2],
        "end" => Args[3],
        "reason" => Args[4],
        _ => null,
    };
}
