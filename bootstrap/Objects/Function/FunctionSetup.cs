namespace PyPack.Runtime.Objects;

/// <summary>What a <c>def</c> statement sets on a new function beyond its code: module and docstring.</summary>
public static class FunctionSetup
{
    public static PyFunction Define(PyFunction function, string module, PyObject? doc)
    {
        function.ModuleName = new PyStr(module);
        if (doc is not null) function.Doc = doc;
        return function;
    }
}
