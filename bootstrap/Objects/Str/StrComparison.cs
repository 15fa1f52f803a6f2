namespace PyPack.Runtime.Objects;

/// <summary>Ordering of strs by code point, which differs from UTF-16 order above the BMP.</summary>
public static class StrComparison
{
    public static int CompareCodePoints(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y) continue;
            // A surrogate (>= 0xD800) sorts below 0xE000..0xFFFF in UTF-16 but above them as a code point.
            if (char.IsSurrogate(x) != char.IsSurrogate(y) && (x >= 0xE000 || y >= 0xE000))
            {
                return char.IsSurrogate(x) ? 1 : -1;
            }
            return x < y ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }
}
