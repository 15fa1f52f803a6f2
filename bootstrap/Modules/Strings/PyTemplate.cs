using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Strings;

/// <summary>
/// <c>string.Template</c> with the default pattern: <c>$$</c>, <c>$name</c> and <c>${name}</c>,
/// names being ASCII identifiers. The class cannot be subclassed to change the delimiter yet.
/// </summary>
public sealed class PyTemplate : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject _template;

    private PyTemplate(PyObject template) => _template = template;

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name == "template" ? _template : null;

    private static PyType CreateType()
    {
        var type = new PyType("Template", null) { Module = "string" };
        type.Constructor = static (args, kw) =>
        {
            var b = new PyObject?[2];
            new NativeSignature("Template.__init__", ["self", "template"], 0).Bind(PyNone.Instance, args, kw, b);
            return new PyTemplate(b[1]!);
        };
        type.SetAttribute("delimiter", new PyStr("$"));
        type.SetAttribute("idpattern", new PyStr("(?a:[_a-z][_a-z0-9]*)"));
        type.Method("substitute", static (self, args, kw) => ((PyTemplate)self).Substitute("substitute", args, kw, safe: false));
        type.Method("safe_substitute", static (self, args, kw) => ((PyTemplate)self).Substitute("safe_substitute", args, kw, safe: true));
        type.Method("is_valid", static self => PyBool.From(((PyTemplate)self).IsValid()));
        type.Method("get_identifiers", static self => ((PyTemplate)self).Identifiers());
        return type;
    }

    private enum Kind { Escaped, Named, Invalid }

    private static bool IsStart(char c) => c == '_' || c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    private static bool IsPart(char c) => IsStart(c) || c is >= '0' and <= '9';

    /// <summary>Visits each placeholder: its kind, span [start, end) and name.</summary>
    private IEnumerable<(Kind Kind, int Start, int End, string? Name)> Placeholders(string text)
    {
        var i = 0;
        while (true)
        {
            var at = text.IndexOf('$', i);
            if (at < 0) yield break;
            var p = at + 1;
            if (p < text.Length && text[p] == '$')
            {
                yield return (Kind.Escaped, at, p + 1, null);
                i = p + 1;
                continue;
            }
            if (p < text.Length && IsStart(text[p]))
            {
                var e = p + 1;
                while (e < text.Length && IsPart(text[e])) e++;
                yield return (Kind.Named, at, e, text[p..e]);
                i = e;
                continue;
            }
            if (p + 1 < text.Length && text[p] == '{' && IsStart(text[p + 1]))
            {
                var e = p + 2;
                while (e < text.Length && IsPart(text[e])) e++;
                if (e < text.Length && text[e] == '}')
                {
                    yield return (Kind.Named, at, e + 1, text[(p + 1)..e]);
                    i = e + 1;
                    continue;
                }
            }
            yield return (Kind.Invalid, at, p, null);
            i = p;
        }
    }

    private string Text => _template is PyStr s ? s.Value : throw Errors.TypeError("expected string or bytes-like object");

    private PyObject Substitute(string method, ReadOnlySpan<PyObject> args, string[]? kwnames, bool safe)
    {
        var positional = Args.PositionalCount(args, kwnames);
        if (positional > 1) throw Errors.TypeError($"Template.{method}() takes from 1 to 2 positional arguments but {positional + 1} were given");
        var mapping = positional == 1 ? args[0] : null;
        var keywords = new PyDict();
        for (var k = 0; k < (kwnames?.Length ?? 0); k++) keywords.SetItem(new PyStr(kwnames![k]), args[positional + k]);
        var text = Text;
        var sb = new StringBuilder();
        var last = 0;
        foreach (var (kind, start, end, name) in Placeholders(text))
        {
            sb.Append(text, last, start - last);
            last = end;
            switch (kind)
            {
                case Kind.Escaped:
                    sb.Append('$');
                    break;
                case Kind.Named:
                    var value = Lookup(mapping, keywords, name!, safe);
                    sb.Append(value is null ? text[start..end] : value.Str());
                    break;
                default:
                    if (safe)
                    {
                        sb.Append('$');
                        break;
                    }
                    throw InvalidPlaceholder(text, end);
            }
        }
        sb.Append(text, last, text.Length - last);
        return new PyStr(sb.ToString());
    }

    private static PyObject? Lookup(PyObject? mapping, PyDict keywords, string name, bool safe)
    {
        var key = new PyStr(name);
        if (keywords.Count > 0 || mapping is null)
        {
            if (keywords.TryGet(key) is { } v) return v;
            if (mapping is null)
            {
                if (safe) return null;
                throw Errors.KeyError(key);
            }
        }
        if (safe)
        {
            try
            {
                return Subscript.GetItem(mapping, key);
            }
            catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.KeyError))
            {
                return null;
            }
        }
        return Subscript.GetItem(mapping, key);
    }

    private static Exceptions.PyException InvalidPlaceholder(string text, int i)
    {
        var before = text[..i];
        var lineStarts = 0;
        var lines = 0;
        for (var k = 0; k < before.Length; k++)
        {
            var c = before[k];
            var isBreak = c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
            if (!isBreak) continue;
            if (c == '\r' && k + 1 < before.Length && before[k + 1] == '\n') k++;
            lines++;
            lineStarts = k + 1;
        }
        int lineno, colno;
        if (before.Length == 0)
        {
            lineno = 1;
            colno = 1;
        }
        else if (lineStarts == before.Length)
        {
            // splitlines(keepends=True) ends with a complete line: the column counts from its start.
            lineno = lines;
            colno = i - PreviousLineStart(before, lines);
        }
        else
        {
            lineno = lines + 1;
            colno = i - lineStarts;
        }
        return Errors.ValueError($"Invalid placeholder in string: line {lineno}, col {colno}");
    }

    /// <summary>The offset where the last of <paramref name="count"/> complete lines begins.</summary>
    private static int PreviousLineStart(string text, int count)
    {
        var start = 0;
        var seen = 0;
        for (var k = 0; k < text.Length && seen < count - 1; k++)
        {
            var c = text[k];
            if (c is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) continue;
            if (c == '\r' && k + 1 < text.Length && text[k + 1] == '\n') k++;
            seen++;
            start = k + 1;
        }
        return start;
    }

    private bool IsValid()
    {
        foreach (var p in Placeholders(Text))
        {
            if (p.Kind == Kind.Invalid) return false;
        }
        return true;
    }

    private PyList Identifiers()
    {
        var result = new PyList();
        var seen = new HashSet<string>();
        foreach (var p in Placeholders(Text))
        {
            if (p.Kind == Kind.Named && seen.Add(p.Name!)) result.Append(new PyStr(p.Name!));
        }
        return result;
    }
}
