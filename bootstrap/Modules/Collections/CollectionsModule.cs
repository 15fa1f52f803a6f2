using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>
/// The <c>_collections</c> module: deque, in C# for speed. The public <c>collections</c> module is
/// Lib/collections/__init__.py, which re-exports it, as CPython's does.
/// </summary>
[PythonModule("_collections")]
[PythonExport("deque")]
public static class CollectionsModule
{
    public static void Initialize(PyModule module) => module.Globals.Set("deque", PyDeque.TypeObject);
}
