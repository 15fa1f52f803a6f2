using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Formatting;

/// <summary><c>str.format</c> and <c>str.format_map</c>: replacement fields with indexes, names, attributes, items, conversions and nested specs.</summary>
public static class StrFormat
{
    public static string Format(string template, ReadOnlySpan<PyObject> args, string[]? kwnames, PyObject? mapping = null)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        var state = new State(args[..positional], kwnames, args[positional..], mapping);
        return Render(FormatTemplate.Of(template), ref state, 2);
    }

    [ThreadStatic] private static StringBuilder? t_free;

    /// <summary>
    /// <see cref="Format"/> as a str: a new one, or when <paramref name="shared"/> the shared empty
    /// or one-character str as <see cref="PyStr.Shared(string)"/> gives. A short text goes from the
    /// builder straight into the str's inline form (no string in between); the builder is the
    /// thread's, taken while in use (a __format__ called from here may format too).
    /// </summary>
    public static PyStr FormatStr(string template, ReadOnlySpan<PyObject> args, string[]? kwnames, bool shared)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        var state = new State(args[..positional], kwnames, args[positional..], null);
        var parsed = FormatTemplate.Of(template);
        if (IsLiteral(parsed)) return shared ? PyStr.Shared(parsed.Pieces[0].Literal) : new PyStr(parsed.Pieces[0].Literal);
        var sb = t_free ?? new StringBuilder(64);
        t_free = null;
        sb.Clear();
        RenderInto(sb, parsed, ref state, 2);
        PyStr result;
        if (sb.Length <= PyStr.MaxInline)
        {
            Span<char> text = stackalloc char[PyStr.MaxInline];
            text = text[..sb.Length];
            sb.CopyTo(0, text, text.Length);
            result = shared ? PyStr.Shared(text) : PyStr.Of(text);
        }
        else result = shared ? PyStr.Shared(sb.ToString()) : new PyStr(sb.ToString());
        if (sb.Capacity <= 4096) t_free = sb;
        return result;
    }

    // A template without fields is its one literal (an error piece raises when rendered).
    private static bool IsLiteral(FormatTemplate template) =>
        template.Pieces is [{ Field: null, Error: null }];

    private ref struct State(ReadOnlySpan<PyObject> positional, string[]? kwnames, ReadOnlySpan<PyObject> kwvalues, PyObject? mapping)
    {
        public readonly ReadOnlySpan<PyObject> Positional = positional;
        private readonly ReadOnlySpan<PyObject> _kwvalues = kwvalues;
        public int AutoIndex;
        public bool? Manual;

        public readonly PyObject Named(string name)
        {
            if (mapping is not null) return Subscript.GetItem(mapping, new PyStr(name));
            if (kwnames is not null)
            {
                var i = Array.IndexOf(kwnames, name);
                if (i >= 0) return _kwvalues[i];
            }
            throw Errors.KeyError(new PyStr(name));
        }
    }

    private static string Render(FormatTemplate template, ref State state, int depth)
    {
        if (depth <= 0) throw Errors.ValueError("Max string recursion exceeded");
        if (IsLiteral(template)) return template.Pieces[0].Literal;
        var sb = new StringBuilder(template.LiteralLength + 16);
        RenderInto(sb, template, ref state, depth);
        return sb.ToString();
    }

    private static void RenderInto(StringBuilder sb, FormatTemplate template, ref State state, int depth)
    {
        if (depth <= 0) throw Errors.ValueError("Max string recursion exceeded");
        Span<char> digits = stackalloc char[20];
        foreach (var piece in template.Pieces)
        {
            sb.Append(piece.Literal);
            if (piece.Error is { } error) throw Errors.ValueError(error);
            if (piece.Field is not { } field) continue;
            var value = Resolve(field, ref state);
            // {} of an exact str or a 64-bit int: its text straight into the result, no string for the field.
            if (field.Conversion == '\0' && field.Spec.Length == 0)
            {
                if (PyStr.IsExact(value))
                {
                    sb.Append(Unsafe.As<PyStr>(value).Chars);
                    continue;
                }
                if (value.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(value).IsSmall)
                {
                    Unsafe.As<PyInt>(value).Small.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
                    sb.Append(digits[..written]);
                    continue;
                }
            }
            sb.Append(Field(field, value, ref state, depth));
        }
    }

    private static string Field(FormatField field, PyObject value, ref State state, int depth)
    {
        if (field.Conversion == '\0' && field.ConstantSpec is { } constant) return Text.Format(value, constant);
        value = field.Conversion switch
        {
            '\0' => value,
            'r' => Text.ToRepr(value),
            's' => Text.ToStr(value),
            'a' => Text.ToAscii(value),
            _ => throw Errors.ValueError($"Unknown conversion specifier {field.Conversion}"),
        };
        if (field.ConstantSpec is { } spec) return Text.Format(value, spec);
        if (!field.SpecHasFields) return Text.Format(value, field.Spec);
        return Text.Format(value, Render(FormatTemplate.Of(field.Spec), ref state, depth - 1));
    }

    private static PyObject Resolve(FormatField field, ref State state)
    {
        PyObject value;
        if (field.First.Length == 0)
        {
            if (state.Manual == true) throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
            state.Manual = false;
            value = Positional(ref state, state.AutoIndex++);
        }
        else if (field.IsIndex)
        {
            if (state.Manual == false) throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
            state.Manual = true;
            value = Positional(ref state, FormatField.ParseIndex(field.First));
        }
        else value = state.Named(field.First);
        return field.FirstEnd < field.Name.Length ? ResolveRest(field.Name, field.FirstEnd, value) : value;
    }

    /// <summary>The <c>.attr</c> and <c>[key]</c> parts of a field name after its first part.</summary>
    private static PyObject ResolveRest(string name, int end, PyObject value)
    {
        var i = end;
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                var j = i + 1;
                while (j < name.Length && name[j] is not ('.' or '[')) j++;
                var attr = name[(i + 1)..j];
                if (attr.Length == 0) throw Errors.ValueError("Empty attribute in format string");
                value = Attributes.GetAttr(value, attr);
                i = j;
            }
            else
            {
                var j = name.IndexOf(']', i);
                if (j < 0) throw Errors.ValueError("Missing ']' in format string");
                var key = name[(i + 1)..j];
                if (key.Length == 0) throw Errors.ValueError("Empty attribute in format string");
                value = Subscript.GetItem(value, FormatField.IsDecimal(key) ? PyInt.From(FormatField.ParseIndex(key)) : new PyStr(key));
                i = j + 1;
                if (i < name.Length && name[i] is not ('.' or '[')) throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static PyObject Positional(ref State state, long index) =>
        index < state.Positional.Length
            ? state.Positional[(int)index]
            : throw Errors.IndexError($"Replacement index {index} out of range for positional args tuple");
}
