using System.Numerics;
using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Formatting;

/// <summary>
/// <c>str % args</c> and <c>bytes % args</c>: printf-style formatting with CPython's conversions
/// and messages. For bytes the template and result are Latin-1 strings (one char per byte).
/// </summary>
public static class PercentFormat
{
    public static string Format(string template, PyObject args, bool bytes = false)
    {
        // A tuple is read in place (it cannot change while formatting); any other value is the one item.
        if (args is PyTuple tuple) return Format(template, tuple.Items, null, bytes);
        PyObject? mapping = null;
        if (args is PyDict || (args is not PyStr && !(bytes && args is PyBytes) && args.Type.Lookup("__getitem__") is not null && args is not PyList)) mapping = args;
        return Format(template, [args], mapping, bytes);
    }

    /// <summary>
    /// <c>template % (a, b, ...)</c> for a str literal and a tuple display: the items formatted
    /// where they are, without the tuple (what str.__mod__ does with that tuple, since an exact
    /// str on the left and an exact tuple on the right leave no __rmod__ to try).
    /// </summary>
    public static PyStr OfItems(PyObject template, params ReadOnlySpan<PyObject> items) =>
        new(Format(((PyStr)template).Value, items, null, bytes: false));

    // The items are the tuple's (or the one non-tuple value); a mapping, when given, is that value.
    private static string Format(string template, ReadOnlySpan<PyObject> items, PyObject? mapping, bool bytes)
    {
        var count = items.Length;
        var argIndex = 0;
        var usedMapping = false;
        // One builder per thread, taken while in use: a __str__ called from here may format too.
        var sb = s_builder ?? new StringBuilder(64);
        s_builder = null;
        sb.Clear();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] != '%')
            {
                var next = template.IndexOf('%', i);
                if (next < 0) next = template.Length;
                sb.Append(template, i, next - i);
                i = next;
                continue;
            }
            i++;
            if (i >= template.Length) throw Errors.ValueError("incomplete format");
            // The plain %s of a str and %d of an int (no flags, width or precision): no spec to build.
            if (!bytes && template[i] is 's' or 'd' or 'i' && argIndex < count && mapping is null)
            {
                var plain = items[argIndex];
                if (template[i] == 's' && plain.GetType() == typeof(PyStr))
                {
                    sb.Append(((PyStr)plain).Value);
                    argIndex++;
                    i++;
                    continue;
                }
                if (template[i] != 's' && plain.GetType() == typeof(PyInt) && ((PyInt)plain).IsSmall)
                {
                    sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{((PyInt)plain).Small}"); // formatted in place
                    argIndex++;
                    i++;
                    continue;
                }
            }
            PyObject? keyed = null;
            if (template[i] == '(')
            {
                if (mapping is null) throw Errors.TypeError("format requires a mapping");
                var depth = 1;
                var start = ++i;
                while (i < template.Length && depth > 0)
                {
                    if (template[i] == '(') depth++;
                    else if (template[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw Errors.ValueError("incomplete format key");
                var key = template[start..(i - 1)];
                keyed = Subscript.GetItem(mapping, bytes ? PyBytes.FromLatin1(key) : new PyStr(key));
                usedMapping = true;
            }
            var flags = "";
            while (i < template.Length && template[i] is '-' or '+' or ' ' or '#' or '0') flags += template[i++];
            var width = -1;
            if (i < template.Length && template[i] == '*')
            {
                i++;
                var w = Next(items, ref argIndex);
                width = w is PyInt wi ? (int)wi.Small : throw Errors.TypeError("* wants int");
                if (width < 0) { flags += "-"; width = -width; }
            }
            else
            {
                var start = i;
                while (i < template.Length && char.IsAsciiDigit(template[i])) i++;
                if (i > start) width = ParseCount(template, start, i, long.MaxValue, "width too big");
            }
            var precision = -1;
            if (i < template.Length && template[i] == '.')
            {
                i++;
                if (i < template.Length && template[i] == '*')
                {
                    i++;
                    var p = Next(items, ref argIndex);
                    precision = p is PyInt pi ? (int)pi.Small : throw Errors.TypeError("* wants int");
                }
                else
                {
                    var start = i;
                    while (i < template.Length && char.IsAsciiDigit(template[i])) i++;
                    precision = ParseCount(template, start, i, int.MaxValue, "precision too big");
                }
            }
            while (i < template.Length && template[i] is 'h' or 'l' or 'L') i++;
            if (i >= template.Length) throw Errors.ValueError("incomplete format");
            var type = template[i++];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            var value = keyed ?? Next(items, ref argIndex);
            sb.Append(Convert(type, value, flags, width, precision, i - 1, bytes));
        }
        if (argIndex < count && !usedMapping && mapping is null)
        {
            throw Errors.TypeError($"not all arguments converted during {(bytes ? "bytes" : "string")} formatting");
        }
        var result = sb.ToString();
        if (sb.Capacity <= 4096) s_builder = sb;
        return result;
    }

    [ThreadStatic] private static StringBuilder? s_builder;

    private static PyObject Next(ReadOnlySpan<PyObject> items, ref int argIndex)
    {
        if (argIndex >= items.Length) throw Errors.TypeError("not enough arguments for format string");
        return items[argIndex++];
    }

    private static string Convert(char type, PyObject value, string flags, int width, int precision, int index, bool bytes)
    {
        var left = flags.Contains('-');
        var zero = flags.Contains('0') && !left;
        var sign = flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
        var alternate = flags.Contains('#');
        string body;
        var numeric = true;
        string prefix = "";
        switch (type)
        {
            case 's' or 'b' when bytes:
                body = BytesOf(value).ToLatin1();
                if (precision >= 0 && body.Length > precision) body = body[..precision];
                numeric = false;
                break;
            case 'r' or 'a' when bytes:
                body = Builtins.BuiltinsModule.Ascii(value.Repr());
                if (precision >= 0 && body.Length > precision) body = body[..precision];
                numeric = false;
                break;
            case 'c' when bytes:
                numeric = false;
                if (value is PyBytes { Count: 1 } one) body = one.ToLatin1();
                else if (value is PyInt bi)
                {
                    if (!bi.IsSmall || bi.Small is < 0 or > 255) throw Errors.OverflowError("%c arg not in range(256)");
                    body = ((char)bi.Small).ToString();
                }
                else throw Errors.TypeError("%c requires an integer in range(256) or a single byte");
                break;
            case 's' or 'r' or 'a':
                body = type == 's' ? Text.Str(value) : type == 'r' ? value.Repr() : Builtins.BuiltinsModule.Ascii(value.Repr());
                if (precision >= 0 && new PyStr(body).CodePointCount > precision) body = body[..new PyStr(body).OffsetOf(precision)];
                numeric = false;
                break;
            case 'c':
                numeric = false;
                if (value is PyStr cs)
                {
                    if (cs.CodePointCount != 1) throw Errors.TypeError("%c requires int or char");
                    body = cs.Value;
                }
                else if (value is PyInt ci)
                {
                    if (!ci.IsSmall || ci.Small is < 0 or > 0x10FFFF) throw Errors.OverflowError("%c arg not in range(0x110000)");
                    body = char.ConvertFromUtf32((int)ci.Small);
                }
                else throw Errors.TypeError("%c requires int or char");
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                {
                    BigInteger v;
                    if (value is PyInt vi) v = vi.Big;
                    else if (value is PyFloat vf && type is 'd' or 'i' or 'u') v = IntMethods.FloatToInt(vf.Value).Big;
                    else if (type is 'd' or 'i' or 'u') throw Errors.TypeError($"%{type} format: a real number is required, not {value.Type.Name}");
                    else throw Errors.TypeError($"%{type} format: an integer is required, not {value.Type.Name}");
                    var radix = type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
                    body = IntFormat.Digits(BigInteger.Abs(v), radix, type == 'X');
                    if (precision > body.Length) body = new string('0', precision - body.Length) + body;
                    if (alternate && radix != 10) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                    if (v.Sign < 0) sign = "-";
                    break;
                }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    double d = value switch
                    {
                        PyFloat f => f.Value,
                        PyInt n => n.ToDouble(),
                        _ => throw Errors.TypeError($"must be real number, not {value.Type.Name}"),
                    };
                    var spec = FormatSpec.Parse((alternate ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type);
                    body = ValueFormatter.FormatFloat(Math.Abs(d), spec);
                    if (double.IsNegative(d) && !double.IsNaN(d)) sign = "-";
                    if (!double.IsFinite(d)) zero = false;
                    break;
                }
            default:
                throw Errors.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {index}");
        }
        if (!numeric) sign = prefix = "";
        if (bytes) return Pad(sign, prefix, body, body.Length, width, left, zero && numeric);
        return Pad(sign, prefix, body, new PyStr(body).CodePointCount, width, left, zero && numeric);
    }

    private static string Pad(string sign, string prefix, string body, int bodyLength, int width, bool left, bool zero)
    {
        var length = sign.Length + prefix.Length + bodyLength;
        if (width <= length) return sign + prefix + body;
        var pad = width - length;
        if (left) return sign + prefix + body + new string(' ', pad);
        if (zero) return sign + prefix + new string('0', pad) + body;
        return new string(' ', pad) + sign + prefix + body;
    }

    /// <summary>The operand of bytes' %s/%b: a bytes-like object or one with <c>__bytes__</c>.</summary>
    private static PyBytes BytesOf(PyObject value)
    {
        if (value is PyBytes b) return b;
        if (value is PyMemoryView mv) return new PyBytes(mv.ToArray());
        if (value.Type.Lookup("__bytes__") is { } m)
        {
            var r = SpecialMethods.Call0(value, m);
            return r as PyBytes ?? throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'");
    }

    /// <summary>
    /// A width or precision written in the template. CPython allows a width up to Py_ssize_t and a
    /// precision up to a C int; a width past what a .NET string holds cannot be allocated.
    /// </summary>
    private static int ParseCount(string template, int start, int end, long limit, string tooBig)
    {
        long value = 0;
        for (var i = start; i < end; i++)
        {
            var digit = template[i] - '0';
            if (value > (limit - digit) / 10) throw Errors.ValueError(tooBig);
            value = value * 10 + digit;
        }
        return value <= int.MaxValue ? (int)value : throw Errors.MemoryError();
    }
}
