using System.Globalization;
using System.Text;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Json;

/// <summary>json.loads: a recursive-descent scanner with CPython's error messages and positions.</summary>
internal sealed class JsonDecoder(string text)
{
    public PyObject? ObjectHook { get; init; }
    public PyObject? ObjectPairsHook { get; init; }
    public PyObject? ParseFloat { get; init; }
    public PyObject? ParseInt { get; init; }
    public PyObject? ParseConstant { get; init; }
    public bool Strict { get; init; } = true;

    private readonly string _s = text;

    // Object keys seen so far: repeated keys share one str (and its cached hash), as CPython's
    // scanner memoizes them.
    private readonly Dictionary<string, PyStr>.AlternateLookup<ReadOnlySpan<char>> _keysBySpan =
        new Dictionary<string, PyStr>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The members and items of the objects and arrays being parsed, nested ones above their
    // parents': each container is then built once at its exact size, with no per-container buffer.
    // The stacks stay from call to call on a thread (a long array would otherwise regrow them at
    // every call, into the large object heap); a loads run by a hook works above its caller's part.
    [ThreadStatic] private static List<(PyObject Key, PyObject Value)>? t_pairs;
    [ThreadStatic] private static List<PyObject>? t_items;
    private readonly List<(PyObject Key, PyObject Value)> _pairs = t_pairs ??= [];
    private readonly List<PyObject> _items = t_items ??= [];

    /// <summary>The document's one value, between optional whitespace (JSONDecoder.decode).</summary>
    public PyObject Decode()
    {
        var value = RawDecode(SkipSpace(0), out var pos);
        pos = SkipSpace(pos);
        if (pos != _s.Length) throw Error("Extra data", pos);
        return value;
    }

    /// <summary>
    /// The value that starts at UTF-16 offset <paramref name="start"/> (no whitespace skipped) and
    /// the offset after it (JSONDecoder.raw_decode).
    /// </summary>
    public PyObject RawDecode(int start, out int end)
    {
        int pairsBase = _pairs.Count, itemsBase = _items.Count;
        try
        {
            end = start;
            return Value(ref end);
        }
        finally
        {
            // What an error left on the stacks goes (a normal end leaves nothing).
            _pairs.RemoveRange(pairsBase, _pairs.Count - pairsBase);
            _items.RemoveRange(itemsBase, _items.Count - itemsBase);
        }
    }

    /// <summary>The offset of the first char at or after <paramref name="pos"/> that is not JSON whitespace.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int SkipSpace(int pos)
    {
        // Inline for what most documents hold at these places: no space, or the one space of
        // dumps' default ", " and ": " separators. Anything else takes the loop.
        var s = _s;
        if ((uint)pos < (uint)s.Length)
        {
            var c = s[pos];
            if (c > ' ') return pos;
            if (c == ' ' && (uint)(pos + 1) < (uint)s.Length && s[pos + 1] > ' ') return pos + 1;
        }
        return SkipSpaces(pos);
    }

    private int SkipSpaces(int pos)
    {
        while (pos < _s.Length && _s[pos] is ' ' or '\t' or '\n' or '\r') pos++;
        return pos;
    }

    private Exceptions.PyException Error(string message, int pos) => JsonDecodeError.Create(message, _s, pos).ToException();

    private PyObject Value(ref int pos)
    {
        if (pos >= _s.Length) throw Error("Expecting value", pos);
        var c = _s[pos];
        switch (c)
        {
            case '"':
                return StringValue(ref pos);
            case '{':
                return Object(ref pos);
            case '[':
                return Array(ref pos);
        }
        // Numbers first, and each word only where its first letter is (no compare per number).
        if (char.IsAsciiDigit(c)) return Number(ref pos);
        switch (c)
        {
            case 'n' when Matches(pos, "null"): pos += 4; return PyNone.Instance;
            case 't' when Matches(pos, "true"): pos += 4; return PyBool.True;
            case 'f' when Matches(pos, "false"): pos += 5; return PyBool.False;
            case 'N' when Matches(pos, "NaN"): pos += 3; return Constant("NaN", PyFloat.NaN);
            case 'I' when Matches(pos, "Infinity"): pos += 8; return Constant("Infinity", double.PositiveInfinity);
            case '-' when Matches(pos, "-Infinity"): pos += 9; return Constant("-Infinity", double.NegativeInfinity);
            case '-': return Number(ref pos);
        }
        throw Error("Expecting value", pos);
    }

