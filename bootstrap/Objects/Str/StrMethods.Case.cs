using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using PyPack.Runtime.Unicode;

namespace PyPack.Runtime.Objects;

/// <summary>str: case mapping and the is* predicates, by Unicode category as CPython defines them.</summary>
internal static partial class StrMethods
{
    private static void AddCaseMethods(PyType type)
    {
        type.Method("upper", static self => ShortAsciiCase((PyStr)self, upper: true) ?? CaseMapped((PyStr)self, Upper(S(self))));
        type.Method("lower", static self => ShortAsciiCase((PyStr)self, upper: false) ?? CaseMapped((PyStr)self, Lower(S(self))));
        type.Method("casefold", static self => new PyStr(Casefold(S(self))));
        type.Method("swapcase", static self =>
        {
            if (AsciiMapped((PyStr)self, AsciiMapping.Swapcase) is { } ascii) return ascii;
            var sb = new StringBuilder();
            var cps = CodePoints(S(self));
            for (var i = 0; i < cps.Length; i++)
            {
                var c = cps[i];
                sb.Append(IsUpper(c) ? LowerAt(cps, i) : IsLower(c) ? Upper(char.ConvertFromUtf32(c)) : TextOf(c));
            }
            return new PyStr(sb.ToString());
        });
        type.Method("capitalize", static self =>
        {
            if (((PyStr)self).CodePointCount > 0 && AsciiMapped((PyStr)self, AsciiMapping.Capitalize) is { } ascii) return ascii;
            var cps = CodePoints(S(self));
            if (cps.Length == 0) return self;
            var sb = new StringBuilder(Title(cps[0]));
            for (var i = 1; i < cps.Length; i++) sb.Append(LowerAt(cps, i));
            return new PyStr(sb.ToString());
        });
        type.Method("title", static self =>
        {
            if (AsciiMapped((PyStr)self, AsciiMapping.Title) is { } ascii) return ascii;
            var sb = new StringBuilder();
            var previousCased = false;
            var cps = CodePoints(S(self));
            for (var i = 0; i < cps.Length; i++)
            {
                var c = cps[i];
                sb.Append(previousCased ? LowerAt(cps, i) : Title(c));
                previousCased = IsCased(c);
            }
            return new PyStr(sb.ToString());
        });
        type.Method("isupper", static self => PyBool.From(CasedCheck(Chars(self), upper: true)));
        type.Method("islower", static self => PyBool.From(CasedCheck(Chars(self), upper: false)));
        type.Method("istitle", static self =>
        {
            var previousCased = false;
            var any = false;
            foreach (var c in Walk(Chars(self)))
            {
                if (IsUpper(c) || IsTitlecase(c))
                {
                    if (previousCased) return PyBool.False;
                    previousCased = true;
                    any = true;
                }
                else if (IsLower(c))
                {
                    if (!previousCased) return PyBool.False;
                    previousCased = true;
                    any = true;
                }
                else previousCased = false;
            }
            return PyBool.From(any);
        });
        type.Method("isspace", static self => All(Chars(self), IsSpace));
        type.Method("isalpha", static self => All(Chars(self), IsAlpha));
        type.Method("isalnum", static self => All(Chars(self), c => IsAlpha(c) || IsNumeric(c)));
        type.Method("isdecimal", static self => All(Chars(self), IsDecimal));
        type.Method("isdigit", static self => All(Chars(self), IsDigit));
        type.Method("isnumeric", static self => All(Chars(self), IsNumeric));
        type.Method("isascii", static self =>
        {
            foreach (var ch in Chars(self))
            {
                if (ch > 127) return PyBool.False;
            }
            return PyBool.True;
        });
        type.Method("isprintable", static self =>
        {
            foreach (var c in Walk(Chars(self)))
            {
                if (!StrRepr.IsPrintable(c)) return PyBool.False;
            }
            return PyBool.True;
        });
        type.Method("isidentifier", static self => PyBool.From(IsIdentifier(S(self))));
    }

