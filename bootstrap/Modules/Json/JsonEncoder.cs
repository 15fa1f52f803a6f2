using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Json;

/// <summary>
/// json.dumps: CPython's encoder output to the byte (separators, indentation, float repr,
/// \uXXXX escapes with surrogate pairs), written into one JsonTextBuffer.
/// </summary>
internal sealed class JsonEncoder
{
    public bool SkipKeys { get; init; }
    public bool EnsureAscii { get; init; } = true;
    public bool CheckCircular { get; init; } = true;
    public bool AllowNan { get; init; } = true;
    public bool SortKeys { get; init; }
    public string? Indent { get; init; }
    public string ItemSeparator { get; init; } = ", ";
    public string KeySeparator { get; init; } = ": ";
    public PyObject? Default { get; init; }

    private readonly JsonTextBuffer _out = new();
    private int _level;
    private readonly List<(PyObject Key, PyObject Value)> _pairs = [];

    // The containers being written, outermost first (check_circular): the path is short, so it
    // is scanned; the part past ShallowPath is also in a set, for deep nesting.
    private const int ShallowPath = 16;
    private readonly List<PyObject> _path = [];
    private HashSet<PyObject>? _deepPath;

    public string Encode(PyObject value)
    {
        Write(value);
        return _out.ToString();
    }

    /// <summary>
    /// <see cref="Encode"/> as a str. ensure_ascii's text is ASCII but for the indent and the
    /// separators: when they hold no surrogate either, the str skips the scan for pairs (a pass
    /// over all of a large text).
    /// </summary>
    public PyStr EncodeStr(PyObject value)
    {
        var text = Encode(value);
        return EnsureAscii && !HasSurrogate(Indent) && !HasSurrogate(ItemSeparator) && !HasSurrogate(KeySeparator)
            ? PyStr.Unpaired(text)
            : new PyStr(text);

        static bool HasSurrogate(string? s) => s is not null && CharRanges.IndexOfSurrogate(s.AsSpan()) >= 0;
    }

    private void Write(PyObject value)
    {
        // The exact builtin types by their .NET type first: one compare each, where the type
        // patterns below walk the class chain of every value that is not the first one tried.
        // (GetType() compared in place: kept in a local it becomes a call.)
        if (PyStr.IsExact(value))
        {
            WriteString(Unsafe.As<PyStr>(value).Chars);
            return;
        }
        if (value.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(value) is { IsSmall: true } small)
        {
            _out.Append(small.Small);
            return;
        }
        if (value.GetType() == typeof(PyDict))
        {
            WriteObject(Unsafe.As<PyDict>(value));
            return;
        }
        if (value.GetType() == typeof(PyList))
        {
            WriteArray(Unsafe.As<PyList>(value));
            return;
        }
        switch (value)
        {
            case PyStr s:
                WriteString(s.Value);
                return;
            case PyNone:
                _out.Append("null");
                return;
            case PyBool b:
                _out.Append(b.IsTrue() ? "true" : "false");
                return;
            case PyInt i when i.IsSmall:
                _out.Append(i.Small);
                return;
            case PyInt i:
                _out.Append(IntText(i));
                return;
            case PyFloat f:
                if (double.IsFinite(f.Value) && f.Value != 0) _out.AppendFloat(f.Value);
                else _out.Append(FloatText(f.Value));
                return;
            case PyList list:
                WriteArray(list);
                return;
            case PyTuple tuple:
                WriteArray(tuple);
                return;
            case PyDict dict:
                WriteObject(dict);
                return;
        }
        if (Default is null) throw Errors.TypeError($"Object of type {value.Type.TpName} is not JSON serializable");
        Enter(value);
        try
        {
            Write(Default.Call1(value));
        }
        finally
        {
            Leave(value);
        }
    }

