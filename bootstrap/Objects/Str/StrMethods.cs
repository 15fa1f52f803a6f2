using System.Text;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>str</c> type object: constructor and methods. Indexes count code points.</summary>
internal static partial class StrMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("str", null) { PlainInstances = true };
        type.Constructor = Construct;
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddMethods);
        return type;
    }

    private static void AddMethods(PyType type)
    {
        AddCaseMethods(type);
        AddSearchMethods(type);
        AddSplitMethods(type);
        AddLayoutMethods(type);
        type.Method("__getnewargs__", static self => PyTuple.Of(((PyStr)self).Exact()));
        type.Method("encode", static (self, args, kw) =>
        {
            var n = Args.PositionalCount(args, kw);
            Args.OnlyKeywords("encode", kw, "encoding", "errors");
            if (n > 2) throw Errors.TypeError($"encode() takes at most 2 arguments ({n} given)");
            var enc = n > 0 ? args[0] : Args.Keyword(args, kw, "encoding");
            var err = n > 1 ? args[1] : Args.Keyword(args, kw, "errors");
            return Codecs.Encode((PyStr)self, enc is null ? "utf-8" : StrArg(enc, "encode", "encoding"), err is null ? "strict" : StrArg(err, "encode", "errors"));
        });
        type.Method("format", static (self, args, kw) => FormatResult(S(self), args, kw));
        type.Method("format_map", static (self, m) => PyStr.Shared(Formatting.StrFormat.Format(S(self), [], null, m)));
        type.Method("__len__", static self => PyInt.From(((PyStr)self).CodePointCount));
        type.Method("__contains__", static (self, x) => PyBool.From(Comparison.Contains(self, x)));
        type.Method("__getitem__", static (self, k) => Subscript.GetItem(self, k));
        type.Method("__mod__", static (self, x) => Formatting.PercentFormat.Of(S(self), x));
        type.SetAttribute("maketrans", new PyBuiltinFunction("maketrans", MakeTrans));
    }

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var n = Args.PositionalCount(args, kwnames);
        Args.OnlyKeywords("str", kwnames, "object", "encoding", "errors");
        if (n > 3) throw Errors.TypeError($"str() takes at most 3 arguments ({n} given)");
        var obj = n > 0 ? args[0] : Args.Keyword(args, kwnames, "object");
        var encoding = n > 1 ? args[1] : Args.Keyword(args, kwnames, "encoding");
        var errors = n > 2 ? args[2] : Args.Keyword(args, kwnames, "errors");
        if (obj is null) return PyStr.Empty;
        if (encoding is null && errors is null) return Text.ToStr(obj);
        if (obj is PyStr) throw Errors.TypeError("decoding str is not supported");
        return Codecs.Decode(obj, encoding is null ? "utf-8" : StrArg(encoding, "str", "encoding"), errors is null ? "strict" : StrArg(errors, "str", "errors"));
    }

    /// <summary>
    /// <c>template.format(...)</c> as the str CPython gives: "{}" or "{0}" of one exact str is that
    /// str itself (CPython's writer takes it without a copy) and of any other value but an int the
    /// new str format() made; else an empty or one-character Latin-1 result is the shared str, as
    /// CPython's writer gives it, and anything longer a new str.
    /// </summary>
    private static PyStr FormatResult(string template, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var whole = template is "{}" or "{0}" && (kw is null || kw.Length == 0) && args.Length == 1;
        if (whole && PyStr.IsExact(args[0])) return (PyStr)args[0];
        return Formatting.StrFormat.FormatStr(template, args, kw, shared: !whole || args[0].GetType() == typeof(PyInt));
    }

    internal static string S(PyObject self) => ((PyStr)self).Value;

    internal static string StrArg(PyObject o, string function, string what) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"{function}() argument '{what}' must be str, not {o.Type.TpName}");

    /// <summary>A positional str argument with CPython's "must be str" message.</summary>
    internal static string StrArgN(PyObject o, string function, int position) =>
        o is PyStr s ? s.Value : throw StrArgError(o, function, position);

    internal static Exceptions.PyException StrArgError(PyObject o, string function, int position) =>
        Errors.TypeError($"{function}() argument {position} must be str, not {o.Type.TpName}");

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("str.maketrans() takes no keyword arguments");
        Args.Count("maketrans", args.Length, 1, 3);
        var table = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d) throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, v) in d.Pairs)
            {
                if (k is PyStr ks)
                {
                    if (ks.CodePointCount != 1) throw Errors.ValueError("string keys in translate table must be of length 1");
                    table.Set(PyInt.From(char.ConvertToUtf32(ks.Value, 0)), v);
                }
                else if (k is PyInt) table.Set(k, v);
                else throw Errors.TypeError("keys in translate table must be strings or integers");
            }
            return table;
        }
        var x = StrArgN(args[0], "maketrans", 1);
        var y = StrArgN(args[1], "maketrans", 2);
        var xs = CodePoints(x);
        var ys = CodePoints(y);
        if (xs.Length != ys.Length) throw Errors.ValueError("the first two maketrans arguments must have equal length");
        for (var i = 0; i < xs.Length; i++) table.Set(PyInt.From(xs[i]), PyInt.From(ys[i]));
        if (args.Length == 3)
        {
            foreach (var c in CodePoints(StrArgN(args[2], "maketrans", 3))) table.Set(PyInt.From(c), PyNone.Instance);
        }
        return table;
    }

    /// <summary>The text of a str method's self as UTF-16, without making a string of an inline str.</summary>
    internal static ReadOnlySpan<char> Chars(PyObject self) => ((PyStr)self).Chars;

    /// <summary>The code points of <paramref name="s"/> one by one, without an array (lone surrogates kept as themselves).</summary>
    internal static CodePointWalk Walk(ReadOnlySpan<char> s) => new(s);

    internal ref struct CodePointWalk(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public int Current { get; private set; }

        public readonly CodePointWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _next;
            if (i >= _text.Length) return false;
            var c = _text[i];
            if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
            {
                Current = char.ConvertToUtf32(c, _text[i + 1]);
                _next = i + 2;
            }
            else
            {
                Current = c;
                _next = i + 1;
            }
            return true;
        }
    }

    /// <summary>The code points of <paramref name="s"/> (lone surrogates kept as themselves).</summary>
    internal static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        foreach (var c in Walk(s)) result.Add(c);
        return [.. result];
    }

    internal static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (var c in cps) AppendCodePoint(sb, c);
        return sb.ToString();
    }

    internal static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (var c in cps) AppendCodePoint(sb, c);
        return sb.ToString();
    }

    internal static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c);
        else sb.Append(char.ConvertFromUtf32(c));
    }
}