    private bool Matches(int pos, string word) => string.CompareOrdinal(_s, pos, word, 0, word.Length) == 0;

    private PyObject Constant(string name, double value) =>
        ParseConstant is not null ? ParseConstant.Call1(new PyStr(name)) : new PyFloat(value);

    private PyObject Number(ref int pos)
    {
        var start = pos;
        var i = pos;
        if (_s[i] == '-') i++;
        if (i >= _s.Length || !char.IsAsciiDigit(_s[i])) throw Error("Expecting value", start);
        // The integer part's value on the way (exact up to 18 digits).
        long whole = 0;
        if (_s[i] == '0') i++;
        else while (i < _s.Length && char.IsAsciiDigit(_s[i])) whole = whole * 10 + (_s[i++] - '0');
        var isFloat = false;
        // The fraction's digits with the integer part's, while they fit a double's exact integers.
        var intDigits = i - start - (_s[start] == '-' ? 1 : 0);
        var mantissa = whole;
        var fracDigits = 0;
        if (i + 1 < _s.Length && _s[i] == '.' && char.IsAsciiDigit(_s[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < _s.Length && char.IsAsciiDigit(_s[i]))
            {
                if (fracDigits < 16) mantissa = mantissa * 10 + (_s[i] - '0');
                fracDigits++;
                i++;
            }
        }
        var exponent = false;
        if (i < _s.Length && _s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < _s.Length && _s[j] is '+' or '-') j++;
            if (j < _s.Length && char.IsAsciiDigit(_s[j]))
            {
                while (j < _s.Length && char.IsAsciiDigit(_s[j])) j++;
                isFloat = exponent = true;
                i = j;
            }
        }
        pos = i;
        var literal = _s.AsSpan(start, i - start);
        if (isFloat && ParseFloat is null && !exponent && intDigits + fracDigits <= 15 && fracDigits <= 22)
        {
            // Both exact doubles (at most 15 digits, 10**22 at most): their quotient is the
            // correctly rounded value, as the full parse gives (Clinger's fast path).
            var value = mantissa / s_powersOfTen[fracDigits];
            return new PyFloat(_s[start] == '-' ? -value : value);
        }
        if (isFloat)
        {
            return ParseFloat is not null
                ? ParseFloat.Call1(new PyStr(literal.ToString()))
                : new PyFloat(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (ParseInt is not null) return ParseInt.Call1(new PyStr(literal.ToString()));
        if (literal.Length < 18) return PyInt.From(_s[start] == '-' ? -whole : whole);
        // CPython's default parse_int is int(): its digit limit (ValueError past 4300) holds here too.
        return IntParsing.Parse(literal.ToString(), 10);
    }

    private static readonly double[] s_powersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    // Short string values repeat in most documents (enum-like fields: kinds, states, codes, tags),
    // so the last str made for each of these slots, chosen by a hash of the text, is given again
    // for the same text: one str instead of one per occurrence (two objects each, which the
    // collector would also copy while the result grows). A miss costs the hash and replaces the
    // slot. strs are immutable and their identity is CPython's implementation detail (it shares
    // one-character strs itself). The table stays with the thread, so it holds at most Slots strs
    // of up to ShortValue chars between calls.
    private const int ShortValue = 16, Slots = 512;
    [ThreadStatic] private static PyStr?[]? t_shortValues;

    private PyStr StringValue(ref int pos)
    {
        // As String's plain path (no escape, no control character when strict), plus the table.
        var end = _s.AsSpan(pos + 1).IndexOfAny('"', '\\');
        if (end < 0 || _s[pos + 1 + end] != '"') return new PyStr(String(ref pos));
        var text = _s.AsSpan(pos + 1, end);
        if (Strict && CharRanges.HasControl(text)) return new PyStr(String(ref pos));
        pos += end + 2;
        // A short text becomes one object (the str's inline form), a long one a str over a string.
        if (end > ShortValue) return PyStr.Of(text);
        var slots = t_shortValues ??= new PyStr?[Slots];
        ref var slot = ref slots[ShortHash(text) & (Slots - 1)];
        if (slot is { } known && known.Chars.SequenceEqual(text)) return known;
        return slot = PyStr.Of(text);
    }

    // FNV-1a over the chars: the texts are short, and only the slot's bits are used.
    private static int ShortHash(ReadOnlySpan<char> text)
    {
        var h = 2166136261u;
        foreach (var c in text) h = (h ^ c) * 16777619u;
        return (int)(h ^ (h >> 15));
    }

    /// <summary>A string starting at the quote at <paramref name="pos"/>; leaves pos after the closing quote.</summary>
    private string String(ref int pos)
    {
        // Most strings have no escape: found with a vectorized search, copied at once.
        var end = _s.AsSpan(pos + 1).IndexOfAny('"', '\\');
        if (end >= 0 && _s[pos + 1 + end] == '"' && (!Strict || !CharRanges.HasControl(_s.AsSpan(pos + 1, end))))
        {
            var plain = _s.Substring(pos + 1, end);
            pos += end + 2;
            return plain;
        }
        var begin = pos;
        var i = pos + 1;
        StringBuilder? sb = null;
        var chunkStart = i;
        while (true)
        {
            if (i >= _s.Length) throw Error("Unterminated string starting at", begin);
            var c = _s[i];
            if (c == '"')
            {
                pos = i + 1;
                if (sb is null) return _s[chunkStart..i];
                return sb.Append(_s, chunkStart, i - chunkStart).ToString();
            }
            if (c < 0x20 && Strict) throw Error("Invalid control character at", i);
            if (c != '\\')
            {
                i++;
                continue;
            }
            sb ??= new StringBuilder();
            sb.Append(_s, chunkStart, i - chunkStart);
            if (i + 1 >= _s.Length) throw Error("Unterminated string starting at", begin);
            var e = _s[i + 1];
            switch (e)
            {
                case '"': sb.Append('"'); i += 2; break;
                case '\\': sb.Append('\\'); i += 2; break;
                case '/': sb.Append('/'); i += 2; break;
                case 'b': sb.Append('\b'); i += 2; break;
                case 'f': sb.Append('\f'); i += 2; break;
                case 'n': sb.Append('\n'); i += 2; break;
                case 'r': sb.Append('\r'); i += 2; break;
                case 't': sb.Append('\t'); i += 2; break;
                case 'u':
                    var unit = Hex4(i + 2) ?? throw Error("Invalid \\uXXXX escape", i + 1);
                    i += 6;
                    // A high surrogate followed by an escaped low one is one code point; CPython keeps lone ones.
                    if (char.IsHighSurrogate((char)unit) && i + 1 < _s.Length && _s[i] == '\\' && _s[i + 1] == 'u')
                    {
                        var low = Hex4(i + 2) ?? throw Error("Invalid \\uXXXX escape", i + 1);
                        if (char.IsLowSurrogate((char)low))
                        {
                            sb.Append((char)unit).Append((char)low);
                            i += 6;
                            break;
                        }
                    }
                    sb.Append((char)unit);
                    break;
                default:
                    throw Error("Invalid \\escape", i);
            }
            chunkStart = i;
        }
    }

    // The last plain key read at each member position of objects at each nesting depth: records
    // of one shape repeat their keys in order, and a key whose raw text equals a plain key's is
    // that key (no hashing needed). By depth, so that a record and the object nested in it (whose
    // keys would take the same positions) do not replace each other's hints at every record.
    private const int KeyHints = 16, HintDepths = 4;
    private readonly PyStr?[] _keyHints = new PyStr?[KeyHints];  // objects at depth 1
    private PyStr?[]? _nestedKeyHints;                            // depths 2 to HintDepths, made when met
    private int _objectDepth;

    /// <summary>The hints of the objects being read now and the index of <paramref name="member"/>'s, or null past the hinted ones.</summary>
    private PyStr?[]? HintsFor(int member, out int index)
    {
        index = member;
        if (member >= KeyHints || _objectDepth > HintDepths) return null;
        if (_objectDepth <= 1) return _keyHints;
        index = (_objectDepth - 2) * KeyHints + member;
        return _nestedKeyHints ??= new PyStr?[(HintDepths - 1) * KeyHints];
    }

    /// <summary>
    /// The key of member <paramref name="member"/> of an object. One without escapes is looked
    /// up by its span, so a repeated key costs no allocation at all.
    /// </summary>
    private PyStr Key(ref int pos, int member)
    {
        var hints = HintsFor(member, out var hintIndex);
        if (hints?[hintIndex] is { } hint)
        {
            // A plain key holds no quote, backslash or control character: the same raw text is the same key.
            var text = hint.Value;
            var close = pos + 1 + text.Length;
            if (close < _s.Length && _s[close] == '"' && _s.AsSpan(pos + 1, text.Length).SequenceEqual(text))
            {
                pos = close + 1;
                return hint;
            }
        }
        PyStr? key;
        var end = _s.AsSpan(pos + 1).IndexOfAny('"', '\\');
        if (end >= 0 && _s[pos + 1 + end] == '"' && !CharRanges.HasControl(_s.AsSpan(pos + 1, end)))
        {
            var span = _s.AsSpan(pos + 1, end);
            if (!_keysBySpan.TryGetValue(span, out key))
            {
                var text = span.ToString();
                _keysBySpan.Dictionary.Add(text, key = new PyStr(text));
            }
            pos += end + 2;
            if (hints is not null) hints[hintIndex] = key;
            return key;
        }
        var decoded = String(ref pos);
        var keys = _keysBySpan.Dictionary;
        if (!keys.TryGetValue(decoded, out key)) keys.Add(decoded, key = new PyStr(decoded));
        return key;
    }

    private int? Hex4(int at)
    {
        if (at + 4 > _s.Length) return null;
        var value = 0;
        for (var k = 0; k < 4; k++)
        {
            var d = _s[at + k];
            int v = d switch
            {
                >= '0' and <= '9' => d - '0',
                >= 'a' and <= 'f' => d - 'a' + 10,
                >= 'A' and <= 'F' => d - 'A' + 10,
                _ => -1,
            };
            if (v < 0) return null;
            value = value * 16 + v;
        }
        return value;
    }

    private PyObject Object(ref int pos)
    {
        CallDepth.Enter();
        _objectDepth++;
        try
        {
            var start = _pairs.Count;
            var i = SkipSpace(pos + 1);
            if (i < _s.Length && _s[i] == '}')
            {
                pos = i + 1;
                return FinishObject(start);
            }
            while (true)
            {
                if (i >= _s.Length || _s[i] != '"') throw Error("Expecting property name enclosed in double quotes", i);
                var key = Key(ref i, _pairs.Count - start);
                i = SkipSpace(i);
                if (i >= _s.Length || _s[i] != ':') throw Error("Expecting ':' delimiter", i);
                i = SkipSpace(i + 1);
                var value = Value(ref i);
                _pairs.Add((key, value));
                i = SkipSpace(i);
                if (i < _s.Length && _s[i] == '}')
                {
                    pos = i + 1;
                    return FinishObject(start);
                }
                if (i >= _s.Length || _s[i] != ',') throw Error("Expecting ',' delimiter", i);
                i = SkipSpace(i + 1);
            }
        }
        finally
        {
            _objectDepth--;
            CallDepth.Leave();
        }
    }

    // The members from stack position start on become the object; the hooks run after they are popped.
    private PyObject FinishObject(int start)
    {
        var count = _pairs.Count - start;
        if (ObjectPairsHook is not null)
        {
            var list = new PyList(count);
            for (var k = start; k < _pairs.Count; k++) list.Append(PyTuple.Of(_pairs[k].Key, _pairs[k].Value));
            _pairs.RemoveRange(start, count);
            return ObjectPairsHook.Call1(list);
        }
        // Keys come from Key(), which gives equal ones the same str.
        var dict = PyDict.FromSharedStrKeys(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pairs).Slice(start, count));
        _pairs.RemoveRange(start, count);
        return ObjectHook is not null ? ObjectHook.Call1(dict) : dict;
    }

    private PyList FinishArray(int start)
    {
        var count = _items.Count - start;
        var list = new PyList(count);
        for (var k = start; k < _items.Count; k++) list.Append(_items[k]);
        _items.RemoveRange(start, count);
        return list;
    }

    private PyObject Array(ref int pos)
    {
        CallDepth.Enter();
        try
        {
            var start = _items.Count;
            var i = SkipSpace(pos + 1);
            if (i < _s.Length && _s[i] == ']')
            {
                pos = i + 1;
                return new PyList();
            }
            while (true)
            {
                _items.Add(Value(ref i));
                i = SkipSpace(i);
                if (i < _s.Length && _s[i] == ']')
                {
                    pos = i + 1;
                    return FinishArray(start);
                }
                if (i >= _s.Length || _s[i] != ',') throw Error("Expecting ',' delimiter", i);
                i = SkipSpace(i + 1);
            }
        }
        finally
        {
            CallDepth.Leave();
        }
    }
}
