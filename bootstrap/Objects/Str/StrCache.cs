namespace PyPack.Runtime.Objects;

/// <summary>One-character strs for Latin-1, shared like CPython's, so indexing and iteration don't allocate.</summary>
public static class StrCache
{
    private static readonly PyStr[] s_latin1 = Create();

    private static PyStr[] Create()
    {
        var a = new PyStr[256];
        for (var i = 0; i < a.Length; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public static PyStr OfChar(char c) => c < 256 ? s_latin1[c] : new PyStr(c.ToString());
}
