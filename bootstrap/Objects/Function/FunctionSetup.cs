namespace PyPack.Runtime.Objects;

/// <summary>What a <c>def</c> statement sets on a new function beyond its code: module, docstring, keyword-only defaults, annotations.</summary>
public static class FunctionSetup
{
    public static PyFunction Define(PyFunction function, string module, PyObject? doc,
        Dictionary<string, PyObject>? kwDefaults = null, PyObject? annotations = null)
    {
        function.ModuleName = new PyStr(module);
        if (doc is not null) function.Doc = doc;
        function.KwDefaults = kwDefaults;
        function.Annotations = annotations;
        return function;
    }

    /// <summary><c>__annotations__</c>: names and values in CPython's order.</summary>
    public static PyDict Annotations(string[] names, PyObject[] values) => Make(names, values);

    private static PyDict Make(string[] names, PyObject[] values)
    {
        var d = new PyDict();
        for (var i = 0; i < names.Length; i++) d.Set(new PyStr(names[i]), values[i]);
        return d;
    }
}
