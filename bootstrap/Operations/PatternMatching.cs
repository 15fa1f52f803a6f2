using PyPack.Runtime.Builtins;
using PyPack.Runtime.Modules.Collections;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The run-time half of <c>match</c>: CPython's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
/// MATCH_CLASS, with its error messages. The compiled code does the control flow and binds names.
/// </summary>
public static class PatternMatching
{
    // CPython marks these with Py_TPFLAGS_SEQUENCE (str, bytes and bytearray are deliberately not sequences here).
    private static readonly PyType[] s_sequenceTypes = [PyList.TypeObject, PyTuple.TypeObject, PyRange.TypeObject, PyDeque.TypeObject, PyMemoryView.TypeObject];

    // _Py_TPFLAGS_MATCH_SELF: `int(x)` matches the subject itself.
    private static readonly PyType[] s_matchSelfTypes =
    [
        PyBool.TypeObject, PyBytes.ByteArrayType, PyBytes.BytesType, PyDict.TypeObject, PyFloat.TypeObject,
        PySet.FrozenSetType, PyInt.TypeObject, PyList.TypeObject, PySet.SetType, PyStr.TypeObject, PyTuple.TypeObject,
    ];

    /// <summary>A value pattern: <c>subject == value</c>, by its truth (no identity shortcut).</summary>
    public static bool ValueEquals(PyObject subject, PyObject value) =>
        Truth.IsTrue(Comparison.Compare(subject, value, CompareOp.Eq));

    public static bool IsSequence(PyObject subject) => InheritsAny(subject.Type, s_sequenceTypes);

    public static bool IsMapping(PyObject subject) => subject.Type.IsSubtypeOf(PyDict.TypeObject);

    public static long Length(PyObject subject) => BuiltinsModule.Len(subject);

    /// <summary>The items of a sequence subject whose length was just checked.</summary>
    public static PyObject[] Items(PyObject subject) => subject switch
    {
        PyTuple t => t.Items.ToArray(),
        _ => Iteration.ToArray(subject),
    };

    /// <summary>The items a star sub-pattern captures: a new list of <c>items[start:Length-after]</c>.</summary>
    public static PyObject StarItems(PyObject[] items, int start, int after) =>
        new PyList(items.AsSpan(start, items.Length - start - after).ToArray());

    /// <summary>
    /// MATCH_KEYS: the values of <paramref name="keys"/> looked up with the subject's <c>get</c>, or
    /// null when one is missing. A key given twice is a ValueError.
    /// </summary>
    public static PyObject[]? MatchKeys(PyObject subject, PyObject[] keys)
    {
        if (keys.Length == 0) return [];
        var get = Attributes.GetAttr(subject, "get");
        var seen = new PySet();
        var missing = new PyInstanceMarker();
        var values = new PyObject[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (seen.ContainsKey(keys[i]) || !seen.Add(keys[i]))
            {
                throw Errors.ValueError($"mapping pattern checks duplicate key ({keys[i].Repr()})");
            }
            var value = get.Call2(keys[i], missing);
            if (ReferenceEquals(value, missing)) return null;
            values[i] = value;
        }
        return values;
    }

    /// <summary><c>**rest</c>: a new dict of the subject's items without the matched keys.</summary>
    public static PyObject Rest(PyObject subject, PyObject[] keys)
    {
        var rest = subject is PyDict d ? d.Copy() : (PyDict)PyDict.TypeObject.Call1(subject);
        foreach (var key in keys) Subscript.DelItem(rest, key);
        return rest;
    }

    /// <summary>
    /// MATCH_CLASS: null when the subject is not an instance of <paramref name="cls"/> or lacks an
    /// attribute; otherwise the positional sub-patterns' subjects (through <c>__match_args__</c>)
    /// followed by the keyword ones'.
    /// </summary>
    public static PyObject[]? MatchClass(PyObject subject, PyObject cls, int positional, string[] keywords)
    {
        if (cls is not PyType type) throw Errors.TypeError("called match pattern must be a type");
        if (!BuiltinsModule.IsInstanceOf(subject, type)) return null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var attrs = new PyObject[positional + keywords.Length];
        if (positional > 0)
        {
            var matchSelf = false;
            PyObject[] names;
            var matchArgs = Attributes.TryGetAttr(type, "__match_args__");
            if (matchArgs is null)
            {
                names = [];
                matchSelf = InheritsAny(type, s_matchSelfTypes);
            }
            else if (matchArgs is PyTuple t && ReferenceEquals(t.Type, PyTuple.TypeObject))
            {
                names = t.Items.ToArray();
            }
            else
            {
                throw Errors.TypeError($"{type.TpName}.__match_args__ must be a tuple (got {matchArgs.Type.TpName})");
            }
            var allowed = matchSelf ? 1 : names.Length;
            if (allowed < positional)
            {
                var plural = allowed == 1 ? "" : "s";
                throw Errors.TypeError($"{type.TpName}() accepts {allowed} positional sub-pattern{plural} ({positional} given)");
            }
            if (matchSelf)
            {
                attrs[0] = subject;
            }
            else
            {
                for (var i = 0; i < positional; i++)
                {
                    if (names[i] is not PyStr name || !ReferenceEquals(name.Type, PyStr.TypeObject))
                    {
                        throw Errors.TypeError($"__match_args__ elements must be strings (got {names[i].Type.TpName})");
                    }
                    var attr = ClassAttribute(subject, type, name.Value, seen);
                    if (attr is null) return null;
                    attrs[i] = attr;
                }
            }
        }
        for (var k = 0; k < keywords.Length; k++)
        {
            var attr = ClassAttribute(subject, type, keywords[k], seen);
            if (attr is null) return null;
            attrs[positional + k] = attr;
        }
        return attrs;
    }

    private static PyObject? ClassAttribute(PyObject subject, PyType type, string name, HashSet<string> seen)
    {
        if (!seen.Add(name)) throw Errors.TypeError($"{type.TpName}() got multiple sub-patterns for attribute {new PyStr(name).Repr()}");
        return Attributes.TryGetAttr(subject, name);
    }

    private static bool InheritsAny(PyType type, PyType[] bases)
    {
        foreach (var b in bases)
        {
            if (type.IsSubtypeOf(b)) return true;
        }
        return false;
    }

    /// <summary>The default MATCH_KEYS passes to <c>get</c>: a fresh <c>object()</c> no mapping holds.</summary>
    private sealed class PyInstanceMarker : PyObject
    {
        public override PyType Type => PyType.ObjectType;
    }
}
