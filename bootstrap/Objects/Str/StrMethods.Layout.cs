using System.Text;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>str: padding and layout (center, ljust, rjust, zfill, expandtabs).</summary>
internal static partial class StrMethods
{
    private static void AddLayoutMethods(PyType type)
    {
        type.Method("center", static (self, args, kw) => Justify("center", self, args, kw));
        type.Method("ljust", static (self, args, kw) => Justify("ljust", self, args, kw));
        type.Method("rjust", static (self, args, kw) => Justify("rjust", self, args, kw));
        type.Method("zfill", static (self, w) =>
        {
            var s = (PyStr)self;
            var width = Conversions.ToIndex(w);
            var fill = width - s.CodePointCount;
            if (fill <= 0) return s.Exact();
            if (fill <= MaxPadding) return Padded(s, (int)fill, 0, '0', zeroFill: true);
            var v = s.Value;
            var signed = v.Length > 0 && v[0] is '+' or '-';
            return new PyStr(signed ? v[0] + new string('0', (int)fill) + v[1..] : new string('0', (int)fill) + v);
        });
        type.Method("expandtabs", static (self, args, kw) =>
        {
            var n = Args.PositionalCount(args, kw);
            Args.OnlyKeywords("expandtabs", kw, "tabsize");
            if (n > 1) throw Errors.TypeError($"expandtabs() takes at most 1 argument ({n} given)");
            var sizeArg = n > 0 ? args[0] : Args.Keyword(args, kw, "tabsize");
            var size = sizeArg is null ? 8 : Conversions.ToIndex(sizeArg);
            var sb = new StringBuilder();
            var column = 0L;
            foreach (var c in CodePoints(S(self)))
            {
                if (c == '\t')
                {
                    if (size > 0)
                    {
                        var spaces = size - column % size;
                        sb.Append(' ', (int)spaces);
                        column += spaces;
                    }
                }
                else
                {
                    AppendCodePoint(sb, c);
                    column = c is '\n' or '\r' ? 0 : column + 1;
                }
            }
            return new PyStr(sb.ToString());
        });
    }

    private static PyObject Justify(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.Check("str", name, args, kw, 1, 2);
        var s = (PyStr)self;
        var width = Conversions.ToIndex(args[0]);
        var fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) throw Errors.TypeError($"The fill character must be a unicode character, not {args[1].Type.TpName}");
            if (f.CodePointCount != 1) throw Errors.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        var marg = width - s.CodePointCount;
        if (marg <= 0) return s.Exact();
        var (left, right) = name switch
        {
            "ljust" => (0L, marg),
            "rjust" => (marg, 0L),
            _ => (marg / 2 + (marg & width & 1), marg - (marg / 2 + (marg & width & 1))),
        };
        if (fill.Length == 1 && marg <= MaxPadding) return Padded(s, (int)left, (int)right, fill[0], zeroFill: false);
        var sb = new StringBuilder();
        for (var i = 0; i < left; i++) sb.Append(fill);
        sb.Append(s.Value);
        for (var i = 0; i < right; i++) sb.Append(fill);
        return new PyStr(sb.ToString());
    }

    // Widths past this take the general code (which fails the way CPython does on absurd ones).
    private const int MaxPadding = 1 << 24;

    /// <summary>
    /// <paramref name="s"/> with <paramref name="left"/> and <paramref name="right"/> copies of the
    /// one-unit <paramref name="fill"/> around it, written once into the result (one object when
    /// short); <paramref name="zeroFill"/> keeps a leading sign first, as zfill does.
    /// </summary>
    private static PyStr Padded(PyStr s, int left, int right, char fill, bool zeroFill)
    {
        var total = left + s.Chars.Length + right;
        if (total <= PyStr.MaxInline)
        {
            Span<char> padded = stackalloc char[PyStr.MaxInline];
            Pad(s.Chars, padded[..total], left, fill, zeroFill);
            // A surrogate fill beside a surrogate of the text can make a pair: Of scans for them.
            return PyStr.Of(padded[..total]);
        }
        return new PyStr(string.Create(total, new PadState(s, left, fill, zeroFill), static (dest, state) => Pad(state.Text.Chars, dest, state.Left, state.Fill, state.ZeroFill)));
    }

    private static void Pad(ReadOnlySpan<char> text, Span<char> dest, int left, char fill, bool zeroFill)
    {
        dest[..left].Fill(fill);
        text.CopyTo(dest[left..]);
        dest[(left + text.Length)..].Fill(fill);
        if (zeroFill && text.Length > 0 && text[0] is '+' or '-')
        {
            dest[0] = text[0];
            dest[left] = fill;
        }
    }

    // string.Create's state: a named struct, not a tuple (see JoinState).
    private readonly struct PadState(PyStr text, int left, char fill, bool zeroFill)
    {
        public readonly PyStr Text = text;
        public readonly int Left = left;
        public readonly char Fill = fill;
        public readonly bool ZeroFill = zeroFill;
    }
}
