using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>The <c>import</c> statements, as compiled code calls them.</summary>
public static class Imports
{
    public static PyModule Import(string name) => Interpreter.Current.Import(name);

    /// <summary><c>from module import name</c>.</summary>
    public static PyObject ImportName(PyModule module, string name) =>
        Operations.Attributes.TryGetAttr(module, name)
        ?? throw Errors.Raise(Exceptions.ExceptionTypes.ImportError,
            $"cannot import name '{name}' from '{module.Name}' ({(module.Globals.TryGet("__file__") is PyStr f ? f.Value : "unknown location")})");
}
