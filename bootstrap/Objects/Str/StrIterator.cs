namespace PyPack.Runtime.Objects;

/// <summary><c>iter(str)</c>: code point by code point.</summary>
public sealed class StrIterator(PyStr str) : PyIterator
{
    public static readonly PyType TypeObject = new("str_ascii_iterator", null);
    private int _offset;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        var s = str.Chars;
        if (_offset >= s.Length) return null;
        if (char.IsHighSurrogate(s[_offset]) && _offset + 1 < s.Length && char.IsLowSurrogate(s[_offset + 1]))
        {
            _offset += 2;
            return PyStr.Of(s.Slice(_offset - 2, 2));
        }
        return StrCache.OfChar(s[_offset++]);
    }
}
