using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Functools;

/// <summary>
/// <c>_lru_cache</c>: the wrapper type of functools.lru_cache/cache (CPython's is C as well);
/// functools.py keeps the rest (the decorators, cache_info's namedtuple, update_wrapper).
/// </summary>
[PythonModule("_lru_cache")]
[PythonExport("_lru_cache_wrapper")]
public static class LruCacheModule
{
    public static void Initialize(PyModule module) => module.Globals.Set("_lru_cache_wrapper", PyLruCacheWrapper.TypeObject);
}