    private static PyObject All(ReadOnlySpan<char> s, Func<int, bool> test)
    {
        if (s.IsEmpty) return PyBool.False;
        foreach (var c in Walk(s))
        {
            if (!test(c)) return PyBool.False;
        }
        return PyBool.True;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(int c) => c < 0x85
        ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
        : c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or (>= 0x1c and <= 0x1f) or 0x85 or 0xa0 or 0x1680 or (>= 0x2000 and <= 0x200a) or 0x2028 or 0x2029 or 0x202f or 0x205f or 0x3000;

    // ASCII answers here; everything else from CPython's own tables (UnicodeFlags).
    internal static bool IsAlpha(int c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : UnicodeFlags.Has(c, CharFlags.Alpha);
    internal static bool IsDecimal(int c) => c < 0x80 ? (uint)(c - '0') <= 9 : UnicodeFlags.Has(c, CharFlags.Decimal);
    internal static bool IsDigit(int c) => c < 0x80 ? (uint)(c - '0') <= 9 : UnicodeFlags.Has(c, CharFlags.Digit);
    internal static bool IsNumeric(int c) => c < 0x80 ? (uint)(c - '0') <= 9 : UnicodeFlags.Has(c, CharFlags.Numeric);
    private static bool IsUpper(int c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : UnicodeFlags.Has(c, CharFlags.Upper);
    private static bool IsLower(int c) => c < 0x80 ? (uint)(c - 'a') <= 'z' - 'a' : UnicodeFlags.Has(c, CharFlags.Lower);
    private static bool IsTitlecase(int c) => c >= 0x80 && UnicodeFlags.Has(c, CharFlags.Title);
    private static bool IsCased(int c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : UnicodeFlags.Has(c, CharFlags.Cased);

    private static bool CasedCheck(ReadOnlySpan<char> s, bool upper)
    {
        var cased = false;
        foreach (var c in Walk(s))
        {
            if (upper ? IsLower(c) || IsTitlecase(c) : IsUpper(c) || IsTitlecase(c)) return false;
            if (!cased && (upper ? IsUpper(c) : IsLower(c))) cased = true;
        }
        return cased;
    }

    // Words and the like: short enough that one plain pass beats the vectorised checks' set-up.
    private const int ShortText = 32;

    /// <summary>
    /// upper()/lower() of a short ASCII str (a word), four UTF-16 units per 64-bit step where the
    /// vectorised checks' set-up would cost more than the text; null for any other str.
    /// </summary>
    [SkipLocalsInit] // the stack buffer's units are written before they are read
    private static PyStr? ShortAsciiCase(PyStr self, bool upper)
    {
        var s = self.Chars;
        if (s.Length > ShortText) return null;
        if (s.Length == 0) return PyStr.Empty; // CPython's shared '' (one character is a new str there)
        var (from, to) = upper ? ('a', 'z') : ('A', 'Z');
        var below = Utf16Words.Lanes((ulong)(0x80 - from));
        var above = Utf16Words.Lanes((ulong)(0x80 - to - 1));
        ref var units = ref MemoryMarshal.GetReference(s);
        // Tested and mapped in one pass, four units per step, into a stack buffer: a letter's lane
        // has bit 7 in the hits, and bit 5 (0x20, two places lower) is what upper/lower case flips
        // in ASCII. What was mapped is used only when every unit is ASCII and one is a letter; the
        // short result then becomes one object (PyStr.Unpaired's inline form).
        Span<char> mapped = stackalloc char[ShortText]; // a multiple of 4: the last step's word fits
        ref var target = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(mapped));
        var whole = s.Length & ~3;
        ulong wide = 0, hits = 0;
        for (var i = 0; i < whole; i += 4)
        {
            var w = Utf16Words.Load4(ref Unsafe.Add(ref units, i));
            var h = CaseHits(w, below, above);
            wide |= w;
            hits |= h;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, 2 * i), w ^ (h >> 2));
        }
        if (whole < s.Length)
        {
            // The last one to three units, zero lanes after them (zero is in no letter range).
            var w = Utf16Words.LoadUpTo4(ref Unsafe.Add(ref units, whole), s.Length - whole);
            var h = CaseHits(w, below, above);
            wide |= w;
            hits |= h;
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, 2 * whole), w ^ (h >> 2));
        }
        if ((wide & Utf16Words.Lanes(0xff80)) != 0) return null;
        if (hits == 0) return self.SameText();
        return PyStr.Unpaired(mapped[..s.Length]);
    }

    /// <summary>
    /// Bit 7 of each 16-bit lane of <paramref name="w"/> whose unit is in the range that
    /// <paramref name="below"/>/<paramref name="above"/> encode (0x80 - first, 0x80 - last - 1 per
    /// lane): on a unit's low 7 bits no carry crosses lanes, x + below has bit 7 set when x is at
    /// least the first, x + above when it is past the last. Only meaningful for ASCII units.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CaseHits(ulong w, ulong below, ulong above)
    {
        var x = w & Utf16Words.Lanes(0x7f);
        return (x + below) & ~(x + above) & Utf16Words.Lanes(0x80);
    }

    /// <summary>
    /// The result of upper() or lower(): text left unchanged keeps the hash already computed, and
    /// the ASCII mapping (the common case) cannot make a surrogate pair, so it needs no scan.
    /// </summary>
    private static PyStr CaseMapped(PyStr self, string mapped)
    {
        if (mapped.Length == 0) return PyStr.Empty; // CPython's shared '' (one character is a new str there)
        if (ReferenceEquals(mapped, self.Value)) return self.SameText();
        return self.PiecesUnpaired && Ascii.IsValid(mapped) ? PyStr.Unpaired(mapped) : new PyStr(mapped);
    }

    internal static string Upper(string s)
    {
        if (Ascii.IsValid(s)) return AsciiCase(s, upper: true);
        var sb = new StringBuilder(s.Length);
        foreach (var c in CodePoints(s)) sb.Append(CaseData.Upper.TryGetValue(c, out var full) ? full : SimpleUpper(c));
        return sb.ToString();
    }

    internal static string Lower(string s)
    {
        if (Ascii.IsValid(s)) return AsciiCase(s, upper: false);
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < cps.Length; i++) sb.Append(LowerAt(cps, i));
        return sb.ToString();
    }

    /// <summary>
    /// ASCII upper/lower without the invariant-culture casing tables; a string with nothing to
    /// change is shared (its PyStr is still a new object, as CPython's result is).
    /// </summary>
    private static string AsciiCase(string s, bool upper)
    {
        var first = CharRanges.IndexOfAsciiLetter(s, upper: !upper);
        if (first < 0) return s;
        return string.Create(s.Length, new AsciiCaseState(s, first, upper), static (span, state) =>
        {
            state.Text.AsSpan().CopyTo(span);
            if (state.Upper) Ascii.ToUpperInPlace(span[state.First..], out _);
            else Ascii.ToLowerInPlace(span[state.First..], out _);
        });
    }

    // string.Create's states are named structs, not tuples (see JoinState).
    private readonly struct AsciiCaseState(string text, int first, bool upper)
    {
        public readonly string Text = text;
        public readonly int First = first;
        public readonly bool Upper = upper;
    }

    private enum AsciiMapping { Title, Swapcase, Capitalize }

    /// <summary>
    /// title(), swapcase() or capitalize() of ASCII text, where the letters are the only cased
    /// characters and each maps to one letter: written straight into the result (one object when
    /// short), without the code point array and the Unicode tables. Null for any other text.
    /// </summary>
    private static PyStr? AsciiMapped(PyStr self, AsciiMapping mapping)
    {
        var text = self.Chars;
        if (!Ascii.IsValid(text)) return null;
        if (text.Length == 0) return PyStr.Empty;
        if (text.Length <= PyStr.MaxInline)
        {
            Span<char> mapped = stackalloc char[PyStr.MaxInline];
            MapAscii(text, mapped[..text.Length], mapping);
            return PyStr.Unpaired(mapped[..text.Length]);
        }
        return PyStr.Unpaired(string.Create(text.Length, new AsciiMappingState(self, mapping), static (dest, state) => MapAscii(state.Text.Chars, dest, state.Mapping)));
    }

    private static void MapAscii(ReadOnlySpan<char> text, Span<char> dest, AsciiMapping mapping)
    {
        // A letter follows a cased character (title) or is not the first (capitalize): lowered; else raised.
        var previousCased = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var letter = char.IsAsciiLetter(c);
            dest[i] = !letter ? c
                : mapping == AsciiMapping.Swapcase ? (char)(c ^ 0x20)
                : (mapping == AsciiMapping.Title ? previousCased : i > 0) ? (char)(c | 0x20) : (char)(c & ~0x20);
            previousCased = letter;
        }
    }

    private readonly struct AsciiMappingState(PyStr text, AsciiMapping mapping)
    {
        public readonly PyStr Text = text;
        public readonly AsciiMapping Mapping = mapping;
    }

    /// <summary>casefold(): the folding where it differs from lower(), no final-sigma rule.</summary>
    internal static string Casefold(string s)
    {
        if (Ascii.IsValid(s)) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var c in CodePoints(s)) sb.Append(CaseData.Fold.TryGetValue(c, out var f) ? f : CaseData.Lower.TryGetValue(c, out var l) ? l : SimpleLower(c));
        return sb.ToString();
    }

    /// <summary>The lowercase of <c>cps[i]</c>; a capital sigma ending a word becomes 'ς' (Unicode's Final_Sigma).</summary>
    private static string LowerAt(int[] cps, int i)
    {
        var c = cps[i];
        if (c == 0x3A3) return IsFinalSigma(cps, i) ? "\u03C2" : "\u03C3";
        return CaseData.Lower.TryGetValue(c, out var full) ? full : SimpleLower(c);
    }

    private static bool IsFinalSigma(int[] cps, int i)
    {
        var j = i - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j])) j--;
        if (j < 0 || !IsCased(cps[j])) return false;
        j = i + 1;
        while (j < cps.Length && IsCaseIgnorable(cps[j])) j++;
        return j == cps.Length || !IsCased(cps[j]);
    }

    // A code point as text; a lone surrogate (which char.ConvertFromUtf32 refuses) as itself.
    private static string TextOf(int c) => c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c);

    private static bool IsCaseIgnorable(int c) => UnicodeFlags.Has(c, CharFlags.CaseIgnorable);

    // .NET's ordinal casing leaves out two of Unicode's simple mappings: ı -> I and ſ -> S.
    private static string SimpleUpper(int c) => c is 0x131 ? "I" : c is 0x17F ? "S" : SimpleCase(c, c < 0x10000 ? char.ToUpperInvariant((char)c).ToString() : char.ConvertFromUtf32(c).ToUpperInvariant());

    private static string SimpleLower(int c) => SimpleCase(c, c < 0x10000 ? char.ToLowerInvariant((char)c).ToString() : char.ConvertFromUtf32(c).ToLowerInvariant());

    // .NET's mappings follow a later Unicode than CPython 3.11's 14.0: a mapping to or from a code
    // point 14.0 had not assigned yet (U+019B -> U+A7DC came with 16.0) is not one CPython makes.
    private static string SimpleCase(int c, string mapped)
    {
        if (c < 0x80 || mapped.Length == 0) return mapped;
        var target = mapped.Length == 1 ? mapped[0] : char.ConvertToUtf32(mapped, 0); // a lone surrogate maps to itself
        return target == c || (UnicodeFlags.Has(c, CharFlags.Assigned) && UnicodeFlags.Has(target, CharFlags.Assigned))
            ? mapped : TextOf(c);
    }

    /// <summary>A character's titlecase: its own form where it has one (ǆ -> ǅ, ﬁ -> Fi), else its uppercase.</summary>
    private static string Title(int c) =>
        CaseData.Title.TryGetValue(c, out var t) ? t : CaseData.Upper.TryGetValue(c, out var u) ? u : SimpleUpper(c);

    private static bool IsIdentifier(string s)
    {
        var cps = CodePoints(s);
        if (cps.Length == 0) return false;
        for (var i = 0; i < cps.Length; i++)
        {
            if (!UnicodeFlags.Has(cps[i], i == 0 ? CharFlags.IdentifierStart : CharFlags.IdentifierContinue)) return false;
        }
        return true;
    }
}
