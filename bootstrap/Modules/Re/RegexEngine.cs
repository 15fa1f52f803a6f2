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

    // The last subject and what was derived from it: finditer, sub and split match the same
    // string many times, and recomputing these each time would make them quadratic.
    private PyObject? _subject;
    private string _text = "";
    private int[]? _codePointOf;   // UTF-16 offset -> code point index, for strings with surrogate pairs
    private int[]? _offsetOf;      // code point index -> UTF-16 offset

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

    private void Load(PyObject subject)
    {
        // bytearray is mutable: it is read again on every call.
        if (ReferenceEquals(subject, _subject) && subject is not PyBytes { IsByteArray: true }) return;
        _codePointOf = _offsetOf = null;
        switch (subject)
        {
            case PyStr s:
                _text = s.Value;
                if (s.HasSurrogatePairs) BuildMaps(_text);
                break;
            case PyBytes b:
                _text = b.ToLatin1();
                break;
            default:
                throw Errors.TypeError($"expected string or bytes-like object, got '{subject.Type.Name}'");
        }
        _subject = subject;
    }

    private void BuildMaps(string text)
    {
        var codePointOf = new int[text.Length + 1];
        var offsets = new List<int>(text.Length + 1);
        var cp = 0;
        for (var i = 0; i < text.Length; i++)
        {
            codePointOf[i] = cp;
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePointOf[++i] = cp;
            }
            cp++;
        }
        codePointOf[text.Length] = cp;
        offsets.Add(text.Length);
        _codePointOf = codePointOf;
        _offsetOf = [.. offsets];
    }

    private PyObject Match(PyObject subject, long pos, long endpos, int mode)
    {
        Load(subject);
        var text = _text;
        var start = _offsetOf is null ? (int)pos : _offsetOf[pos];
        var end = _offsetOf is null ? (int)endpos : _offsetOf[endpos];
        // Python's endpos makes the string end there ($ and \Z match at it); pos does not make a start (^ does not match there).
        var m = For(mode).Match(end == text.Length ? text : text[..end], start);
        if (!m.Success) return PyNone.Instance;
        var groups = m.Groups;
        var spans = new PyObject[groups.Count * 2];
        var points = _codePointOf;
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            spans[2 * i] = PyInt.From(!g.Success ? -1 : points is null ? g.Index : points[g.Index]);
            spans[2 * i + 1] = PyInt.From(!g.Success ? -1 : points is null ? g.Index + g.Length : points[g.Index + g.Length]);
        }
        return new PyTuple(spans);
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
