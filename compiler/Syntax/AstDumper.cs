using System.Globalization;
using System.Numerics;
using System.Text;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// CPython 3.11's <c>ast.dump(node, include_attributes=True)</c>: fields by name, optional fields
/// that are None left out, constants in Python's repr.
/// </summary>
public static class AstDumper
{
    public static string Dump(Node node)
    {
        var sb = new StringBuilder();
        DumpNode(sb, node);
        return sb.ToString();
    }

    private static void DumpNode(StringBuilder sb, Node node)
    {
        // A valid tree can be deeper than the stack (a.a.a... 100000 times); CPython's ast.dump
        // fails with RecursionError there, we fail with a .NET exception instead of crashing.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        sb.Append(node.PythonName).Append('(');
        IReadOnlyList<string> names = node.FieldNames;
        bool first = true;
        for (int i = 0; i < names.Count; i++)
        {
            object? value = node.GetField(i);
            if (value == null && IsOptional(node, names[i]))
                continue;
            if (!first)
                sb.Append(", ");
            first = false;
            sb.Append(names[i]).Append('=');
            DumpValue(sb, value);
        }
        if (node.HasPosition)
        {
            if (!first)
                sb.Append(", ");
            sb.Append("lineno=").Append(node.Line)
              .Append(", col_offset=").Append(node.Col)
              .Append(", end_lineno=").Append(node.EndLine)
              .Append(", end_col_offset=").Append(node.EndCol);
        }
        sb.Append(')');
    }

    // Every field that can hold None in the ASDL is optional ('?'), except Constant.value and
    // MatchSingleton.value, which hold the constant None itself.
    private static bool IsOptional(Node node, string field) => !(field == "value" && node is Constant or MatchSingleton);

    /// <summary>The repr of a constant's value, as CPython's messages quote it.</summary>
    public static string ConstantRepr(object? value)
    {
        var sb = new StringBuilder();
        DumpValue(sb, value);
        return sb.ToString();
    }

    private static void DumpValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case Node n:
                DumpNode(sb, n);
                break;
            case string s:
                AppendStringRepr(sb, s);
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case BigInteger bi:
                sb.Append(bi.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FloatRepr(d, addDotZero: true));
                break;
            case Complex c:
                AppendComplexRepr(sb, c);
                break;
            case byte[] bytes:
                AppendBytesRepr(sb, bytes);
                break;
            case Ast.Ellipsis:
                sb.Append("Ellipsis");
                break;
            case Enum e:
                sb.Append(e.ToString()).Append("()");
                break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                bool first = true;
                foreach (object? item in list)
                {
                    if (!first)
                        sb.Append(", ");
                    first = false;
                    DumpValue(sb, item);
                }
                sb.Append(']');
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    /// <summary>Python's float repr: shortest round-trip digits, exponent form outside 1e-4..1e16.</summary>
    public static string FloatRepr(double d, bool addDotZero)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsPositiveInfinity(d))
            return "inf";
        if (double.IsNegativeInfinity(d))
            return "-inf";
        if (d == 0)
            return (double.IsNegative(d) ? "-0" : "0") + (addDotZero ? ".0" : "");
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r[0] == '-';
        if (negative)
            r = r[1..];
        // Split into significant digits and the decimal exponent of the first digit.
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int dot = r.IndexOf('.');
        string intPart = dot >= 0 ? r[..dot] : r;
        string fracPart = dot >= 0 ? r[(dot + 1)..] : "";
        string digits = intPart + fracPart;
        int pointPos = intPart.Length + exp; // digits[0..pointPos) are before the decimal point
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            pointPos--;
        }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0)
            digits = "0";
        int decExp = pointPos - 1; // exponent in scientific notation
        var sb = new StringBuilder();
        if (negative)
            sb.Append('-');
        if (decExp < -4 || decExp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(decExp < 0 ? '-' : '+').Append(Math.Abs(decExp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointPos <= 0)
        {
            sb.Append("0.").Append('0', -pointPos).Append(digits);
        }
        else if (pointPos >= digits.Length)
        {
            sb.Append(digits).Append('0', pointPos - digits.Length);
            if (addDotZero)
                sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, pointPos).Append('.').Append(digits, pointPos, digits.Length - pointPos);
        }
        return sb.ToString();
    }

    private static void AppendComplexRepr(StringBuilder sb, Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            sb.Append(FloatRepr(c.Imaginary, addDotZero: false)).Append('j');
            return;
        }
        sb.Append('(').Append(FloatRepr(c.Real, addDotZero: false));
        string im = FloatRepr(c.Imaginary, addDotZero: false);
        if (im[0] != '-')
            sb.Append('+');
        sb.Append(im).Append("j)");
    }

    /// <summary>Python's str repr.</summary>
    public static void AppendStringRepr(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp == '\t')
            {
                sb.Append("\\t");
            }
            else if (cp == '\n')
            {
                sb.Append("\\n");
            }
            else if (cp == '\r')
            {
                sb.Append("\\r");
            }
            else if (cp < ' ' || cp == 0x7f)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x7f)
            {
                sb.Append((char)cp);
            }
            else if (!IsPrintable(cp))
            {
                if (cp <= 0xff)
                    sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
                else if (cp <= 0xffff)
                    sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
                else
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }
        sb.Append(quote);
    }

    /// <summary>Python's str.isprintable for one code point (Unicode categories C*, Z* except space).</summary>
    private static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return cp == ' ';
        }
        return true;
    }

    private static void AppendBytesRepr(StringBuilder sb, byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0;
        bool hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\')
                sb.Append('\\').Append((char)c);
            else if (c == '\t')
                sb.Append("\\t");
            else if (c == '\n')
                sb.Append("\\n");
            else if (c == '\r')
                sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f)
                sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)c);
        }
        sb.Append(quote);
    }
}
