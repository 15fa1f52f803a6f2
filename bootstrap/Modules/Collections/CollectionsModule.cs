using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>The <c>collections</c> module: so far deque; the other types are still to come.</summary>
[PythonModule("collections")]
[PythonExport("deque")]
public static class CollectionsModule
{
    public static void Initialize(PyModule module) => module.Globals.Set("deque", PyDeque.TypeObject);
}
