namespace PyPack.Runtime.Objects;

/// <summary>A builtin function taking any arguments; keyword values are the last <c>kwnames.Length</c> args.</summary>
public delegate PyObject BuiltinFunctionBody(ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary>A builtin method taking any arguments after self.</summary>
public delegate PyObject BuiltinMethodBody(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary>A function body taking its bound arguments as one span: positionals, *args tuple, keyword-only values, **kwargs dict.</summary>
public delegate PyObject BoundArgumentsBody(ReadOnlySpan<PyObject> bound);
