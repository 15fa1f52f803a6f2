namespace PyPack.Runtime.Objects;

/// <summary>What a <c>def</c> statement sets on a new function beyond its code: module, docstring, keyword-only defaults, annotations.</summary>
public static class FunctionSetup
{
    // __module__ is one str per module, as in CPython (its functions share the module's __name__),
    // not a new str each time a nested def or lambda runs. The last one is kept: a module's
    // definitions pass the same literal. One object, so threads swap name and str together.
    private sealed class ModuleName(string name)
    {
        public readonly string Name = name;
        public readonly PyStr Value = new(name);
    }

    private static ModuleName? s_lastModule;

    public static PyFunction Define(PyFunction function, string module, PyObject? doc,
        Dictionary<string, PyObject>? kwDefaults = null, PyObject? annotations = null)
    {
        var name = s_lastModule;
        if (name is null || !ReferenceEquals(name.Name, module)) s_lastModule = name = new ModuleName(module);
        function.ModuleName = name.Value;
        if (doc is not null) function.Doc = doc;
        // A new function has neither: skip storing nulls (each store costs a write barrier).
        if (kwDefaults is not null) function.KwDefaults = kwDefaults;
        if (annotations is not null) function.Annotations = annotations;
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
