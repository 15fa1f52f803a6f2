using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

// The compact forms of an exact str: the characters inline in the object, one class per size
// class, so a short str is one .NET object where a .NET string behind it would make two (half the
// objects for the GC to mark and copy). Each class has one field, the characters, at the same
// offset in all of them, so PyStr reads any of them through the smallest.
#pragma warning disable CS0169, IDE0044, IDE0051 // the element field is only reached through the inline array
[InlineArray(8)] internal struct StrChars8 { private char _c; }
[InlineArray(16)] internal struct StrChars16 { private char _c; }
[InlineArray(24)] internal struct StrChars24 { private char _c; }
[InlineArray(32)] internal struct StrChars32 { private char _c; }
#pragma warning restore CS0169, IDE0044, IDE0051

/// <summary>An exact str of up to 8 UTF-16 units without surrogate pairs, held inline.</summary>
internal sealed class PyStrInline8 : PyStr
{
    private StrChars8 _chars;

    internal PyStrInline8(ReadOnlySpan<char> text) : base(text.Length) => Utf16Words.CopyShort(text, ref Unsafe.As<StrChars8, char>(ref _chars));

    /// <summary>The first character's slot (the same offset in every inline class).</summary>
    internal ref char First => ref Unsafe.As<StrChars8, char>(ref _chars);
}

/// <summary>An exact str of 9 to 16 UTF-16 units without surrogate pairs, held inline.</summary>
internal sealed class PyStrInline16 : PyStr
{
    private StrChars16 _chars;

    internal PyStrInline16(ReadOnlySpan<char> text) : base(text.Length) => Utf16Words.CopyShort(text, ref Unsafe.As<StrChars16, char>(ref _chars));
}

/// <summary>An exact str of 17 to 24 UTF-16 units without surrogate pairs, held inline.</summary>
internal sealed class PyStrInline24 : PyStr
{
    private StrChars24 _chars;

    internal PyStrInline24(ReadOnlySpan<char> text) : base(text.Length) => Utf16Words.CopyShort(text, ref Unsafe.As<StrChars24, char>(ref _chars));
}

/// <summary>An exact str of 25 to 32 UTF-16 units without surrogate pairs, held inline.</summary>
internal sealed class PyStrInline32 : PyStr
{
    private StrChars32 _chars;

    internal PyStrInline32(ReadOnlySpan<char> text) : base(text.Length) => Utf16Words.CopyShort(text, ref Unsafe.As<StrChars32, char>(ref _chars));
}
