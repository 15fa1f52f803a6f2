using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Toml;

/// <summary>
/// <c>_pypack_toml</c>: the scanning loop under tomllib's parser (Lib/tomllib/_parser.py), whose
/// one-character steps (a length, an index, a set lookup each) were the parser's largest cost.
/// </summary>
[PythonModule("_pypack_toml")]
[PythonExport("skip")]
public static class TomlModule
{
    public static void Initialize(PyModule module)
    {
        // skip(src, pos, chars): the first position from pos whose character is not one of chars
        // (ASCII), as `while pos < len(src) and src[pos] in chars: pos += 1` finds it; None when
        // src is not a plain str without surrogate pairs (the parser then loops itself).
        module.Globals.Set("skip", new PyBuiltinFunction("skip", static (args, kw) =>
        {
            ModuleArgs.Exactly("skip", args, kw, 3);
            return Skip(args[0], args[1], args[2]);
        }));
    }

    private static PyObject Skip(PyObject source, PyObject start, PyObject charsObject)
    {
        if (!PyStr.IsExact(source) || start.GetType() != typeof(PyInt) || !PyStr.IsExact(charsObject)) return PyNone.Instance;
        var src = (PyStr)source;
        var begin = (PyInt)start;
        if (!begin.IsSmall || begin.Small < 0 || src.HasSurrogatePairs) return PyNone.Instance;
        if (MaskOf((PyStr)charsObject) is not { } mask) return PyNone.Instance;
        var text = src.Chars;
        if (begin.Small >= text.Length) return start;
        var pos = (int)begin.Small;
        while (pos < text.Length && mask.Has(text[pos])) pos++;
        return pos == begin.Small ? start : PyInt.From(pos);
    }

    /// <summary>The ASCII characters of a set, as bits.</summary>
    private sealed record CharMask(PyStr Chars, ulong Low, ulong High)
    {
        public bool Has(char c) => c < 64 ? (Low & (1UL << c)) != 0 : c < 128 && (High & (1UL << (c - 64))) != 0;
    }

    // The parser passes the same few strs over and over: their masks by identity.
    private static readonly CharMask?[] s_masks = new CharMask?[4];
    private static int s_nextMask;

    private static CharMask? MaskOf(PyStr chars)
    {
        foreach (var known in s_masks)
        {
            if (known is not null && ReferenceEquals(known.Chars, chars)) return known;
        }
        ulong low = 0, high = 0;
        foreach (var c in chars.Chars)
        {
            if (c >= 128) return null;
            if (c < 64) low |= 1UL << c;
            else high |= 1UL << (c - 64);
        }
        var mask = new CharMask(chars, low, high);
        s_masks[s_nextMask++ & 3] = mask;
        return mask;
    }
}
