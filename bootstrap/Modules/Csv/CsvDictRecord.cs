using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Csv;

/// <summary>
/// The dict csv.DictReader makes of a record: <c>dict(zip(fieldnames, row))</c>, then restval for
/// each field name past the row's end or the row's surplus under restkey, as csv.py does in
/// CPython. Built here, it costs no zip, pair tuples or dict regrowth per row: reading a file's
/// records was mostly that and the garbage collections it caused.
/// </summary>
internal static class CsvDictRecord
{
    /// <summary>The record's dict, or null when the names or the row are not exact lists or tuples
    /// (csv.py then builds it itself, calling what those objects define).</summary>
    public static PyDict? Build(PyObject names, PyObject row, PyObject restkey, PyObject restval)
    {
        if (row.GetType() != typeof(PyList) || !IsExactSequence(names)) return null;
        var values = (PyList)row;
        var record = new PyDict(Math.Min(Count(names), values.Count));
        // Re-read both lengths at each step, as zip's list iterators do: a key's __hash__ or __eq__
        // may change either list.
        for (var i = 0; i < Count(names) && i < values.Count; i++)
        {
            record.Set(Item(names, i), values[i]);
        }
        // Repeated names made fewer entries than the dict was sized for.
        record.FitToCount();
        var lf = Count(names);
        var lr = values.Count;
        if (lr < lf)
        {
            // Over a copy of the missing names, as fieldnames[lr:] is.
            foreach (var name in Items(names)[lr..].ToArray()) record.Set(name, restval);
        }
        else if (lf < lr)
        {
            record.Set(restkey, new PyList(values.Items[lf..].ToArray()));
        }
        return record;
    }

    private static bool IsExactSequence(PyObject o) => o.GetType() == typeof(PyList) || PyTuple.AsExact(o) is not null;

    private static int Count(PyObject names) => names is PyList list ? list.Count : ((PyTuple)names).Count;

    private static PyObject Item(PyObject names, int i) => names is PyList list ? list[i] : ((PyTuple)names)[i];

    private static ReadOnlySpan<PyObject> Items(PyObject names) => names is PyList list ? list.Items : ((PyTuple)names).Items;
}
