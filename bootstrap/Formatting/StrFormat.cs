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
        var state = new State(args[..positional].ToArray(), kwnames, args[positional..].ToArray(), mapping);
        return Render(template, state, 2);
    }

    private sealed class State(PyObject[] positional, string[]? kwnames, PyObject[] kwvalues, PyObject? mapping)
    {
        public PyObject[] Positional = positional;
        public int AutoIndex;
        public bool? Manual;

        public PyObject Named(string name)
        {
            if (mapping is not null) return Subscript.GetItem(mapping, new PyStr(name));
            if (kwnames is not null)
            {
                var i = Array.IndexOf(kwnames, name);
                if (i >= 0) return kwvalues[i];
            }
            throw Errors.KeyError(new PyStr(name));
        }
    }

    private static string Render(string s, State state, int depth)
    {
        if (depth < 0) throw Errors.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '}')
            {
                if (i + 1 < s.Length && s[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw Errors.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); i++; continue; }
            if (i + 1 < s.Length && s[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            // Find the matching close brace, counting nested braces in the spec.
            var level = 1;
            var j = i + 1;
            while (j < s.Length && level > 0)
            {
                if (s[j] == '{') level++;
                else if (s[j] == '}') level--;
                if (level > 0) j++;
            }
            if (j >= s.Length)
            {
                throw Errors.ValueError(level > 1 || s.IndexOf('}', i) < 0 && i + 1 < s.Length ? "expected '}' before end of string" : "Single '{' encountered in format string");
            }
            sb.Append(Field(s[(i + 1)..j], state, depth));
            i = j + 1;
        }
        return sb.ToString();
    }

    private static string Field(string field, State state, int depth)
    {
        // field_name [! conversion] [: spec]; a '[' ... ']' in the name may contain ':' or '!'.
        var k = 0;
        var inBracket = false;
        while (k < field.Length)
        {
            var ch = field[k];
            if (ch == '[') inBracket = true;
            else if (ch == ']') inBracket = false;
            else if (!inBracket && ch is '!' or ':') break;
            k++;
        }
        var name = field[..k];
        char conversion = '\0';
        var spec = "";
        if (k < field.Length && field[k] == '!')
        {
            if (k + 1 >= field.Length) throw Errors.ValueError("end of string while looking for conversion specifier");
            conversion = field[k + 1];
            k += 2;
            if (k < field.Length && field[k] != ':') throw Errors.ValueError("expected ':' after conversion specifier");
        }
        if (k < field.Length && field[k] == ':') spec = field[(k + 1)..];
        var value = Resolve(name, state);
        value = conversion switch
        {
            '\0' => value,
            'r' => Text.ToRepr(value),
            's' => Text.ToStr(value),
            'a' => Text.ToAscii(value),
            _ => throw Errors.ValueError($"Unknown conversion specifier {conversion}"),
        };
        if (spec.Contains('{')) spec = Render(spec, state, depth - 1);
        return Text.Format(value, spec);
    }

    private static PyObject Resolve(string name, State state)
    {
        var end = 0;
        while (end < name.Length && name[end] is not ('.' or '[')) end++;
        var first = name[..end];
        PyObject value;
        if (first.Length == 0)
        {
            if (state.Manual == true) throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
            state.Manual = false;
            value = Positional(state, state.AutoIndex++);
        }
        else if (first.All(char.IsAsciiDigit))
        {
            if (state.Manual == false) throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
            state.Manual = true;
            value = Positional(state, int.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        }
        else value = state.Named(first);
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
                value = Subscript.GetItem(value, key.All(char.IsAsciiDigit) ? PyInt.From(long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)) : new PyStr(key));
                i = j + 1;
                if (i < name.Length && name[i] is not ('.' or '[')) throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static PyObject Positional(State state, int index) =>
        index < state.Positional.Length
            ? state.Positional[index]
            : throw Errors.IndexError($"Replacement index {index} out of range for positional args tuple");
}
