using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// <c>template % args</c> as the str CPython gives: a template of just "%s" over one exact str
    /// is that str itself (CPython's writer takes the str without a copy), an empty or one-character
    /// Latin-1 result the shared str (see <see cref="PyStr.Shared"/>), anything else a new str.
    /// </summary>
    public static PyStr Of(string template, PyObject args)
    {
        if (template == "%s" && AsOnlyStr(args) is { } itself) return itself;
        var intItem = IsInt(args is PyTuple { Count: 1 } one ? one.Items[0] : args);
        if (args is PyTuple tuple) return FormatStr(template, tuple.Items, null, intItem);
        return FormatStr(template, [args], MappingOf(args, bytes: false), intItem);
    }

    // The writer CPython formats into hands out the shared str for an empty or one-character
    // result, except where the template is one whole conversion of a value other than an int:
    // then it is the str() or repr() of the value as that made it (a new str each time).
    private static PyStr Result(string template, string text, bool intItem) =>
        template is "%s" or "%r" or "%a" && !intItem ? new PyStr(text) : PyStr.Shared(text);

    /// <summary><see cref="Result(string, string, bool)"/> of a builder's text: a short one is copied once, into the str's inline form.</summary>
    [SkipLocalsInit] // the stack buffer is written before it is read
    private static PyStr Result(string template, StringBuilder sb, bool intItem)
    {
        if (sb.Length > PyStr.MaxInline) return Result(template, sb.ToString(), intItem);
        Span<char> text = stackalloc char[PyStr.MaxInline];
        text = text[..sb.Length];
        sb.CopyTo(0, text, text.Length);
        return template is "%s" or "%r" or "%a" && !intItem ? PyStr.Of(text) : PyStr.Shared(text);
    }

    private static bool IsInt(PyObject item) => item.GetType() == typeof(PyInt);

    // The one exact str of "%s" % s or "%s" % (s,), else null.
    private static PyStr? AsOnlyStr(PyObject args)
    {
        if (PyStr.IsExact(args)) return Unsafe.As<PyStr>(args);
        return args is PyTuple { Count: 1 } one && PyStr.IsExact(one.Items[0]) ? Unsafe.As<PyStr>(one.Items[0]) : null;
    }

    /// <summary>
    /// <c>template % obj.__dict__</c> for an instance whose __dict__ holds exactly its attributes
    /// (the caller checked the class), reading each %(name) field's attribute in place instead of
    /// making the dict. Null when the template has a conversion without a key or a '*' (those
    /// read the mapping itself, which only the dict can be), so nothing has been formatted.
    /// </summary>
    public static PyStr? OfAttributes(string template, PyInstance obj)
    {
        if (!OnlyKeyedFields(template)) return null;
        // Not "%s", "%r" or "%a" (those have no key): the result is shared as PyStr.Shared's.
        return FormatStr(template, [obj], obj, intItem: false, attributes: true);
    }

    [ThreadStatic] private static string? t_keyedTemplate;

    /// <summary>Whether every conversion of <paramref name="template"/> is %(key)... or %%, without '*' (the last answer cached).</summary>
    private static bool OnlyKeyedFields(string template)
    {
        if (ReferenceEquals(template, t_keyedTemplate)) return true;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '%') continue;
            if (++i >= template.Length) return false;
            if (template[i] == '%') continue;
            if (template[i] != '(') return false;
            var depth = 1;
            for (i++; i < template.Length && depth > 0; i++)
            {
                if (template[i] == '(') depth++;
                else if (template[i] == ')') depth--;
            }
            while (i < template.Length && template[i] is '-' or '+' or ' ' or '#' or '0' or '.' or 'h' or 'l' or 'L' or (>= '1' and <= '9')) i++;
            if (depth > 0 || i >= template.Length || template[i] == '*') return false;
        }
        t_keyedTemplate = template;
        return true;
    }

    public static string Format(string template, PyObject args, bool bytes = false)
    {
        // A tuple is read in place (it cannot change while formatting); any other value is the one item.
        if (args is PyTuple tuple) return Format(template, tuple.Items, null, bytes);
        return Format(template, [args], MappingOf(args, bytes), bytes);
    }

    // The one item (not a tuple) as the mapping %(key) conversions read, or null.
    private static PyObject? MappingOf(PyObject args, bool bytes) =>
        args is PyDict || (args is not PyStr && !(bytes && args is PyBytes) && args.Type.Lookup("__getitem__") is not null && args is not PyList) ? args : null;

    /// <summary>
    /// <c>template % (a, b, ...)</c> for a str literal and a tuple display: the items formatted
    /// where they are, without the tuple (what str.__mod__ does with that tuple, since an exact
    /// str on the left and an exact tuple on the right leave no __rmod__ to try).
    /// </summary>
    public static PyStr OfItems(PyObject template, params ReadOnlySpan<PyObject> items)
    {
        var text = ((PyStr)template).Value;
        if (text == "%s" && items.Length == 1 && PyStr.IsExact(items[0])) return Unsafe.As<PyStr>(items[0]);
        return FormatStr(text, items, null, items.Length == 1 && IsInt(items[0]));
    }

    /// <summary>
    /// <see cref="OfItems"/> where the compiler kept some items unboxed: <paramref name="calls"/>
    /// has a letter per item, 'n' for the value itself, 's' or 'x' for <c>str()</c> or <c>hex()</c>
    /// of it (an unboxed int there is the number the builtin was given, see Unboxed.ItemStr).
    /// A template of plain %s, %d and %i over exact ints and strs is written straight from the
    /// numbers, with no int boxed and no str made for them; anything else (other conversions,
    /// floats, other types, a count that does not match, so every error) gets the objects CPython
    /// would have and takes the general path. Nothing before that runs Python code, so starting
    /// over is unobservable.
    /// </summary>
    [SkipLocalsInit] // the stack buffer is written before it is read
    public static PyStr OfUnboxed(PyObject template, string calls, params ReadOnlySpan<Unboxed> items)
    {
        var text = ((PyStr)template).Value;
        // "%s" % s of a held exact str is s itself (see Of).
        if (text == "%s" && items.Length == 1 && !items[0].TryGetInt(out _) && !items[0].TryFloat(out _) && items[0].Box() is var only && PyStr.IsExact(only)) return (PyStr)only;
        var intItem = items.Length == 1 && calls[0] == 'n' && items[0].TryGetInt(out _);
        // Most results fit a stack buffer: written there and copied once, into the str.
        Span<char> buffer = stackalloc char[PlainBufferLength];
        var written = TryPlain(buffer, text, calls, items);
        if (written >= 0)
        {
            var chars = buffer[..written];
            if (written <= PyStr.MaxInline) return text is "%s" or "%r" or "%a" && !intItem ? PyStr.Of(chars) : PyStr.Shared(chars);
            return Result(text, new string(chars), intItem);
        }
        PyStr? result = null;
        if (written == TooLong)
        {
            var sb = s_builder ?? new StringBuilder(64);
            s_builder = null;
            sb.Clear();
            if (TryPlain(sb, text, calls, items)) result = Result(text, sb, intItem);
            if (sb.Capacity <= 4096) s_builder = sb;
        }
        if (result is not null) return result;
        var objects = new PyObject[items.Length];
        for (var k = 0; k < items.Length; k++)
        {
            objects[k] = items[k].TryGetInt(out var v) && calls[k] != 'n' ? PyStr.Unpaired(Unboxed.IntText(v, calls[k])) : items[k].Box();
        }
        return FormatStr(text, objects, null, objects.Length == 1 && IsInt(objects[0]));
    }

    /// <summary>
    /// <c>template % x</c> for a str literal and a number the compiler kept unboxed: an int is the
    /// one item (written straight by a plain template); anything else takes the ordinary '%'.
    /// </summary>
    public static PyObject OfUnboxedValue(PyObject template, Unboxed x)
    {
        if (!x.TryGetInt(out _)) return Arithmetic.Binary(BinaryOperator.Mod, template, x.Box());
        return OfUnboxed(template, "n", x);
    }

    private const int PlainBufferLength = 256;

    // What the span form of TryPlain returns when the template is not plain, or the text does not fit.
    private const int NotPlain = -1, TooLong = -2;

    /// <summary>
    /// The plain case of <see cref="OfUnboxed"/> written into <paramref name="dest"/>: the length,
    /// or <see cref="NotPlain"/> for anything else, <see cref="TooLong"/> when it does not fit.
    /// </summary>
    private static int TryPlain(Span<char> dest, string template, string calls, ReadOnlySpan<Unboxed> items)
    {
        var argIndex = 0;
        var i = 0;
        var at = 0;
        while (i < template.Length)
        {
            var next = template.IndexOf('%', i);
            if (next < 0) next = template.Length;
            if (!Utf16Words.TryCopy(template.AsSpan(i, next - i), dest[at..])) return TooLong;
            at += next - i;
            if (next + 1 >= template.Length) return next == template.Length && argIndex == items.Length ? at : NotPlain;
            var type = template[next + 1];
            i = next + 2;
            if (type == '%')
            {
                if (at == dest.Length) return TooLong;
                dest[at++] = '%';
                continue;
            }
            if (type is not ('s' or 'd' or 'i') || argIndex >= items.Length) return NotPlain;
            var item = items[argIndex];
            var call = calls[argIndex++];
            if (item.TryGetInt(out var v))
            {
                // str(n) is a str: only %s shows it; hex(n) likewise, with its prefix.
                if (call != 'n' && type != 's') return NotPlain;
                var n = call == 'x' ? WriteHex(dest[at..], v) : v.TryFormat(dest[at..], out var d, default, CultureInfo.InvariantCulture) ? d : -1;
                if (n < 0) return TooLong;
                at += n;
                continue;
            }
            if (item.TryFloat(out _)) return NotPlain;
            var value = item.Box();
            if (PyStr.IsExact(value) && type == 's')
            {
                if (!Utf16Words.TryCopy(Unsafe.As<PyStr>(value).Chars, dest[at..])) return TooLong;
                at += Unsafe.As<PyStr>(value).Chars.Length;
            }
            else if (value.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(value).IsSmall)
            {
                if (!Unsafe.As<PyInt>(value).Small.TryFormat(dest[at..], out var d, default, CultureInfo.InvariantCulture)) return TooLong;
                at += d;
            }
            else return NotPlain;
        }
        return argIndex == items.Length ? at : NotPlain;
    }

    /// <summary><c>hex(value)</c> ('-0x' or '0x', lower-case digits) into <paramref name="dest"/>: its length, or -1 when it does not fit.</summary>
    private static int WriteHex(Span<char> dest, long value)
    {
        var magnitude = value < 0 ? unchecked((ulong)-(value + 1)) + 1 : (ulong)value;
        var digits = 1;
        for (var m = magnitude >> 4; m != 0; m >>= 4) digits++;
        var length = (value < 0 ? 3 : 2) + digits;
        if (length > dest.Length) return -1;
        var at = 0;
        if (value < 0) dest[at++] = '-';
        dest[at++] = '0';
        dest[at++] = 'x';
        for (var k = length - 1; k >= at; k--)
        {
            dest[k] = "0123456789abcdef"[(int)(magnitude & 15)];
            magnitude >>= 4;
        }
        return length;
    }

    /// <summary>The plain case of <see cref="OfUnboxed"/>: false (sb partly written) for anything else.</summary>
    private static bool TryPlain(StringBuilder sb, string template, string calls, ReadOnlySpan<Unboxed> items)
    {
        var argIndex = 0;
        var i = 0;
        while (i < template.Length)
        {
            var next = template.IndexOf('%', i);
            if (next < 0) next = template.Length;
            sb.Append(template, i, next - i);
            if (next + 1 >= template.Length) return next == template.Length && argIndex == items.Length;
            var type = template[next + 1];
            i = next + 2;
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            if (type is not ('s' or 'd' or 'i') || argIndex >= items.Length) return false;
            var item = items[argIndex];
            var call = calls[argIndex++];
            if (item.TryGetInt(out var v))
            {
                // str(n) is a str: only %s shows it; hex(n) likewise, with its prefix.
                if (call != 'n' && type != 's') return false;
                AppendInteger(sb, v, call == 'x' ? 16 : 10, call == 'x' ? Flags.Alternate : Flags.None, -1, -1, upper: false);
                continue;
            }
            if (item.TryFloat(out _)) return false;
            var value = item.Box();
            if (PyStr.IsExact(value) && type == 's') sb.Append(((PyStr)value).Chars);
            else if (value.GetType() == typeof(PyInt) && ((PyInt)value).IsSmall) AppendInteger(sb, ((PyInt)value).Small, 10, Flags.None, -1, -1, upper: false);
            else return false;
        }
        return argIndex == items.Length;
    }

    // The items are the tuple's (or the one non-tuple value); a mapping, when given, is that value.
    // attributes: the mapping is a PyInstance whose own attributes are its __dict__'s items (OfAttributes).
    private static string Format(string template, ReadOnlySpan<PyObject> items, PyObject? mapping, bool bytes)
    {
        var sb = FormatInto(template, items, mapping, bytes, attributes: false);
        var result = sb.ToString();
        Release(sb);
        return result;
    }

    /// <summary>
    /// <see cref="Format(string, ReadOnlySpan{PyObject}, PyObject?, bool)"/> of a str template as
    /// the str <see cref="Result(string, StringBuilder, bool)"/> gives: a short text goes from the
    /// builder straight into the str's inline form, without a string in between.
    /// </summary>
    private static PyStr FormatStr(string template, ReadOnlySpan<PyObject> items, PyObject? mapping, bool intItem, bool attributes = false)
    {
        var sb = FormatInto(template, items, mapping, bytes: false, attributes);
        var result = Result(template, sb, intItem);
        Release(sb);
        return result;
    }

    // The builder back for the next formatting, unless it grew large.
    private static void Release(StringBuilder sb)
    {
        if (sb.Capacity <= 4096) s_builder = sb;
    }

    /// <summary>The text of template % items in the thread's builder, taken (see <see cref="Release"/>).</summary>
    private static StringBuilder FormatInto(string template, ReadOnlySpan<PyObject> items, PyObject? mapping, bool bytes, bool attributes)
    {
        var count = items.Length;
        var argIndex = 0;
        var usedMapping = false;
        var keyOrdinal = 0;
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
            if (template[i] == '%')
            {
                sb.Append('%');
                i++;
                continue;
            }
            // The plain %s of a str and %d of an int (no flags, width or precision): no spec to build.
            if (!bytes && template[i] is 's' or 'd' or 'i' && argIndex < count && mapping is null)
            {
                var plain = items[argIndex];
                if (template[i] == 's' && PyStr.IsExact(plain))
                {
                    sb.Append(((PyStr)plain).Chars); // an inline str's Value would be a new string
                    argIndex++;
                    i++;
                    continue;
                }
                if (template[i] != 's' && plain.GetType() == typeof(PyInt) && ((PyInt)plain).IsSmall)
                {
                    AppendInteger(sb, ((PyInt)plain).Small, 10, Flags.None, -1, -1, upper: false);
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
                if (attributes || (!bytes && mapping.GetType() == typeof(PyDict)))
                {
                    // The instance's attributes or an exact dict: neither keeps nor shows the key
                    // object, so the template's keys are made once (their hashes cached).
                    var key = KeyOf(template, start, i - 1, keyOrdinal++);
                    keyed = attributes
                        ? Unsafe.As<PyInstance>(mapping).GetOwnAttribute(key.Value) ?? throw Errors.KeyError(new PyStr(key.Value))
                        : Subscript.GetItem(mapping, key);
                }
                else
                {
                    var key = template[start..(i - 1)];
                    keyed = Subscript.GetItem(mapping, bytes ? PyBytes.FromLatin1(key) : new PyStr(key));
                }
                usedMapping = true;
                // As in CPython, the looked-up value replaces the arguments: a '*' after the key
                // takes it, and no positional argument is left for a later conversion.
                argIndex = count;
            }
            var flags = Flags.None;
            while (i < template.Length && FlagOf(template[i]) is var flag && flag != Flags.None)
            {
                flags |= flag;
                i++;
            }
            var width = -1;
            if (i < template.Length && template[i] == '*')
            {
                i++;
                var w = keyed ?? Next(items, ref argIndex);
                keyed = null;
                width = w is PyInt wi ? (int)wi.Small : throw Errors.TypeError("* wants int");
                if (width < 0) { flags |= Flags.Left; width = -width; }
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
                    var p = keyed ?? Next(items, ref argIndex);
                    keyed = null;
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
            // Only "%%" is a literal percent: after a key, flags, width or precision '%' takes an
            // argument and is then an unsupported conversion, as in CPython.
            var type = template[i++];
            var value = keyed ?? Next(items, ref argIndex);
            if (!bytes && AppendCommon(sb, type, value, flags, width, precision)) continue;
            sb.Append(Convert(type, value, flags, width, precision, i - 1, bytes));
        }
        if (argIndex < count && !usedMapping && mapping is null)
        {
            throw Errors.TypeError($"not all arguments converted during {(bytes ? "bytes" : "string")} formatting");
        }
        return sb;
    }

    [ThreadStatic] private static StringBuilder? s_builder;

    // The %(key) keys of the last keyed template, by their order in it: a template is mostly
    // applied many times (a logging format to every record), each key a substring and a str
    // hashed anew otherwise.
    [ThreadStatic] private static string? t_keysTemplate;
    [ThreadStatic] private static PyStr?[]? t_keys;

    /// <summary>The str of the key template[start..end], the <paramref name="ordinal"/>-th of its template.</summary>
    private static PyStr KeyOf(string template, int start, int end, int ordinal)
    {
        var keys = t_keys;
        if (!ReferenceEquals(t_keysTemplate, template) || keys is null)
        {
            keys = new PyStr?[4];
            t_keys = keys;
            t_keysTemplate = template;
        }
        if (ordinal < keys.Length && keys[ordinal] is { } known) return known;
        // A string-backed str (not inline): its Value is the key string itself, no copy per read.
        var key = new PyStr(template[start..end]);
        if (ordinal >= keys.Length)
        {
            Array.Resize(ref keys, Math.Max(keys.Length * 2, ordinal + 1));
            t_keys = keys;
        }
        keys[ordinal] = key;
        return key;
    }

    private static PyObject Next(ReadOnlySpan<PyObject> items, ref int argIndex)
    {
        if (argIndex >= items.Length) throw Errors.TypeError("not enough arguments for format string");
        return items[argIndex++];
    }

    /// <summary>The conversion flags written after '%' (any order, repeats allowed).</summary>
    [Flags]
    private enum Flags
    {
        None = 0,
        Left = 1,      // '-'
        Zero = 2,      // '0'
        Plus = 4,      // '+'
        Space = 8,     // ' '
        Alternate = 16, // '#'
    }

    private static Flags FlagOf(char c) => c switch
    {
        '-' => Flags.Left,
        '0' => Flags.Zero,
        '+' => Flags.Plus,
        ' ' => Flags.Space,
        '#' => Flags.Alternate,
        _ => Flags.None,
    };

    /// <summary>
    /// The conversions most templates use, written straight into the builder: an int that fits 64
    /// bits in d/i/u/x/X/o, a float (or int) in e/f/g, and str's %s. Anything else (big ints, %c,
    /// %r, objects with __str__ ...) returns false for <see cref="Convert"/>.
    /// </summary>
    [SkipLocalsInit] // the digits buffer is written before it is read
    private static bool AppendCommon(StringBuilder sb, char type, PyObject value, Flags flags, int width, int precision)
    {
        switch (type)
        {
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X' when value is PyInt { IsSmall: true } n:
                AppendInteger(sb, n.Small, type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 }, flags, width, precision, type == 'X');
                return true;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' when value is PyFloat or PyInt { IsSmall: true }:
                {
                    var d = value is PyFloat f ? f.Value : ((PyInt)value).Small;
                    var alternate = (flags & Flags.Alternate) != 0;
                    var p = precision < 0 ? 6 : precision;
                    var magnitude = Math.Abs(d);
                    var sign = double.IsNegative(d) && !double.IsNaN(d) ? '-' : SignOf(flags);
                    if (type is 'f' or 'F' && double.IsFinite(magnitude))
                    {
                        // The digits written in place, no string made for them ("%.3f" of a log line).
                        Span<char> digits = stackalloc char[64];
                        if (FloatDigits.TryWriteFixed(magnitude, p, alternate, digits, out var written))
                        {
                            AppendPadded(sb, sign, "", 0, digits[..written], written, width, flags, zero: true);
                            return true;
                        }
                    }
                    var body = !double.IsFinite(magnitude)
                        ? (double.IsNaN(magnitude) ? "nan" : "inf") is var special && type is 'E' or 'F' or 'G' ? special.ToUpperInvariant() : special
                        : type switch
                        {
                            'f' or 'F' => FloatDigits.Fixed(magnitude, p, alternate),
                            'e' or 'E' => FloatDigits.Exponent(magnitude, p, alternate, type == 'E'),
                            _ => FloatDigits.General(magnitude, Math.Max(1, p), alternate, type == 'G', false),
                        };
                    // CPython's '0' flag pads inf and nan with zeros too ('%05f' % inf is '00inf').
                    AppendPadded(sb, sign, "", 0, body, body.Length, width, flags, zero: true);
                    return true;
                }
            case 's' when PyStr.IsExact(value):
                {
                    var s = (PyStr)value;
                    if (width < 0 && precision < 0)
                    {
                        sb.Append(s.Chars);
                        return true;
                    }
                    // Read in place (an inline str's Value is a new string). Width and precision
                    // count code points (a surrogate pair is one).
                    var text = s.Chars;
                    var count = s.CodePointCount;
                    if (precision >= 0 && count > precision)
                    {
                        text = text[..s.OffsetOf(precision)];
                        count = precision;
                    }
                    AppendPadded(sb, '\0', "", 0, text, count, width, flags, zero: false);
                    return true;
                }
            // An exact int's str is its digits ('+', ' ', '#' and '0' do not apply to %s).
            case 's' when value.GetType() == typeof(PyInt) && ((PyInt)value).IsSmall && precision < 0:
                AppendInteger(sb, ((PyInt)value).Small, 10, flags & Flags.Left, width, -1, upper: false);
                return true;
            default:
                return false;
        }
    }

    private static char SignOf(Flags flags) => (flags & Flags.Plus) != 0 ? '+' : (flags & Flags.Space) != 0 ? ' ' : '\0';

    /// <summary>A 64-bit int in base 10, 8 or 16 with CPython's sign, '#' prefix, precision (minimum digits) and padding.</summary>
    [SkipLocalsInit] // the digits are written before they are read
    private static void AppendInteger(StringBuilder sb, long value, int radix, Flags flags, int width, int precision, bool upper)
    {
        var magnitude = value < 0 ? unchecked((ulong)-(value + 1)) + 1 : (ulong)value;
        Span<char> digits = stackalloc char[64];
        scoped ReadOnlySpan<char> body;
        if (radix == 10)
        {
            // .NET's formatter writes two digits per step by multiplication; a division by the
            // variable radix per digit was a quarter of a "%d" template's time.
            magnitude.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
            body = digits[..written];
        }
        else
        {
            // Radix 8 or 16: a shift and a mask per digit.
            var at = digits.Length;
            var table = upper ? "0123456789ABCDEF" : "0123456789abcdef";
            var shift = radix == 16 ? 4 : 3;
            do
            {
                digits[--at] = table[(int)(magnitude & (ulong)(radix - 1))];
                magnitude >>= shift;
            }
            while (magnitude != 0);
            body = digits[at..];
        }
        var prefix = (flags & Flags.Alternate) != 0 && radix != 10 ? radix == 8 ? "0o" : upper ? "0X" : "0x" : "";
        var sign = value < 0 ? '-' : SignOf(flags);
        var zeros = precision > body.Length ? precision - body.Length : 0;
        if (sign == '\0' && prefix.Length == 0 && zeros == 0 && width <= body.Length)
        {
            sb.Append(body);
            return;
        }
        AppendPadded(sb, sign, prefix, zeros, body, zeros + body.Length, width, flags, zero: true);
    }

    /// <summary>
    /// sign, prefix, <paramref name="zeros"/> '0's and body, padded to <paramref name="width"/>
    /// code points: spaces after ('-'), '0's between prefix and body ('0', for numbers), or spaces before.
    /// </summary>
    private static void AppendPadded(StringBuilder sb, char sign, string prefix, int zeros, ReadOnlySpan<char> body, int bodyCount, int width, Flags flags, bool zero)
    {
        var left = (flags & Flags.Left) != 0;
        var length = (sign == '\0' ? 0 : 1) + prefix.Length + bodyCount;
        var pad = width > length ? width - length : 0;
        if (pad > 0 && !left && !(zero && (flags & Flags.Zero) != 0))
        {
            sb.Append(' ', pad);
            pad = 0;
        }
        if (sign != '\0') sb.Append(sign);
        sb.Append(prefix);
        if (pad > 0 && !left)
        {
            zeros += pad; // the '0' flag: zeros between the prefix and the digits
            pad = 0;
        }
        if (zeros > 0) sb.Append('0', zeros);
        sb.Append(body);
        if (pad > 0) sb.Append(' ', pad);
    }

    private static string Convert(char type, PyObject value, Flags flags, int width, int precision, int index, bool bytes)
    {
        var left = (flags & Flags.Left) != 0;
        var zero = (flags & Flags.Zero) != 0 && !left;
        var sign = (flags & Flags.Plus) != 0 ? "+" : (flags & Flags.Space) != 0 ? " " : "";
        var alternate = (flags & Flags.Alternate) != 0;
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
                if (precision >= 0 && precision < body.Length && new PyStr(body) is var counted && counted.CodePointCount > precision) body = body[..counted.OffsetOf(precision)];
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
                    // %x and %o take any __index__ (PyNumber_Index); %d any number, converted as int() does.
                    else if (type is 'o' or 'x' or 'X' && value.Type.Lookup("__index__") is not null) v = Conversions.Index(value).Big;
                    else if (type is 'd' or 'i' or 'u' && (value.Type.Lookup("__int__") ?? value.Type.Lookup("__index__")) is not null)
                    {
                        v = ((PyInt)PyInt.TypeObject.Call1(value)).Big;
                    }
                    else if (type is 'd' or 'i' or 'u') throw Errors.TypeError($"%{type} format: a real number is required, not {value.Type.TpName}");
                    else throw Errors.TypeError($"%{type} format: an integer is required, not {value.Type.TpName}");
                    var radix = type switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
                    body = IntFormat.Digits(BigInteger.Abs(v), radix, type == 'X');
                    if (precision > body.Length) body = new string('0', precision - body.Length) + body;
                    if (alternate && radix != 10) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                    if (v.Sign < 0) sign = "-";
                    break;
                }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    // As CPython's PyFloat_AsDouble: a class's __float__ too ('%.2f' % Decimal('1.5')).
                    double d = Modules.Mathematics.MathModule.ToDouble(value);
                    var spec = FormatSpec.Parse((alternate ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type);
                    body = ValueFormatter.FormatFloat(Math.Abs(d), spec);
                    if (double.IsNegative(d) && !double.IsNaN(d)) sign = "-";
                    break;
                }
            default:
                throw Errors.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {index}");
        }
        if (!numeric) sign = prefix = "";
        if (bytes) return Pad(sign, prefix, body, body.Length, width, left, zero && numeric);
        // Without a width the count is not needed (Pad pads nothing).
        return Pad(sign, prefix, body, width < 0 ? body.Length : new PyStr(body).CodePointCount, width, left, zero && numeric);
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
        if (value is PyMemoryView mv) return PyBytes.Of(mv.ToArray());
        if (value.Type.Lookup("__bytes__") is { } m)
        {
            var r = SpecialMethods.Call0(value, m);
            return r as PyBytes ?? throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.TpName})");
        }
        throw Errors.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.TpName}'");
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
