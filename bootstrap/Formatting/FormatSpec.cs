namespace PyPack.Runtime.Formatting;

/// <summary>
/// A parsed format specification: <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>,
/// the mini-language of format(), str.format and f-strings.
/// </summary>
public sealed class FormatSpec
{
    public char Fill { get; private set; } = ' ';
    public char Align { get; private set; }      // '\0' when not given
    /// <summary>Align is the '=' a leading '0' implies (numbers only: a str is padded on the right).</summary>
    public bool AlignFromZero { get; private set; }
    public char Sign { get; private set; }       // '\0', '+', '-', ' '
    public bool NoNegativeZero { get; private set; }
    public bool Alternate { get; private set; }
    public int Width { get; private set; } = -1;
    public char Grouping { get; private set; }   // '\0', ',', '_'
    public int Precision { get; private set; } = -1;
    public char Type { get; private set; }       // '\0' when not given

    public static FormatSpec Parse(string spec, string typeName = "")
    {
        var f = new FormatSpec();
        var i = 0;
        static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';
        var fillGiven = false;
        if (spec.Length >= 2 && IsAlign(spec[1]))
        {
            fillGiven = true;
            f.Fill = spec[0];
            f.Align = spec[1];
            i = 2;
        }
        else if (spec.Length >= 1 && IsAlign(spec[0]))
        {
            f.Align = spec[0];
            i = 1;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') f.Sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z')
        {
            f.NoNegativeZero = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '#')
        {
            f.Alternate = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0')
        {
            // '0' pads with zeros unless a fill character was given, even after an explicit
            // alignment (format(7, '>03') is '007'); only without one does it also mean '='.
            if (!fillGiven) f.Fill = '0';
            if (f.Align == '\0')
            {
                f.Align = '=';
                f.AlignFromZero = true;
            }
            i++;
        }
        var start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
        if (i > start) f.Width = ParseNumber(spec[start..i]);
        if (i < spec.Length && spec[i] is ',' or '_')
        {
            f.Grouping = spec[i++];
            if (i < spec.Length && spec[i] is ',' or '_') throw Errors.ValueError("Cannot specify both ',' and '_'.");
        }
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
            if (i == start) throw Errors.ValueError("Format specifier missing precision");
            f.Precision = ParseNumber(spec[start..i]);
        }
        if (spec.Length - i > 1) throw Errors.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (i < spec.Length) f.Type = spec[i];
        if (f.Grouping != '\0')
        {
            var ok = f.Type switch
            {
                '\0' or 'd' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' => true,
                'b' or 'o' or 'x' or 'X' => f.Grouping == '_',
                _ => false,
            };
            if (!ok) throw Errors.ValueError($"Cannot specify '{f.Grouping}' with '{f.Type}'.");
        }
        return f;
    }

    private static int ParseNumber(string digits) =>
        int.TryParse(digits, out var n) ? n : throw Errors.ValueError("Too many decimal digits in format string");

    /// <summary>
    /// Pads <paramref name="body"/> (with its <paramref name="prefix"/> of sign and base) to the
    /// width, which counts code points: <paramref name="pairs"/> is the number of surrogate pairs
    /// in the body (a 'c' outside the BMP).
    /// </summary>
    public string Pad(string prefix, string body, char defaultAlign, int pairs = 0)
    {
        var length = prefix.Length + body.Length - pairs;
        if (Width <= length) return prefix.Length == 0 ? body : string.Concat(prefix, body);
        var align = Align == '\0' ? defaultAlign : Align;
        var pad = Width - length;
        // Padding before the prefix, or -1 for '=' (between prefix and body): one allocation.
        var before = align switch { '<' => 0, '>' => pad, '^' => pad / 2, _ => -1 };
        return string.Create(Width + pairs, new PadState(prefix, body, Fill, before), static (span, p) =>
        {
            string prefix = p.Prefix, body = p.Body;
            char fill = p.Fill;
            var before = p.Before;
            var pad = span.Length - prefix.Length - body.Length;
            var at = 0;
            if (before > 0) span[..before].Fill(fill);
            at = Math.Max(before, 0);
            prefix.CopyTo(span[at..]);
            at += prefix.Length;
            if (before < 0)
            {
                span.Slice(at, pad).Fill(fill);
                at += pad;
            }
            body.CopyTo(span[at..]);
            at += body.Length;
            span[at..].Fill(fill);
        });
    }

    // A named struct, not a tuple: a ValueTuple of references as string.Create's state links
    // NativeAOT's type loader into every binary (see StrMethods.JoinState).
    private readonly struct PadState(string prefix, string body, char fill, int before)
    {
        public readonly string Prefix = prefix;
        public readonly string Body = body;
        public readonly char Fill = fill;
        public readonly int Before = before;
    }
}
