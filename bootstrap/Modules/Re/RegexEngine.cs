using System.Text.RegularExpressions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// A translated pattern and the .NET regexes made from it, one per way of matching (built on
/// first use). <c>match(string, pos, endpos, mode)</c> returns the flat tuple
/// (start0, end0, start1, end1, ...) in code points, -1 for a group that did not take part, or None.
/// </summary>
internal sealed class RegexEngine(string pattern) : PyObject
{
    private static readonly PyType EngineType = CreateType();

    // search; match (anchored at pos); fullmatch (anchored at pos and endpos); search that
    // must not return an empty match at pos (the rule finditer/sub/split follow after an empty match).
    private readonly Regex?[] _regexes = new Regex?[4];

    public override PyType Type => EngineType;

    private Regex For(int mode)
    {
        if (_regexes[mode] is { } cached) return cached;
        var text = mode switch
        {
            0 => pattern,
            1 => $@"\G(?:{pattern})",
            2 => $@"\G(?:{pattern})\z",
            _ => $@"(?:{pattern})(?!\G)",
        };
        return _regexes[mode] = new Regex(text, RegexOptions.CultureInvariant);
    }

    private PyObject Match(PyObject subject, long pos, long endpos, int mode)
    {
        string text;
        PyStr? str = null;
        switch (subject)
        {
            case PyStr s:
                str = s;
                text = s.Value;
                break;
            case PyBytes b:
                text = b.ToLatin1();
                break;
            default:
                throw Errors.TypeError($"expected string or bytes-like object, got '{subject.Type.Name}'");
        }
        var wide = str is { HasSurrogatePairs: true };
        var start = wide ? str!.OffsetOf((int)pos) : (int)pos;
        var end = wide ? str!.OffsetOf((int)endpos) : (int)endpos;
        // Python's endpos makes the string end there ($ and \Z match at it); pos does not make a start (^ does not match there).
        var m = For(mode).Match(end == text.Length ? text : text[..end], start);
        if (!m.Success) return PyNone.Instance;
        var groups = m.Groups;
        var spans = new PyObject[groups.Count * 2];
        int[]? points = wide ? CodePointIndex(text, end) : null;
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            spans[2 * i] = PyInt.From(!g.Success ? -1 : points is null ? g.Index : points[g.Index]);
            spans[2 * i + 1] = PyInt.From(!g.Success ? -1 : points is null ? g.Index + g.Length : points[g.Index + g.Length]);
        }
        return new PyTuple(spans);
    }

    /// <summary>For each UTF-16 offset up to <paramref name="length"/>, the code point index it starts.</summary>
    private static int[] CodePointIndex(string text, int length)
    {
        var map = new int[length + 1];
        var cp = 0;
        for (var i = 0; i < length; i++)
        {
            map[i] = cp;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                if (i < map.Length) map[i] = cp;
            }
            cp++;
        }
        map[length] = cp;
        return map;
    }

    private static PyType CreateType()
    {
        var type = new PyType("Engine", null) { Module = "_pypack_re" };
        type.Method("match", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("match", args, kw, ["string", "pos", "endpos", "mode"], 4);
            return ((RegexEngine)self).Match(a[0]!, ModuleArgs.Int(a[1]!), ModuleArgs.Int(a[2]!), (int)ModuleArgs.Int(a[3]!));
        });
        return type;
    }
}
