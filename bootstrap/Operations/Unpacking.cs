using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>a, b = value</c>: exactly <c>count</c> items, with CPython's messages otherwise.</summary>
public static class Unpacking
{
    public static PyObject[] Unpack(PyObject value, int count)
    {
        switch (value)
        {
            case PyTuple t when t.Count == count: return t.Items.ToArray();
            case PyList l when l.Count == count: return l.Items.ToArray();
        }
        var it = value.Iter() ?? throw Errors.TypeError($"cannot unpack non-iterable {value.Type.Name} object");
        var items = new PyObject[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = it.Next() ?? throw Errors.ValueError($"not enough values to unpack (expected {count}, got {i})");
        }
        if (it.Next() is not null)
        {
            var length = value.Length();
            throw Errors.ValueError(length >= 0
                ? $"too many values to unpack (expected {count}, got {length})"
                : $"too many values to unpack (expected {count})");
        }
        return items;
    }
}