    // int.__repr__ of the value, as CPython's encoder writes an int subclass (an IntEnum member is its number).
    private static string IntText(PyInt i) =>
        i.IsSmall ? i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture) : IntFormatting.ToDecimal(i);

    private string FloatText(double d)
    {
        if (double.IsFinite(d)) return FloatRepr.Of(d);
        if (!AllowNan) throw Errors.ValueError("Out of range float values are not JSON compliant");
        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void Enter(PyObject container)
    {
        if (CheckCircular)
        {
            var shallow = Math.Min(_path.Count, ShallowPath);
            for (var i = 0; i < shallow; i++)
            {
                if (ReferenceEquals(_path[i], container)) throw Errors.ValueError("Circular reference detected");
            }
            if (_path.Count >= ShallowPath && !(_deepPath ??= new(ReferenceEqualityComparer.Instance)).Add(container))
            {
                throw Errors.ValueError("Circular reference detected");
            }
            _path.Add(container);
        }
        CallDepth.Enter();
    }

    private void Leave(PyObject container)
    {
        CallDepth.Leave();
        if (CheckCircular)
        {
            // Containers leave in the reverse order they entered.
            _path.RemoveAt(_path.Count - 1);
            if (_path.Count >= ShallowPath) _deepPath!.Remove(container);
        }
    }

    private void NewLine()
    {
        _out.Append('\n');
        _out.AppendRepeated(Indent!, _level);
    }

    // A list is read by index with its length read again at each item, as CPython's encoder
    // walks it, so a default() hook that changes the list sees the same outcome.
    private static int ItemCount(PyObject container) =>
        container is PyList list ? list.Count : ((PyTuple)container).Count;

    private static PyObject ItemAt(PyObject container, int i) =>
        container is PyList list ? list[i] : ((PyTuple)container)[i];

    private void WriteArray(PyObject container)
    {
        if (ItemCount(container) == 0)
        {
            _out.Append("[]");
            return;
        }
        Enter(container);
        _out.Append('[');
        _level++;
        if (Indent is not null) NewLine();
        for (var i = 0; i < ItemCount(container); i++)
        {
            if (i > 0)
            {
                _out.Append(ItemSeparator);
                if (Indent is not null) NewLine();
            }
            Write(ItemAt(container, i));
        }
        _level--;
        if (Indent is not null) NewLine();
        _out.Append(']');
        Leave(container);
    }

    private void WriteObject(PyDict dict)
    {
        if (dict.Count == 0)
        {
            _out.Append("{}");
            return;
        }
        Enter(dict);
        // The pairs go on a stack shared by the nesting levels (no list per dict): this dict's
        // are from start on, above its parents' and popped before returning.
        var start = _pairs.Count;
        var allStr = true;
        for (var pos = 0; dict.NextEntry(ref pos, out var k, out var v);)
        {
            _pairs.Add((k, v));
            allStr &= PyStr.IsExact(k);
        }
        var count = _pairs.Count - start;
        int[]? order = null;
        if (SortKeys)
        {
            if (allStr)
            {
                order = SortStrKeys(CollectionsMarshal.AsSpan(_pairs).Slice(start, count));
            }
            else
            {
                // A stable merge sort by key with Python's '<', so mixed key types raise as CPython's sort does.
                var sorted = MergeSort(_pairs.GetRange(start, count));
                for (var i = 0; i < count; i++) _pairs[start + i] = sorted[i];
            }
        }
        _out.Append('{');
        _level++;
        if (Indent is not null) NewLine();
        var first = true;
        for (var n = 0; n < count; n++)
        {
            var (key, value) = _pairs[start + (order is null ? n : order[n])];
            string keyText = "";
            PyStr? keyStr = null; // an exact str key is written from its characters, no string made
            if (PyStr.IsExact(key)) keyStr = Unsafe.As<PyStr>(key);
            else switch (key)
            {
                case PyStr s: keyText = s.Value; break;
                case PyBool b: keyText = b.IsTrue() ? "true" : "false"; break;
                case PyInt i: keyText = IntText(i); break;
                case PyFloat f: keyText = FloatText(f.Value); break;
                case PyNone: keyText = "null"; break;
                default:
                    if (SkipKeys) continue;
                    throw Errors.TypeError($"keys must be str, int, float, bool or None, not {key.Type.TpName}");
            }
            if (!first)
            {
                _out.Append(ItemSeparator);
                if (Indent is not null) NewLine();
            }
            first = false;
            if (keyStr is not null) WriteKey(keyStr);
            else
            {
                WriteString(keyText);
                _out.Append(KeySeparator);
            }
            Write(value);
        }
        _pairs.RemoveRange(start, count);
        _level--;
        if (Indent is not null) NewLine();
        _out.Append('}');
        Leave(dict);
    }

    // The text of recently written exact str keys with the key separator after them ("name": ):
    // records repeat their keys, so each key is escaped once instead of at every record. Found by
    // the key object (an exact str's text never changes) and the options that shape the text, in
    // a slot chosen by the key's hash. Kept with the thread, so they serve the next dumps too (at
    // most Slots short keys held).
    private sealed class KeyText(PyStr key, bool ascii, string separator, string text)
    {
        public readonly PyStr Key = key;
        public readonly bool Ascii = ascii;
        public readonly string Separator = separator;
        public readonly string Text = text;
    }

    // Two places per key, chosen by different bits of its hash: a key that meets another in one
    // place still has its own in the other, so the keys of a record never keep replacing each other.
    private const int KeyTextSlots = 256, KeyTextLongest = 48;
    [ThreadStatic] private static KeyText?[]? t_keyTexts;

    /// <summary>An exact str key and the key separator.</summary>
    private void WriteKey(PyStr key)
    {
        var chars = key.Chars;
        if (chars.Length > KeyTextLongest)
        {
            WriteString(chars);
            _out.Append(KeySeparator);
            return;
        }
        var slots = t_keyTexts ??= new KeyText?[KeyTextSlots];
        var hash = key.TextHash();
        ref var first = ref slots[(int)hash & (KeyTextSlots - 1)];
        ref var second = ref slots[(int)(hash >> 32) & (KeyTextSlots - 1)];
        if (IsTextOf(first, key))
        {
            _out.Append(first!.Text);
            return;
        }
        if (IsTextOf(second, key))
        {
            _out.Append(second!.Text);
            return;
        }
        var start = _out.Length;
        WriteString(chars);
        _out.Append(KeySeparator);
        if (_out.TextSince(start) is not { } text) return;
        var made = new KeyText(key, EnsureAscii, KeySeparator, text);
        if (first is null) first = made;
        else second = made;
    }

    private bool IsTextOf(KeyText? known, PyStr key) =>
        known is not null && ReferenceEquals(known.Key, key) && known.Ascii == EnsureAscii && string.Equals(known.Separator, KeySeparator);

    // The orders of recently sorted key sequences: dicts of the same keys (records built from
    // the same literals, or decoded by one loads call, which shares its keys) sort alike, and
    // exact strs cannot change, so the same key objects in the same order give the same order.
    private sealed class KeyOrder(PyObject[] keys, int[] order)
    {
        public readonly PyObject[] Keys = keys;
        public readonly int[] Order = order;
    }

    private const int KeyOrderSlots = 4, KeyOrderLargest = 32;
    private readonly KeyOrder?[] _keyOrders = new KeyOrder?[KeyOrderSlots];
    private int _nextKeyOrder;

    /// <summary>
    /// The order by code point ('<' of distinct strs) of members whose keys are all exact strs:
    /// the positions to write them from, or null once they are sorted in place (many members).
    /// </summary>
    private int[]? SortStrKeys(Span<(PyObject Key, PyObject Value)> members)
    {
        var count = members.Length;
        if (count > KeyOrderLargest)
        {
            members.Sort(static (x, y) => StrComparison.CompareCodePoints(((PyStr)x.Key).Chars, ((PyStr)y.Key).Chars));
            return null;
        }
        foreach (var known in _keyOrders)
        {
            if (known is null || known.Keys.Length != count) continue;
            var same = true;
            for (var i = 0; i < count && same; i++) same = ReferenceEquals(known.Keys[i], members[i].Key);
            if (same) return known.Order;
        }
        return NewKeyOrder(members);
    }

    // Apart from SortStrKeys, whose every call would otherwise allocate this comparison's closure.
    private int[] NewKeyOrder(ReadOnlySpan<(PyObject Key, PyObject Value)> members)
    {
        var keys = new PyObject[members.Length];
        var order = new int[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            keys[i] = members[i].Key;
            order[i] = i;
        }
        System.Array.Sort(order, (x, y) => StrComparison.CompareCodePoints(((PyStr)keys[x]).Chars, ((PyStr)keys[y]).Chars));
        _keyOrders[_nextKeyOrder] = new KeyOrder(keys, order);
        _nextKeyOrder = (_nextKeyOrder + 1) % KeyOrderSlots;
        return order;
    }

    private static List<(PyObject Key, PyObject Value)> MergeSort(List<(PyObject Key, PyObject Value)> items)
    {
        if (items.Count <= 1) return items;
        var mid = items.Count / 2;
        var left = MergeSort(items[..mid]);
        var right = MergeSort(items[mid..]);
        var result = new List<(PyObject, PyObject)>(items.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            if (Operations.Comparison.CompareBool(right[j].Key, left[i].Key, CompareOp.Lt)) result.Add(right[j++]);
            else result.Add(left[i++]);
        }
        while (i < left.Count) result.Add(left[i++]);
        while (j < right.Count) result.Add(right[j++]);
        return result;
    }

    // What may be copied as is: printable ASCII but the quote and backslash (ensure_ascii), or
    // everything but those two and the control characters.
    private static readonly System.Buffers.SearchValues<char> s_asciiPlain =
        System.Buffers.SearchValues.Create(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('"' or '\\')).ToArray());
    private static readonly System.Buffers.SearchValues<char> s_needsEscape =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x20).Select(c => (char)c).Append('"').Append('\\').ToArray());

    private void WriteString(ReadOnlySpan<char> s)
    {
        _out.Append('"');
        var rest = s;
        // Runs of chars copied as they are, found with a vectorised search, between the chars that
        // need an escape (a text with a few accents or newlines is mostly runs).
        while (true)
        {
            var plain = EnsureAscii ? rest.IndexOfAnyExcept(s_asciiPlain) : rest.IndexOfAny(s_needsEscape);
            if (plain < 0)
            {
                _out.Append(rest);
                break;
            }
            _out.Append(rest[..plain]);
            // Escapes often come together (non-Latin text under ensure_ascii): each next char is
            // looked at directly, and the search starts again at the first that is copied as is.
            var next = plain;
            do WriteEscaped(rest[next++]);
            while (next < rest.Length && NeedsEscape(rest[next]));
            rest = rest[next..];
        }
        _out.Append('"');
    }

    private bool NeedsEscape(char c) => EnsureAscii ? !s_asciiPlain.Contains(c) : s_needsEscape.Contains(c);

    private void WriteEscaped(char c)
    {
        switch (c)
        {
            case '"': _out.Append("\\\""); break;
            case '\\': _out.Append("\\\\"); break;
            case '\n': _out.Append("\\n"); break;
            case '\r': _out.Append("\\r"); break;
            case '\t': _out.Append("\\t"); break;
            case '\b': _out.Append("\\b"); break;
            case '\f': _out.Append("\\f"); break;
            default:
                if (c < 0x20 || (EnsureAscii && c > 0x7E))
                {
                    // UTF-16 code units are exactly the \uXXXX (surrogate pair) form CPython writes.
                    _out.AppendUnicodeEscape(c);
                }
                else
                {
                    _out.Append(c);
                }
                break;
        }
    }

    /// <summary>json's encode_basestring(_ascii), for the module's helpers.</summary>
    public static string Quote(string s, bool ascii)
    {
        var e = new JsonEncoder { EnsureAscii = ascii };
        e.WriteString(s);
        return e._out.ToString();
    }
}
